// The rules of issuing a report. checkReportRequest runs before the report is generated (so a bad
// request costs nothing) and again in decide, so the log never holds a report the rules refuse.
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import {
  bogotaDateOf,
  canonicalInstant,
  compareInstants,
  isCalendarDate,
  isInstant,
} from '../shared/time.js';
import type { ReportCommand, ReportRequest } from './commands.js';
import {
  MAX_CONCLUSIONS_LENGTH,
  REPORT_FORMATS,
  REPORT_KINDS,
  REPORT_KINDS_WITH_CONCLUSIONS,
  REPORT_KINDS_WITH_DATA_ROWS,
  type ReportEvent,
} from './events.js';
import { REPORT_KIND_LABELS } from './labels.js';

/** Coordinators and administrators issue reports; auditors too, to check them (DESIGN.md, roles). */
export const REPORT_ISSUER_ROLES: readonly ActorRole[] = ['ADMIN', 'COORDINATOR', 'AUDITOR'];

/** A period longer than this is surely a typing mistake (a report over decades). */
export const MAX_REPORT_PERIOD_YEARS = 5;

export type ReportState =
  | { readonly status: 'NOT_ISSUED' }
  | { readonly status: 'ISSUED'; readonly reportId: string; readonly contentHash: string };

export const initialReportState: ReportState = { status: 'NOT_ISSUED' };

export function evolveReport(_state: ReportState, event: ReportEvent): ReportState {
  return { status: 'ISSUED', reportId: event.data.reportId, contentHash: event.data.contentHash };
}

/** The request's refusal, if any: checked before generating and again when issuing. */
export function checkReportRequest(
  request: Omit<ReportRequest, 'asOf'> & {
    readonly asOf: ReportRequest['asOf'] | null;
    readonly conclusions?: string | null;
  },
  context: DecisionContext,
): DomainError | null {
  if (!REPORT_ISSUER_ROLES.includes(context.actor.role))
    return refuse('ROLE_NOT_ALLOWED', 'Su rol no permite generar informes.');
  if (!(REPORT_KINDS as readonly string[]).includes(request.kind))
    return refuse('INVALID_REPORT_KIND', 'El tipo de informe no es válido.', 'kind');
  if (!(REPORT_FORMATS as readonly string[]).includes(request.format))
    return refuse('INVALID_REPORT_FORMAT', 'El formato debe ser PDF, XLSX, CSV o CSV de datos.', 'format');
  // Any other report is several sections and tables: there is no one table to give as data only.
  if (request.format === 'CSV_DATA' && !REPORT_KINDS_WITH_DATA_ROWS.includes(request.kind))
    return refuse(
      'NO_DATA_ROWS_FOR_KIND',
      `El CSV de datos solo existe para ${REPORT_KINDS_WITH_DATA_ROWS.map((kind) => `«${REPORT_KIND_LABELS[kind]}»`).join(', ')}: los demás informes se emiten en PDF, XLSX o CSV.`,
      'format',
    );
  if (!isCalendarDate(request.from)) return refuse('INVALID_DATE', 'La fecha inicial no es válida.', 'from');
  if (!isCalendarDate(request.to)) return refuse('INVALID_DATE', 'La fecha final no es válida.', 'to');
  if (request.from > request.to)
    return refuse('INVALID_PERIOD', 'La fecha inicial del periodo es posterior a la final.', 'from');
  const [fromYear, toYear] = [Number(request.from.slice(0, 4)), Number(request.to.slice(0, 4))];
  if (toYear - fromYear > MAX_REPORT_PERIOD_YEARS)
    return refuse(
      'PERIOD_TOO_LONG',
      `El periodo de un informe no puede pasar de ${MAX_REPORT_PERIOD_YEARS} años.`,
      'to',
    );
  if (request.asOf === null || !isInstant(request.asOf))
    return refuse('INVALID_INSTANT', 'La fecha de corte no es válida.', 'asOf');
  if (compareInstants(request.asOf, context.now) > 0)
    return refuse('AS_OF_IN_FUTURE', 'La fecha de corte no puede ser posterior al momento actual.', 'asOf');
  if (request.from > bogotaDateOf(request.asOf))
    return refuse(
      'PERIOD_AFTER_AS_OF',
      'El periodo empieza después de la fecha de corte: no habría cifras que informar.',
      'from',
    );
  const conclusions = request.conclusions ?? null;
  if (conclusions !== null && conclusions.trim() !== '') {
    // Recorded but never printed, they would be a text no reader of the report could see.
    if (!REPORT_KINDS_WITH_CONCLUSIONS.includes(request.kind))
      return refuse(
        'CONCLUSIONS_NOT_APPLICABLE',
        `Solo ${REPORT_KINDS_WITH_CONCLUSIONS.map((kind) => `el «${REPORT_KIND_LABELS[kind]}»`).join(', ')} tiene una sección de conclusiones.`,
        'conclusions',
      );
    if (conclusions.length > MAX_CONCLUSIONS_LENGTH)
      return refuse(
        'CONCLUSIONS_TOO_LONG',
        `Las conclusiones no pueden pasar de ${MAX_CONCLUSIONS_LENGTH} caracteres.`,
        'conclusions',
      );
  }
  return null;
}

function decideReport(command: ReportCommand, state: ReportState, context: DecisionContext) {
  const { data } = command;
  if (state.status === 'ISSUED') {
    // The same issue again (a retried command) changes nothing; anything else under that id is refused.
    return state.contentHash === data.contentHash
      ? []
      : refuse('REPORT_ALREADY_ISSUED', `El informe ${state.reportId} ya fue emitido.`);
  }
  const refusal = checkReportRequest(data, context);
  if (refusal !== null) return refusal;
  const asOf = data.asOf!; // checkReportRequest refuses a missing one
  if (!/^[0-9a-f]{64}$/.test(data.contentHash) || !/^[0-9a-f]{64}$/.test(data.fileSha256))
    return refuse('INVALID_HASH', 'La huella del informe debe ser un SHA-256 en hexadecimal.');
  const event: ReportEvent = {
    type: 'ReportIssued',
    data: {
      reportId: data.reportId,
      kind: data.kind,
      from: data.from,
      to: data.to,
      asOf: canonicalInstant(asOf),
      format: data.format,
      parameters: data.parameters,
      contentHash: data.contentHash,
      fileSha256: data.fileSha256,
      fileName: data.fileName,
      issuedAt: canonicalInstant(context.now),
      conclusions: blankToNull(data.conclusions),
      textOwnerId: data.textOwnerId ?? null,
    },
  };
  return [event];
}

function blankToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text.trim() === '' ? null : text;
}

export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState> = {
  decide: decideReport,
  evolve: evolveReport,
  initialState: initialReportState,
};
