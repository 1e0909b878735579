// The Calendario screen's words: each version of the office's calendar as a line staff read (dd/mm/aaaa).
import { formatDate } from './report-periods.js';

export interface CalendarVersionFacts {
  readonly revision: number;
  readonly change: string;
  readonly day: string | null;
  readonly retroactive: boolean;
  readonly act: { readonly number: string; readonly title: string; readonly date: string } | null;
  readonly nonWorkingDays: readonly string[];
}

/** "Versión 2: 13/07/2026 declarado no hábil — Resolución de la Gerencia 045 del 28/05/2026 (retroactivo)". */
export function calendarChangeSentence(version: CalendarVersionFacts): string {
  if (version.change === 'SEED') {
    const days = version.nonWorkingDays.map(formatDate).join(', ');
    return `Versión ${version.revision}: días no hábiles de la configuración inicial (${days || 'ninguno'}).`;
  }
  const what = version.change === 'ADD' ? 'declarado no hábil' : 'declarado hábil';
  const act = version.act
    ? ` — ${version.act.title} ${version.act.number} del ${formatDate(version.act.date)}`
    : '';
  const reach = version.retroactive ? ' (retroactivo: alcanza los casos abiertos ya radicados)' : '';
  return `Versión ${version.revision}: ${version.day ? formatDate(version.day) : ''} ${what}${act}${reach}.`;
}
