// The Auditoría screen's rules without the screen: the event-log search and its place in the URL, the
// Spanish names of streams and event types, the instants a case's replay steps through, the case's
// state as staff read it, and the verdicts of the verifications in plain Spanish. Pure: no React, no DOM.
import { labelOf, PQRS_CHANNEL_LABELS, PQRS_KIND_LABELS, PQRS_STATUS_LABELS } from './pqrs-labels.js';
import { formatDate, formatInstant, isCalendarDate } from './report-periods.js';

/** Bogotá keeps UTC-5 all year (no daylight saving), so a fixed offset is exact. */
const BOGOTA_OFFSET = '-05:00';
const BOGOTA_OFFSET_MS = -5 * 3600 * 1000;

/** An instant in Bogotá time down to the second, as auditors compare them: 02/03/2026 10:00:05. */
export function formatAuditInstant(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const bogota = new Date(time + BOGOTA_OFFSET_MS).toISOString();
  return `${formatDate(bogota.slice(0, 10))} ${bogota.slice(11, 19)}`;
}

// ——— Streams and event types ———

/** Stream categories as the server names them (AuditEvent.category), in the order the screen lists them. */
export const AUDIT_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  'pqrs-': 'PQRS',
  'radicado-': 'Consecutivo de radicados',
  'outgoing-': 'Consecutivo de radicados de salida',
  'afi-': 'Consecutivo de solicitudes de afiliación',
  'member-': 'Consecutivo de números de afiliado',
  'affiliation-': 'Afiliaciones',
  'improvement-action-': 'Acciones de mejora',
  'survey-instrument-': 'Encuestas',
  'survey-response-': 'Respuestas de encuesta',
  'faq-entry-': 'Preguntas frecuentes',
  'report-': 'Informes',
  'user-': 'Usuarios',
  'sign-in-': 'Inicios de sesión sin cuenta',
  'log-': 'Cabezas firmadas del registro',
  'person-': 'Datos personales',
  'personal-data-access-': 'Accesos a datos personales',
  'notice-template-': 'Plantillas de avisos',
  'digest-': 'Resumen diario por correo',
  'action-plan-': 'Planes de acción',
  'campaign-': 'Campañas y medios',
  'training-': 'Planes de capacitación',
  'risk-': 'Mapa de riesgos',
  'management-review-': 'Revisiones por la dirección',
  'backup-': 'Copias de seguridad',
  'business-calendar-': 'Calendario de días hábiles',
  'joint-answer-': 'Respuestas conjuntas (art. 22)',
};

/** A notice's life, the same in every record that gives notices (a case, an affiliation). */
export const NOTICE_EVENT_LABELS: Readonly<Record<string, string>> = {
  NotificationRequested: 'Aviso pedido',
  NotificationResent: 'Aviso reenviado',
  NotificationAttemptFailed: 'Intento de envío fallido',
  NotificationSent: 'Aviso enviado',
  NotificationFailed: 'Aviso fallido',
  PostalDispatchRecorded: 'Envío postal registrado',
  PostalOutcomeRecorded: 'Entrega o devolución registrada',
};

