// Hands a file fetched with the session's token to the browser as a download: a plain link cannot carry
// the Authorization header, so the bytes are fetched first, kept as a Blob and saved under their name.

/** How long the browser may take to start saving the file before its object URL is released. */
const OBJECT_URL_LIFETIME_MS = 60_000;

export function saveBlob(blob: Blob, fileName: string): void {
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later it is surely under way.
  setTimeout(() => URL.revokeObjectURL(objectUrl), OBJECT_URL_LIFETIME_MS);
}
