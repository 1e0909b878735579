// How the mailbox reader reaches the office's mailbox: the connection options from VENTANILLA_IMAP_URL
// (imap:// upgrades to TLS when the server offers STARTTLS; imaps:// is TLS from the start) and the wait
// before each new attempt after the connection drops or cannot be made.
import type { ImapFlowOptions } from 'imapflow';

const DEFAULT_PORTS = { 'imap:': 143, 'imaps:': 993 } as const;
/** The first wait after a drop, doubled for each failed attempt after it, up to the longest. */
export const FIRST_RECONNECT_MS = 1_000;
export const LONGEST_RECONNECT_MS = 5 * 60_000;

/** The server and account the URL names; the user and password as the URL encodes them (%40 for @). */
export function imapOptionsOf(url: string): Pick<ImapFlowOptions, 'host' | 'port' | 'secure' | 'auth'> {
  const parsed = new URL(url);
  const protocol = parsed.protocol as keyof typeof DEFAULT_PORTS;
  if (!(protocol in DEFAULT_PORTS)) {
    throw new Error(`VENTANILLA_IMAP_URL debe ser una dirección imap:// o imaps:// (es ${parsed.protocol}).`);
  }
  const user = decodeURIComponent(parsed.username);
  if (user === '')
    throw new Error('VENTANILLA_IMAP_URL no indica la cuenta del buzón (imap://cuenta:clave@servidor).');
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port === '' ? DEFAULT_PORTS[protocol] : Number(parsed.port),
    secure: protocol === 'imaps:',
    auth: { user, pass: decodeURIComponent(parsed.password) },
  };
}

/** The wait before attempt number `failures + 1` after `failures` failed ones in a row. */
export function reconnectDelayMs(failures: number): number {
  return Math.min(FIRST_RECONNECT_MS * 2 ** Math.max(0, failures), LONGEST_RECONNECT_MS);
}

/** The server the URL names, without the account or the password: what the log may say. */
export function mailboxNameOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}