/** What each event type means, per category: the same type (Received, Assigned) means another thing in each. */
export const AUDIT_EVENT_TYPE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'pqrs-': {
    Received: 'Radicación',
    Assigned: 'Asignación',
    InformationRequested: 'Requerimiento para completar',
    InformationProvided: 'Información aportada por el peticionario',
    DeadlineExtended: 'Prórroga',
    Transferred: 'Traslado por competencia',
    Answered: 'Respuesta',
    Closed: 'Cierre',
    Withdrawn: 'Desistimiento',
    CompletionWindowExtended: 'Prórroga del plazo para completar',
    CopiesDelivered: 'Entrega de copias por silencio positivo',
    RefilingRecorded: 'Nueva presentación de una petición desistida',
    AnswerDrafted: 'Respuesta redactada para visto bueno',
    AnswerApproved: 'Visto bueno de la respuesta',
    AnswerReturned: 'Respuesta devuelta con observaciones',
    PriorityRecognised: 'Atención prioritaria reconocida (art. 20)',
    PriorityAlertRaised: 'Alerta a la coordinación (art. 20)',
    MeritEvaluated: 'Evaluación de mérito de denuncia anónima',
    ClaimInProcessMarked: 'Marca de reclamo en trámite (Ley 1581 de 2012, art. 15)',
    JointAnswerLinked: 'Respondida con una respuesta conjunta (art. 22)',
    ...NOTICE_EVENT_LABELS,
  },
  'outgoing-': { OutgoingNumberIssued: 'Radicado de salida asignado' },
  'radicado-': { RadicadoIssued: 'Radicado asignado' },
  'afi-': { RequestNumberIssued: 'Número de solicitud de afiliación asignado' },
  'member-': { MemberNumberIssued: 'Número de afiliado asignado' },
  'affiliation-': {
    Received: 'Solicitud de afiliación recibida',
    Assigned: 'Asignación de la afiliación',
    DocumentSubmitted: 'Documento aportado',
    DocumentRejected: 'Documento rechazado',
    RequirementsVerified: 'Requisitos verificados',
    Approved: 'Afiliación aprobada',
    Rejected: 'Afiliación rechazada',
    Answered: 'Decisión notificada',
    NoveltyReported: 'Novedad reportada',
    ...NOTICE_EVENT_LABELS,
  },
  'improvement-action-': {
    ActionFormulated: 'Acción de mejora formulada',
    ProgressRecorded: 'Avance registrado',
    EffectivenessVerified: 'Verificación de eficacia',
    ActionClosed: 'Acción de mejora cerrada',
  },
  'survey-instrument-': {
    InstrumentCreated: 'Encuesta creada',
    InstrumentRevised: 'Encuesta revisada',
    InstrumentRetired: 'Encuesta retirada',
  },
  'survey-response-': { SurveyAnswered: 'Encuesta respondida' },
  'faq-entry-': {
    FaqEntryCreated: 'Pregunta frecuente creada',
    FaqEntryUpdated: 'Pregunta frecuente editada',
    FaqEntryPublished: 'Pregunta frecuente publicada',
    FaqEntryRetired: 'Pregunta frecuente retirada',
  },
  'report-': { ReportIssued: 'Informe emitido' },
  'user-': {
    UserCreated: 'Usuario creado',
    UserUpdated: 'Usuario modificado',
    UserPasswordReset: 'Contraseña restablecida',
    PasswordChanged: 'Contraseña cambiada',
    SignedOut: 'Sesión cerrada',
    SignInFailed: 'Inicio de sesión fallido',
    SignInLocked: 'Inicio de sesión bloqueado',
  },
  'sign-in-': {
    SignInFailed: 'Inicio de sesión fallido',
    SignInLocked: 'Inicio de sesión bloqueado',
  },
  'log-': { LogHeadSigned: 'Cabeza del registro firmada' },
  'person-': {
    PersonalDataChanged: 'Cambio de datos personales',
    PersonalDataErased: 'Supresión de datos personales',
  },
  'personal-data-access-': {
    PersonalDataViewed: 'Consulta de datos personales completos',
    PersonalFileDownloaded: 'Descarga de un archivo con datos personales',
  },
  'notice-template-': { TemplateVersionPublished: 'Versión de plantilla publicada' },
  'digest-': { DigestSent: 'Resumen diario enviado' },
  'action-plan-': {
    ActionPlanCreated: 'Plan de acción creado',
    PlanGoalAdded: 'Meta del plan agregada',
    PlanActivityAdded: 'Actividad del plan agregada',
    ActivityProgressReported: 'Avance de actividad reportado',
    ActivityProgressApproved: 'Avance de actividad aprobado',
    ActivityProgressRejected: 'Avance de actividad rechazado',
  },
  'campaign-': {
    CampaignPlanned: 'Campaña planeada',
    CampaignResultRecorded: 'Resultado de la campaña registrado',
    CampaignNameMapped: 'Nombre anterior asociado a la campaña',
  },
  'training-': {
    TrainingNeedAccepted: 'Necesidad de capacitación aceptada',
    TrainingNeedDismissed: 'Necesidad de capacitación descartada',
    TrainingScheduled: 'Capacitación programada',
    TrainingAttendanceRecorded: 'Asistencia a la capacitación registrada',
  },
  'risk-': {
    RiskRegistered: 'Riesgo registrado',
    RiskControlAdded: 'Control del riesgo agregado',
    RiskMonitored: 'Monitoreo trimestral del riesgo registrado',
    RiskMaterialized: 'Materialización del riesgo registrada',
  },
  'management-review-': {
    ReviewOpened: 'Revisión por la dirección abierta, con sus entradas',
    ReviewDecisionRecorded: 'Decisión de la revisión registrada',
    ReviewClosed: 'Acta de la revisión aprobada',
  },
  'backup-': { BackupTaken: 'Copia de seguridad tomada' },
  'business-calendar-': {
    NonWorkingDaysSeeded: 'Días no hábiles de la configuración registrados (versión 1)',
    NonWorkingDayAdded: 'Día declarado no hábil, con su acto',
    NonWorkingDayRemoved: 'Día declarado hábil, con su acto',
  },
  'joint-answer-': { JointAnswerPublished: 'Respuesta conjunta publicada' },
};

