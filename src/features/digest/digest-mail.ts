// What a staff member's daily digest tells, as the values of the DAILY_DIGEST template: from the lists
// "Mi trabajo" reads, their own overdue cases, those due within the traffic light's threshold and those
// awaiting the petitioner, and for a coordinator the office's overdue cases by assignee. Radicado, kind,
// due date and business days only: no petitioner's name and no subject, since a mailbox is not the place
// for anyone's personal data.
import { businessDaysLeft, DUE_SOON_BUSINESS_DAYS } from '../../domain/pqrs/index.js';
import { PQRS_KIND_LABELS } from '../../domain/pqrs/labels.js';
import type { BusinessCalendar } from '../../domain/shared/business-calendar.js';
import { spanishDate, type CalendarDate } from '../../domain/shared/time.js';
import type { DigestContents } from '../../domain/digest/index.js';
import type { AssigneeWork, WorkItem, WorkList } from '../pqrs/index.js';

/** A list longer than this is cut, saying how many more "Mi trabajo" shows. */
export const DIGEST_CASES_PER_LIST = 25;

/** The office's overdue cases of one assignee, named as staff know them (null: unassigned). */
export interface TeamOverdueOfAssignee extends WorkList {
  readonly assigneeName: string | null;
}

export interface DigestInput {
  readonly date: CalendarDate;
  /** How the staff member is greeted: their name as the account holds it. */
  readonly recipientName: string;
  readonly own: AssigneeWork['groups'];
  /** Null for someone who does not oversee the office (an agent). */
  readonly teamOverdue: readonly TeamOverdueOfAssignee[] | null;
  /** `${publicUrl}/mi-trabajo`. */
  readonly myWorkUrl: string;
  readonly calendar: BusinessCalendar;
}

/**
 * The values of the DAILY_DIGEST template (the words around them are the ADMIN's, in the version in
 * force). `casos` holds every list as text lines, the coordinator's office section included, so a
 * version that names only the placeholders the template allows still tells all the lists say.
 */
export interface DigestValues {
  readonly values: Readonly<Record<DigestPlaceholder, string>>;
  readonly contents: DigestContents;
}

/** The placeholders DAILY_DIGEST allows (the office's names are filled by the renderer). */
type DigestPlaceholder = 'nombre' | 'fecha' | 'vencidos' | 'porVencer' | 'casos' | 'enlaceTrabajo';

export function digestValuesOf(input: DigestInput): DigestValues {
  const { own, teamOverdue, date } = input;
  const teamCount = teamOverdue?.reduce((total, group) => total + group.count, 0) ?? null;
  const contents: DigestContents = {
    overdue: own.OVERDUE.count,
    dueSoon: own.DUE_SOON.count,
    awaitingInformation: own.AWAITING_INFORMATION.count,
    teamOverdue: teamCount,
  };
  const sections: string[][] = [];
  const section = (title: string, list: WorkList, describe: (item: WorkItem) => string) => {
    const lines = [`${title} (${list.count}):`];
    if (list.count === 0) lines.push('  Ninguno.');
    for (const item of list.items) lines.push(`  - ${caseLine(item)} · ${describe(item)}`);
    if (list.count > list.items.length)
      lines.push(`  … y ${list.count - list.items.length} más en Mi trabajo.`);
    sections.push(lines);
  };
  section('Sus casos vencidos', own.OVERDUE, overdueWords);
  section(`Sus casos por vencer (${days(DUE_SOON_BUSINESS_DAYS)} o menos)`, own.DUE_SOON, (item) =>
    dueSoonWords(item, date, input.calendar),
  );
  section('Sus casos en espera de información del peticionario', own.AWAITING_INFORMATION, (item) =>
    item.tacitWithdrawalFrom === null
      ? 'en espera del peticionario'
      : `desistimiento tácito posible desde el ${spanishDate(item.tacitWithdrawalFrom)}`,
  );
  if (teamOverdue !== null) {
    const lines = [`Casos vencidos de la oficina, por funcionario (${teamCount}):`];
    if (teamOverdue.length === 0) lines.push('  Ninguno.');
    for (const group of teamOverdue) {
      lines.push(`  ${group.assigneeName ?? 'Sin asignar'} (${group.count}):`);
      for (const item of group.items) lines.push(`    - ${caseLine(item)} · ${overdueWords(item)}`);
      if (group.count > group.items.length) lines.push(`    … y ${group.count - group.items.length} más.`);
    }
    sections.push(lines);
  }
  return {
    values: {
      nombre: input.recipientName,
      fecha: spanishDate(date),
      vencidos: String(contents.overdue),
      porVencer: String(contents.dueSoon),
      casos: sections.map((lines) => lines.join('\n')).join('\n\n'),
      enlaceTrabajo: input.myWorkUrl,
    },
    contents,
  };
}

function caseLine(item: WorkItem): string {
  return `${item.pqrs.radicado} · ${PQRS_KIND_LABELS[item.pqrs.kind]}`;
}

function overdueWords(item: WorkItem): string {
  const late = item.businessDaysOverdue ?? 0;
  return `venció el ${spanishDate(item.pqrs.dueDate)} · ${
    late === 0 ? 'vencido, sin días hábiles de retraso aún' : `${days(late)} de retraso`
  }`;
}

function dueSoonWords(item: WorkItem, today: CalendarDate, calendar: BusinessCalendar): string {
  const left = businessDaysLeft(item.pqrs, today, calendar) ?? 0;
  return `vence el ${spanishDate(item.pqrs.dueDate)} · ${left === 0 ? 'vence hoy' : `quedan ${days(left)}`}`;
}

function days(count: number): string {
  return `${count} ${count === 1 ? 'día hábil' : 'días hábiles'}`;
}
