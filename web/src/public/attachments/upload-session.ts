// Uploads for one public form: the short-lived upload token is asked for once (POST
// /attachments/public-session) and again only when it has run out; each file goes to POST /attachments
// with it, reporting its progress. XMLHttpRequest rather than fetch: fetch cannot report upload progress.

export interface UploadedAttachment {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
}

/** A refusal to show the citizen: the server's Spanish message (it names the file and the rule). */
export class UploadRefused extends Error {}

interface UploadToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** A token this close to its end is renewed first: a large file on a slow line takes a while. */
const RENEW_MARGIN_MS = 60_000;

const CONNECTION_LOST = 'No fue posible enviar el archivo. Revise la conexión e intente de nuevo.';

function refusalMessage(status: number, body: string, fileName: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed.message === 'string' && parsed.message !== '') return parsed.message;
  } catch {
    // Not JSON (a proxy's page): the generic sentence below.
  }
  if (status === 429)
    return `No se adjuntó «${fileName}»: se han enviado demasiados archivos seguidos. Espere unos minutos.`;
  return `No se adjuntó «${fileName}»: el servidor no lo aceptó.`;
}

export class PublicUploadSession {
  private token: Promise<UploadToken> | null = null;

  private async currentToken(): Promise<string> {
    const held = this.token ? await this.token.catch(() => null) : null;
    if (held && held.expiresAt - RENEW_MARGIN_MS > Date.now()) return held.token;
    this.token = this.newToken();
    return (await this.token).token;
  }

  private async newToken(): Promise<UploadToken> {
    let response: Response;
    try {
      response = await fetch('/attachments/public-session', { method: 'POST' });
    } catch {
      throw new UploadRefused(CONNECTION_LOST);
    }
    const body = await response.text();
    if (!response.ok) throw new UploadRefused(refusalMessage(response.status, body, 'el archivo'));
    const parsed = JSON.parse(body) as { token: string; expiresAt: string };
    return { token: parsed.token, expiresAt: Date.parse(parsed.expiresAt) };
  }

  /** Sends one file; `onProgress` hears the fraction sent (0 to 1). */
  async upload(
    file: File,
    onProgress: (fraction: number) => void,
    signal: AbortSignal,
  ): Promise<UploadedAttachment> {
    const token = await this.currentToken();
    const first = await send(file, token, onProgress, signal);
    // A token that ran out between asking and sending (401): one new token, one more try.
    if (first.status !== 401) return outcome(first, file.name);
    this.token = this.newToken();
    return outcome(await send(file, (await this.token).token, onProgress, signal), file.name);
  }
}

interface Sent {
  readonly status: number;
  readonly body: string;
}

function outcome(sent: Sent, fileName: string): UploadedAttachment {
  if (sent.status === 201 || sent.status === 200) return JSON.parse(sent.body) as UploadedAttachment;
  throw new UploadRefused(refusalMessage(sent.status, sent.body, fileName));
}

function send(
  file: File,
  token: string,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/attachments');
    request.setRequestHeader('X-Upload-Token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, body: request.responseText });
    request.onerror = () => reject(new UploadRefused(CONNECTION_LOST));
    request.onabort = () => reject(new DOMException('Envío cancelado', 'AbortError'));
    signal.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
