// The portal's limits on attachments as the citizen reads them before choosing files, and the checks the
// browser can make by itself (how many, how big) so a file that cannot go is refused at once, naming it.
// The server sniffs each file's content and has the last word. Pure.

export interface AttachmentLimits {
  readonly maxFileBytes: number;
  readonly maxFilesPerFiling: number;
  readonly maxTotalBytesPerFiling: number;
  readonly acceptedFileKinds: readonly string[];
}

const NUMBER = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 });

/** 532 bytes, 12,4 KB, 3 MB: binary units, as file browsers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${NUMBER.format(bytes / 1024)} KB`;
  return `${NUMBER.format(bytes / (1024 * 1024))} MB`;
}

/** "PDF, JPEG, PNG y Word (DOCX)". */
export function listInSpanish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

/** The sentence shown next to the button, before any file is chosen. */
export function limitsText(limits: AttachmentLimits): string {
  const files = limits.maxFilesPerFiling === 1 ? 'un archivo' : `hasta ${limits.maxFilesPerFiling} archivos`;
  return (
    `Puede adjuntar ${files} de tipo ${listInSpanish(limits.acceptedFileKinds)}, ` +
    `de hasta ${formatBytes(limits.maxFileBytes)} cada uno y ${formatBytes(limits.maxTotalBytesPerFiling)} en total.`
  );
}

export interface ChosenFile {
  readonly name: string;
  readonly size: number;
}

/**
 * Why a newly chosen file cannot join those already kept (their sizes), or null when it may be sent.
 * Each refusal names the file and the rule.
 */
export function refusalOf(
  file: ChosenFile,
  keptSizes: readonly number[],
  limits: AttachmentLimits,
): string | null {
  if (keptSizes.length >= limits.maxFilesPerFiling)
    return `No se adjuntó «${file.name}»: se admiten hasta ${limits.maxFilesPerFiling} archivos por solicitud.`;
  if (file.size === 0) return `No se adjuntó «${file.name}»: el archivo está vacío.`;
  if (file.size > limits.maxFileBytes)
    return (
      `No se adjuntó «${file.name}»: pesa ${formatBytes(file.size)} y cada archivo puede pesar hasta ` +
      `${formatBytes(limits.maxFileBytes)}.`
    );
  const total = keptSizes.reduce((sum, size) => sum + size, 0) + file.size;
  if (total > limits.maxTotalBytesPerFiling)
    return (
      `No se adjuntó «${file.name}»: con él los adjuntos sumarían ${formatBytes(total)} y el total ` +
      `admitido es ${formatBytes(limits.maxTotalBytesPerFiling)}.`
    );
  return null;
}