/** The categories, longest first, so 'survey-instrument-x' is not read as some shorter one. */
const CATEGORIES_LONGEST_FIRST = Object.keys(AUDIT_CATEGORY_LABELS).sort(
  (left, right) => right.length - left.length,
);

/** A stream's category, as the server derives it: the longest known prefix, else up to the first dash. */
export function categoryOfStream(stream: string): string {
  const known = CATEGORIES_LONGEST_FIRST.find((category) => stream.startsWith(category));
  if (known !== undefined) return known;
  const dash = stream.indexOf('-');
  return dash === -1 ? stream : stream.slice(0, dash + 1);
}

export function categoryLabel(category: string): string {
  return AUDIT_CATEGORY_LABELS[category] ?? category;
}

/** The Spanish name of an event type in its category; the code itself for one this client does not know. */
export function eventTypeLabel(category: string, type: string): string {
  return AUDIT_EVENT_TYPE_LABELS[category]?.[type] ?? type;
}

export interface EventTypeOption {
  readonly category: string;
  readonly type: string;
  readonly label: string;
  /** The select's value: category and type together (a category holds no ':'). */
  readonly value: string;
}

export function eventTypeOptionValue(category: string, type: string): string {
  return `${category}:${type}`;
}

/** The category and type a select value names; a value with no type stands for the whole category. */
export function parseEventTypeOptionValue(value: string): {
  readonly category: string;
  readonly type: string;
} {
  const separator = value.indexOf(':');
  return separator === -1
    ? { category: value, type: '' }
    : { category: value.slice(0, separator), type: value.slice(separator + 1) };
}

/** Every known event type, grouped by category in the screen's order. */
export const EVENT_TYPE_OPTIONS: readonly EventTypeOption[] = Object.entries(AUDIT_EVENT_TYPE_LABELS).flatMap(
  ([category, types]) =>
    Object.entries(types).map(([type, label]) => ({
      category,
      type,
      label,
      value: eventTypeOptionValue(category, type),
    })),
);

/** The streams that are the only one of their category: the category's name says all they are. */
const SINGLE_STREAMS: ReadonlySet<string> = new Set(['member-numbers', 'business-calendar-office']);

/** What an event is about, as staff name it: "PQRS-2026-000001", "Afiliaciones 5c1e…". */
export function eventSubject(event: {
  readonly category: string;
  readonly entityId: string;
  readonly radicado?: string | null;
}): string {
  if (event.radicado) return event.radicado;
  if (SINGLE_STREAMS.has(`${event.category}${event.entityId}`)) return categoryLabel(event.category);
  return `${categoryLabel(event.category)} ${event.entityId}`;
}

const COUNT_FORMAT = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });

/** A count or a position as Colombia writes it, thousands grouped with a point: 1.864. */
export function formatCount(value: number): string {
  return COUNT_FORMAT.format(value);
}

// ——— The search and the URL ———

/** The search as the screen holds it: '' for "any". Dates are Bogotá calendar days. */
export interface AuditSearch {
  readonly radicado: string;
  readonly actorId: string;
  readonly category: string;
  readonly type: string;
  /** First day, included (YYYY-MM-DD). */
  readonly from: string;
  /** Last day, included (YYYY-MM-DD). */
  readonly to: string;
  /**
   * The petitioner of the cases (words of the name or the document number). Never in the URL: a link
   * holding a person's name or document would leave it in browser histories and server logs.
   */
  readonly petitioner: string;
}

export const EMPTY_AUDIT_SEARCH: AuditSearch = {
  radicado: '',
  actorId: '',
  category: '',
  type: '',
  from: '',
  to: '',
  petitioner: '',
};

/** The URL's name for each part of the search (Spanish, since staff see and share these links). */
const SEARCH_PARAMS: Readonly<Record<Exclude<keyof AuditSearch, 'petitioner'>, string>> = {
  radicado: 'radicado',
  actorId: 'actor',
  category: 'categoria',
  type: 'tipo',
  from: 'desde',
  to: 'hasta',
};

/** The case being replayed, in the URL next to the search. */
export const REPLAY_PARAM = 'caso';

