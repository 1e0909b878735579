// Report files come from GET downloadUrl behind the same bearer token as GraphQL, so a plain link cannot
// fetch them: the file is fetched here, kept as a Blob and handed to the browser as a download.
import { currentToken } from '../../session/session';

/** How long the browser may take to start saving the file before its object URL is released. */
const OBJECT_URL_LIFETIME_MS = 60_000;

export class ReportDownloadError extends Error {}

export async function downloadReport(downloadUrl: string, fileName: string): Promise<void> {
  const token = currentToken();
  const response = await fetch(downloadUrl, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok)
    throw new ReportDownloadError(
      response.status === 404
        ? 'El archivo del informe no existe en el servidor.'
        : `No fue posible descargar el informe (error ${response.status}).`,
    );
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later it is surely under way.
  setTimeout(() => URL.revokeObjectURL(objectUrl), OBJECT_URL_LIFETIME_MS);
}
