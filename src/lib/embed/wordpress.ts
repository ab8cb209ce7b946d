/**
 * WordPress's own embed height message. WordPress frames an oEmbed provider's iframe with
 * sandbox="allow-scripts", a random alphanumeric secret in the src's hash (`#?secret=abc123XYZ0`) and
 * the same secret in `data-secret`; its host script (wp-includes/js/wp-embed.js) then sets the height of
 * the frame whose window posts `{message: 'height', value, secret}` with that secret, clamped by
 * WordPress to 200–1000 px. So an embed that finds a secret in its hash posts this message as well.
 */

export interface WordPressHeightMessage {
  message: 'height';
  value: number;
  secret: string;
}

/** wp-embed.js drops any message whose secret has a character outside [a-zA-Z0-9]. */
const SECRET = /^[a-zA-Z0-9]+$/;

/** The secret WordPress put in the frame's URL hash (`#?secret=…`, possibly among other keys), or null. */
export function wordpressSecret(hash: string): string | null {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return secret && SECRET.test(secret) ? secret : null;
}

export function wordpressHeightMessage(secret: string, height: number): WordPressHeightMessage {
  return { message: 'height', value: Math.ceil(height), secret };
}
