// Files to and from the server with the staff session's token: POST /attachments (one file in the field
// `file`, answered { id, fileName, mediaType, size, sha256 } or a Spanish refusal) and GET
// /attachments/<id> (saved under its name). XMLHttpRequest for uploads: fetch cannot report their progress.
import {
  CONNECTION_LOST,
  downloadRefusal,
  uploadRefusal,
  type AttachmentView,
} from '../../logic/attachments';
import { currentToken } from '../../session/session';
import { saveBlob } from './save-file';

/** A refusal to show as it is: the server's Spanish words, naming the file and the rule. */
export class AttachmentTransferError extends Error {}

/** Sends one file; `onProgress` hears the fraction sent (0 to 1). Aborting `signal` cancels it. */
export function uploadAttachment(
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<AttachmentView> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/attachments');
    const token = currentToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201 || request.status === 200) {
        resolve(JSON.parse(request.responseText) as AttachmentView);
        return;
      }
      reject(new AttachmentTransferError(uploadRefusal(request.status, request.responseText, file.name)));
    };
    request.onerror = () => reject(new AttachmentTransferError(CONNECTION_LOST));
    request.onabort = () => reject(new DOMException('Envío cancelado', 'AbortError'));
    signal.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

/** Fetches the file with the token and saves it under `fileName`; a refusal throws the server's words. */
export async function downloadAttachment(id: string, fileName: string): Promise<void> {
  const token = currentToken();
  let response: Response;
  try {
    response = await fetch(`/attachments/${encodeURIComponent(id)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new AttachmentTransferError(CONNECTION_LOST);
  }
  if (!response.ok)
    throw new AttachmentTransferError(downloadRefusal(response.status, await response.text(), fileName));
  saveBlob(await response.blob(), fileName);
}
