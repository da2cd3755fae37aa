/** The web page where a one-time token (reset, invitation, first admin) lets its holder choose a password. */
export function setPasswordLink(publicUrl: string, token: string): string {
  return `${publicUrl}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`;
}