/** A radicado as the server writes it: PQRS-2026-000001, whatever the case typed. */
export function normalizeRadicado(text: string): string {
  return text.trim().toUpperCase();
}

/** The search a URL holds; parts that do not make sense (a date that is not one) are left out. */
export function auditSearchFromParams(params: URLSearchParams): AuditSearch {
  const read = (part: keyof typeof SEARCH_PARAMS) => (params.get(SEARCH_PARAMS[part]) ?? '').trim();
  const date = (part: 'from' | 'to') => (isCalendarDate(read(part)) ? read(part) : '');
  const category = read('category');
  return {
    radicado: normalizeRadicado(read('radicado')),
    actorId: read('actorId'),
    category,
    // A type means something only within its category.
    type: category === '' ? '' : read('type'),
    from: date('from'),
    to: date('to'),
    petitioner: '',
  };
}

/** The URL parameters of a search, keeping whatever else the URL holds (the case being replayed). */
export function paramsWithAuditSearch(
  search: AuditSearch,
  current: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(current);
  for (const [part, name] of Object.entries(SEARCH_PARAMS) as [keyof typeof SEARCH_PARAMS, string][]) {
    const value = part === 'radicado' ? normalizeRadicado(search[part]) : search[part].trim();
    if (value === '') params.delete(name);
    else params.set(name, value);
  }
  return params;
}

export function isEmptySearch(search: AuditSearch): boolean {
  return Object.values(search).every((value) => value === '');
}

export type AuditSearchField = 'from' | 'to';

/** What is wrong with a search before it is sent, per field. */
export function auditSearchProblems(search: AuditSearch): Partial<Record<AuditSearchField, string>> {
  const problems: Partial<Record<AuditSearchField, string>> = {};
  if (search.from !== '' && !isCalendarDate(search.from)) problems.from = 'La fecha inicial no es válida.';
  if (search.to !== '' && !isCalendarDate(search.to)) problems.to = 'La fecha final no es válida.';
  if (!problems.from && !problems.to && search.from !== '' && search.to !== '' && search.from > search.to)
    problems.to = 'La fecha final es anterior a la inicial.';
  return problems;
}

export interface AuditEventsFilter {
  readonly radicado: string | null;
  readonly actorId: string | null;
  readonly category: string | null;
  readonly type: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly petitioner: string | null;
}

/** The server's filter (auditEvents): the days become the instants that open and close them in Bogotá. */
export function auditEventsFilterOf(search: AuditSearch): AuditEventsFilter {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    radicado: orNull(normalizeRadicado(search.radicado)),
    actorId: orNull(search.actorId),
    category: orNull(search.category),
    type: search.category === '' ? null : orNull(search.type),
    from: search.from === '' ? null : `${search.from}T00:00:00.000${BOGOTA_OFFSET}`,
    to: search.to === '' ? null : `${search.to}T23:59:59.999${BOGOTA_OFFSET}`,
    petitioner: orNull(search.petitioner),
  };
}

// ——— Replaying a case ———

/** The distinct instants a case's events were recorded at, oldest first: the steps of the replay. */
export function replayInstants(events: readonly { readonly recordedAt: string }[]): string[] {
  const unique = [...new Set(events.map((event) => event.recordedAt))];
  return unique.sort((left, right) => Date.parse(left) - Date.parse(right));
}

export interface ReplayMark {
  readonly value: number;
  /** Only the ends carry text: labels at every step would overlap. */
  readonly label?: string;
}

/** The slider's marks: one per instant, by its index, the first and last labelled with their time. */
export function replayMarks(instants: readonly string[]): ReplayMark[] {
  return instants.map((instant, index) =>
    index === 0 || index === instants.length - 1
      ? { value: index, label: formatAuditInstant(instant) }
      : { value: index },
  );
}

interface ReplayEvent {
  readonly recordedAt: string;
  readonly stream: string;
  readonly type: string;
}

/** The name of a caseHistory event: of the case itself, or of an improvement action formulated from it. */
export function historyEventLabel(event: { readonly stream: string; readonly type: string }): string {
  return eventTypeLabel(categoryOfStream(event.stream), event.type);
}

/** How the slider reads a step aloud: "Paso 2 de 3: 02/03/2026 10:05:00, Asignación". */
export function replayStepText(
  instants: readonly string[],
  index: number,
  events: readonly ReplayEvent[],
): string {
  const instant = instants[index];
  if (instant === undefined) return '';
  const what = events.filter((event) => event.recordedAt === instant).map(historyEventLabel);
  return `Paso ${index + 1} de ${instants.length}: ${formatAuditInstant(instant)}${what.length > 0 ? `, ${what.join(', ')}` : ''}`;
}

