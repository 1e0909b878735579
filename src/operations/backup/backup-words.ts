// How backups are told to the people who operate them: moments on Bogotá's wall clock, dd/mm/aaaa.

const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;

/** `05/12/2026 17:04:07 (hora de Bogotá)`. */
export function bogotaMomentOf(instant: string): string {
  const wall = new Date(Date.parse(instant) + BOGOTA_OFFSET_MS).toISOString();
  return `${wall.slice(8, 10)}/${wall.slice(5, 7)}/${wall.slice(0, 4)} ${wall.slice(11, 19)} (hora de Bogotá)`;
}

export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MiB`;
}
