import { defineError } from '../errors/koers-error';

export class InvalidCredentialsError extends defineError(401, 'invalid_credentials', {
  nl: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.',
  en: 'This email address and password do not match.',
}) {}

export class LoginRateLimitedError extends defineError(429, 'login_rate_limited', {
  nl: 'Te veel mislukte inlogpogingen. Wacht 15 minuten en probeer het dan opnieuw, of stel je wachtwoord opnieuw in.',
  en: 'Too many failed login attempts. Wait 15 minutes and try again, or reset your password.',
}) {}

export class CsrfInvalidError extends defineError(403, 'csrf_invalid', {
  nl: 'Je sessie kon dit verzoek niet bevestigen. Vernieuw de pagina en probeer het opnieuw.',
  en: 'Your session could not confirm this request. Refresh the page and try again.',
}) {}

export class InvalidResetTokenError extends defineError(400, 'reset_token_invalid', {
  nl: 'Deze herstellink is ongeldig of verlopen. Vraag een nieuwe aan.',
  en: 'This reset link is invalid or has expired. Request a new one.',
}) {}