// ——— The case's state, as staff read it ———

export interface StateRow {
  readonly label: string;
  readonly value: string;
}

type Json = Readonly<Record<string, unknown>>;

function textOf(record: Json, field: string): string | null {
  const value = record[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The rows of a case's state (caseHistory.state, the fold of its events) in Spanish, skipping what does
 * not apply yet. `names` turns staff ids into names; an unknown id is shown as it is.
 */
export function caseStateRows(state: unknown, names: ReadonlyMap<string, string> = new Map()): StateRow[] {
  if (state === null || typeof state !== 'object') return [];
  const record = state as Json;
  const status = textOf(record, 'status');
  if (status === null || status === 'NOT_RECEIVED') return [{ label: 'Estado', value: 'Aún no radicado' }];
  const rows: StateRow[] = [{ label: 'Estado', value: labelOf(PQRS_STATUS_LABELS, status) }];
  const add = (label: string, value: string | null) => {
    if (value !== null) rows.push({ label, value });
  };
  const kind = textOf(record, 'kind');
  const channel = textOf(record, 'channel');
  add('Tipo', kind && labelOf(PQRS_KIND_LABELS, kind));
  add('Canal', channel && labelOf(PQRS_CHANNEL_LABELS, channel));
  add('Asunto', textOf(record, 'subject'));
  const receivedAt = textOf(record, 'receivedAt');
  add('Radicada', receivedAt && formatInstant(receivedAt));
  const dueDate = textOf(record, 'dueDate');
  add('Fecha de vencimiento', dueDate && formatDate(dueDate));
  const assignee = record['assignee'] as Json | null | undefined;
  const assigneeId = assignee ? textOf(assignee, 'id') : null;
  add('Asignada a', assigneeId && (names.get(assigneeId) ?? assigneeId));
  add('Dependencia', assignee ? textOf(assignee, 'dependency') : null);
  const informationRequest = record['informationRequest'] as Json | null | undefined;
  if (informationRequest) {
    const requestedAt = textOf(informationRequest, 'requestedAt');
    const providedAt = textOf(informationRequest, 'providedAt');
    add('Requerimiento para completar', requestedAt && formatInstant(requestedAt));
    add('Información aportada', providedAt ? formatInstant(providedAt) : 'Pendiente');
  }
  const answeredAt = textOf(record, 'answeredAt');
  if (answeredAt) {
    const onTime = record['answeredOnTime'];
    add(
      'Respondida',
      `${formatInstant(answeredAt)}${onTime === true ? ' (a tiempo)' : onTime === false ? ' (fuera de término)' : ''}`,
    );
  }
  const closedAt = textOf(record, 'closedAt');
  add('Cerrada', closedAt && formatInstant(closedAt));
  const transferredTo = textOf(record, 'transferredTo');
  const transferredAt = textOf(record, 'transferredAt');
  add(
    'Trasladada a',
    transferredTo && `${transferredTo}${transferredAt ? `, ${formatInstant(transferredAt)}` : ''}`,
  );
  const withdrawnAt = textOf(record, 'withdrawnAt');
  if (withdrawnAt) {
    const mode = textOf(record, 'withdrawalMode');
    add(
      'Desistida',
      `${formatInstant(withdrawnAt)}${mode === 'TACIT' ? ' (desistimiento tácito)' : mode === 'EXPRESS' ? ' (desistimiento expreso)' : ''}`,
    );
  }
  return rows;
}

// ——— Verifications ———

export interface Verdict {
  readonly ok: boolean;
  readonly text: string;
}

/** Why a stored event failed the check, in plain words. */
const MISMATCH_REASONS: Readonly<Record<string, string>> = {
  HASH_MISMATCH: 'no coincide con la huella con la que se registró: su contenido fue modificado',
  CHAIN_BROKEN: 'no enlaza con la huella del evento anterior de su flujo',
  REVISION_GAP: 'no sigue al evento anterior de su flujo: falta un evento',
  SEQUENCE_MISMATCH:
    'no está en el lugar del registro en que se grabó: se borraron, insertaron o movieron eventos antes de él',
  POSITION_NOT_INCREASING: 'no sigue en posición al evento anterior del registro',
  RECORDED_AT_DECREASES: 'tiene una fecha de grabación anterior a la del evento anterior del registro',
  HEAD_NOT_EXTENDED:
    'cierra una cabeza firmada que el registro ya no extiende: se alteró algún evento anterior',
};

/** How many findings the verdict spells out; the rest are counted (audit:verify lists them all). */
const FINDINGS_SPELLED_OUT = 3;

export function auditTrailVerdict(report: {
  readonly ok: boolean;
  readonly streamsChecked: number;
  readonly eventsChecked: number;
  readonly firstMismatch?: {
    readonly stream: string;
    readonly revision: number;
    readonly type: string;
    readonly reason: string;
  } | null;
  /** Everything found, each naming what and where. */
  readonly findings?: readonly { readonly kind: string; readonly description: string }[] | null;
  readonly signedHeads?: number | null;
  readonly lastSignedHead?: string | null;
}): Verdict {
  const counted = `${report.eventsChecked} ${report.eventsChecked === 1 ? 'evento' : 'eventos'} en ${report.streamsChecked} ${report.streamsChecked === 1 ? 'flujo' : 'flujos'}`;
  if (report.ok && !report.firstMismatch) {
    const heads =
      report.signedHeads == null
        ? ''
        : report.signedHeads === 0
          ? ' El registro aún no tiene cabezas firmadas.'
          : ` Cabezas firmadas verificadas: ${report.signedHeads}; la última: ${report.lastSignedHead ?? '—'}.`;
    return {
      ok: true,
      text: `La cadena de auditoría está íntegra: se verificaron ${counted} y ninguno fue alterado.${heads}`,
    };
  }
  const findings = report.findings ?? [];
  const listed =
    findings.length === 0
      ? ''
      : ` Hallazgos (${findings.length}): ${findings
          .slice(0, FINDINGS_SPELLED_OUT)
          .map((finding) => finding.description)
          .join(
            ' ',
          )}${findings.length > FINDINGS_SPELLED_OUT ? ` … y ${findings.length - FINDINGS_SPELLED_OUT} más.` : ''}`;
  const mismatch = report.firstMismatch;
  if (!mismatch)
    return {
      ok: false,
      text: `La verificación de la cadena de auditoría falló (${counted} revisados).${listed}`,
    };
  const reason = MISMATCH_REASONS[mismatch.reason] ?? `motivo ${mismatch.reason}`;
  return {
    ok: false,
    text: `Se encontró una alteración en el registro: el evento ${mismatch.revision + 1} del flujo ${mismatch.stream} (${eventTypeLabel(categoryOfStream(mismatch.stream), mismatch.type)}) ${reason}. Se revisaron ${counted} hasta encontrarla.${listed}`,
  };
}

/** A digest as lowercase hexadecimal, as the server writes hashes. */
export function hexOfDigest(digest: ArrayBuffer): string {
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

interface IssuedReportFacts {
  readonly fileName: string;
  readonly issuedAt: string;
}

export function reportFileVerdict(
  result: { readonly matches: boolean; readonly report: IssuedReportFacts },
  fileName: string,
  fileSha256: string,
): Verdict {
  if (result.matches)
    return {
      ok: true,
      text: `El archivo «${fileName}» es exactamente el que se entregó al emitir el informe el ${formatInstant(result.report.issuedAt)}: no ha sido modificado (SHA-256 ${fileSha256}).`,
    };
  return {
    ok: false,
    text: `El archivo «${fileName}» no es el que se entregó al emitir el informe «${result.report.fileName}» el ${formatInstant(result.report.issuedAt)}: fue modificado o es otro archivo (su SHA-256 es ${fileSha256}).`,
  };
}

export function reportRegenerationVerdict(result: {
  readonly matches: boolean;
  readonly regeneratedContentHash: string;
  readonly report: IssuedReportFacts & { readonly contentHash: string };
}): Verdict {
  if (result.matches)
    return {
      ok: true,
      text: `Al regenerar el informe con sus mismos datos de emisión se obtiene el mismo contenido: la huella ${result.report.contentHash} coincide.`,
    };
  return {
    ok: false,
    text: `Al regenerar el informe con sus mismos datos de emisión el contenido no coincide: se emitió con la huella ${result.report.contentHash} y hoy da ${result.regeneratedContentHash}.`,
  };
}

/** The issued report a downloaded file most likely is: the one whose file name it still has. */
export function issuedReportForFile<Report extends { readonly fileName: string }>(
  reports: readonly Report[],
  fileName: string,
): Report | null {
  return reports.find((report) => report.fileName === fileName) ?? null;
}
