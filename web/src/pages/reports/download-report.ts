// Report files come from GET downloadUrl behind the same bearer token as GraphQL, so a plain link cannot
// fetch them: the file is fetched here and handed to the browser as a download.
import { currentToken } from '../../session/session';
import { saveBlob } from '../common/save-file';

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
  saveBlob(await response.blob(), fileName);
}
