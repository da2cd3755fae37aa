import { MAX_API_TOKENS_PER_PERSON } from '@koers/shared/api-tokens';
import { defineError, defineRateLimitError } from '../errors/koers-error';
import { minutesEn, minutesNl } from '../rate-limits/rate-limits.errors';

export class InvalidCredentialsError extends defineError(401, 'invalid_credentials', {
  nl: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.',
  en: 'This email address and password do not match.',
}) {}

export class LoginRateLimitedError extends defineRateLimitError('login_rate_limited', {
  nl: (minutes) => `Te veel mislukte inlogpogingen. Wacht ${minutesNl(minutes)} en probeer het dan opnieuw, of stel je wachtwoord opnieuw in.`,
  en: (minutes) => `Too many failed login attempts. Wait ${minutesEn(minutes)} and try again, or reset your password.`,
}) {}

/** The same counter as logging in (a wrong current password is a guess at it), said to someone changing their password. */
export class PasswordChangeRateLimitedError extends defineRateLimitError('login_rate_limited', {
  nl: (minutes) => `Te vaak een verkeerd huidig wachtwoord. Wacht ${minutesNl(minutes)} en probeer het dan opnieuw, of stel je wachtwoord opnieuw in via de inlogpagina.`,
  en: (minutes) => `The current password was wrong too often. Wait ${minutesEn(minutes)} and try again, or reset your password from the login page.`,
}) {}

export class CsrfInvalidError extends defineError(403, 'csrf_invalid', {
  nl: 'Je sessie kon dit verzoek niet bevestigen. Vernieuw de pagina en probeer het opnieuw.',
  en: 'Your session could not confirm this request. Refresh the page and try again.',
}) {}

export class CrossSiteRequestError extends defineError(403, 'cross_site_request', {
  nl: 'Dit verzoek kwam van een andere website en is daarom geweigerd. Open Koers zelf en probeer het daar opnieuw.',
  en: 'This request came from another website and was refused. Open Koers itself and try again there.',
}) {}

export class InvalidResetTokenError extends defineError(400, 'reset_token_invalid', {
  nl: 'Deze herstellink is ongeldig, verlopen of al gebruikt. Vraag een nieuwe aan.',
  en: 'This reset link is invalid, has expired or was already used. Request a new one.',
}) {}

/** The invitation's link is the same one-time link as a reset, but its reader never asked for a reset. */
export class InvalidInvitationLinkError extends defineError(400, 'invitation_link_invalid', {
  nl: 'Deze link om je wachtwoord te kiezen is ongeldig, verlopen of al gebruikt. Koos je al een wachtwoord? Log dan in. Anders vraag je een nieuwe link aan.',
  en: 'This link to choose your password is invalid, has expired or was already used. Did you choose a password already? Then log in. Otherwise request a new link.',
}) {}

export class PasswordLinkRateLimitedError extends defineRateLimitError('password_link_rate_limited', {
  nl: (minutes) => `Vanaf dit netwerk zijn te veel ongeldige, verlopen of al gebruikte links geprobeerd. Wacht ${minutesNl(minutes)} en open je link dan opnieuw; tot dan wacht ook een goede link.`,
  en: (minutes) => `Too many invalid, expired or used links were tried from this network. Wait ${minutesEn(minutes)} and open your link again; until then a good link waits too.`,
}) {}

export class WrongCurrentPasswordError extends defineError(400, 'current_password_wrong', {
  nl: 'Je huidige wachtwoord klopt niet. Er is niets gewijzigd.',
  en: 'Your current password is not correct. Nothing was changed.',
}) {}

/** A script's token that Koers does not take (any more): said as such, since a script cannot "log in". */
export class ApiTokenInvalidError extends defineError(401, 'api_token_invalid', {
  nl: 'Deze API-sleutel werkt niet (meer): hij is verlopen of ingetrokken, of klopt niet. Maak een nieuwe onder Mijn instellingen → API-sleutels.',
  en: 'This API token does not work (any more): it has expired, was revoked, or is not right. Create a new one under My settings → API tokens.',
}) {}

export class ReadOnlyApiTokenError extends defineError(403, 'api_token_read_only', {
  nl: 'Deze API-sleutel mag alleen lezen. Maak een sleutel met schrijfrechten om iets te wijzigen.',
  en: 'This API token may only read. Create a token with write access to change anything.',
}) {}

export class ApiTokenExpiryInvalidError extends defineError(400, 'api_token_expiry_invalid', {
  nl: 'Kies een vervaldatum in de toekomst, hooguit een jaar vooruit.',
  en: 'Choose an expiry date in the future, at most a year ahead.',
}) {}

export class ApiTokenLimitError extends defineError(409, 'api_token_limit', {
  nl: `Je hebt al ${MAX_API_TOKENS_PER_PERSON} API-sleutels, het maximum. Trek er eerst een in.`,
  en: `You already have ${MAX_API_TOKENS_PER_PERSON} API tokens, the maximum. Revoke one first.`,
}) {}

export class PasswordLoginDisabledError extends defineError(403, 'password_login_disabled', {
  nl: 'Voor dit e-mailadres is inloggen met een wachtwoord uitgeschakeld. Log in met de knop van je organisatie ("Inloggen met …") op deze pagina.',
  en: 'Logging in with a password is switched off for this email address. Log in with your organisation\'s button ("Log in with …") on this page.',
}) {}
