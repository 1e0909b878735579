// Every rule of an affiliation: a command and the affiliation as it stands give new events or a named
// refusal.
import {
  decideNotification,
  isNotificationCommand,
  nextNotificationId,
  type NotificationCommand,
  type NotificationRequested,
} from '../notifications/notifications.js';
import type { NoticeTemplateVersions } from '../pqrs/commands.js';
import type { AttachmentRef } from '../shared/attachments.js';
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { isDomainError, refuse, type DomainError } from '../shared/domain-error.js';
import { lateEntryOf } from '../shared/late-entry.js';
import { unfitAssignee } from '../shared/staff-member.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { PQRS_CHANNELS } from '../pqrs/events.js';
import {
  bogotaDateOf,
  spanishDate,
  canonicalInstant,
  compareInstants,
  isCalendarDate,
  isInstant,
  type CalendarDate,
} from '../shared/time.js';
import { checklistProblem } from './checklists.js';
import type {
  AffiliationCommand,
  ApproveAffiliation,
  AssignAffiliation,
  NotifyDecision,
  ReceiveAffiliation,
  RejectAffiliation,
  RejectDocument,
  ReportNovelty,
  SubmitDocument,
} from './commands.js';
import { AFFILIATION_TYPES, NOVELTY_KINDS, type AffiliationEvent } from './events.js';
import { AFFILIATION_STATUS_IN_SENTENCES } from './labels.js';
import { isMemberNumber } from './member-number.js';
import { parseRequestNumber, requestNumberYearOf } from './request-number.js';
import {
  decisionOf,
  evolve,
  initialAffiliationState,
  isInReview,
  isUndecided,
  pendingDocumentsOf,
  type AffiliationRecord,
  type AffiliationState,
  type DocumentCheck,
} from './state.js';

type Decision = readonly AffiliationEvent[] | DomainError;
type ReceivedState = Exclude<AffiliationState, { status: 'NOT_RECEIVED' }>;

const CASE_MANAGERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];
const CASE_WORKERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR', 'AGENT'];

type StaffCommandType = Exclude<AffiliationCommand['type'], NotificationCommand['type']>;

/**
 * Who may ask for each command (DESIGN.md, Roles). An AGENT further checks documents, verifies and
 * notifies only on the affiliations assigned to them; deciding belongs to coordinators. A notice's
 * follow-up (sent, failed, resent, posted) is decided by the notices' own rules (decideNotification).
 */
export const AFFILIATION_COMMAND_ROLES: Readonly<Record<StaffCommandType, readonly ActorRole[]>> = {
  ReceiveAffiliation: CASE_WORKERS,
  AssignAffiliation: CASE_MANAGERS,
  SubmitDocument: CASE_WORKERS,
  RejectDocument: CASE_WORKERS,
  VerifyRequirements: CASE_WORKERS,
  ApproveAffiliation: CASE_MANAGERS,
  RejectAffiliation: CASE_MANAGERS,
  NotifyDecision: CASE_WORKERS,
  ReportNovelty: CASE_WORKERS,
};

export function decide(
  command: AffiliationCommand,
  state: AffiliationState,
  context: DecisionContext,
): Decision {
  if (command.type === 'ReceiveAffiliation') return receive(command, state, context);
  if (state.status === 'NOT_RECEIVED') {
    return refuse('CASE_NOT_FOUND', 'La afiliación no existe: no ha sido recibida.');
  }
  if (isNotificationCommand(command)) {
    // The decision's notice is followed up whatever became of the affiliation since (a retirement, say).
    return decideNotification(command, state.notifications, context, {
      staff: CASE_WORKERS,
      staffMayAct: (acting) => (mayWorkOn(state, acting) ? null : notAssignedToActor()),
    });
  }
  if (!AFFILIATION_COMMAND_ROLES[command.type].includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS[command.type]);
  }
  switch (command.type) {
    case 'AssignAffiliation':
      return assign(command, state);
    case 'SubmitDocument':
      return submitDocument(command, state, context);
    case 'RejectDocument':
      return rejectDocument(command, state, context);
    case 'VerifyRequirements':
      return verifyRequirements(state, context);
    case 'ApproveAffiliation':
      return approve(command, state, context);
    case 'RejectAffiliation':
      return reject(command, state, context);
    case 'NotifyDecision':
      return notifyDecision(command, state, context);
    case 'ReportNovelty':
      return reportNovelty(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

function receive({ data }: ReceiveAffiliation, state: AffiliationState, context: DecisionContext): Decision {
  if (state.status !== 'NOT_RECEIVED') {
    return refuse('AFFILIATION_ALREADY_RECEIVED', `La afiliación ${state.affiliationId} ya fue recibida.`);
  }
  if (!AFFILIATION_COMMAND_ROLES.ReceiveAffiliation.includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS.ReceiveAffiliation);
  }
  if (isBlank(data.affiliationId)) {
    return refuse('AFFILIATION_ID_REQUIRED', 'Falta el identificador de la afiliación.', 'affiliationId');
  }
  if (!isOneOf(AFFILIATION_TYPES, data.affiliationType)) {
    return refuse('INVALID_AFFILIATION_TYPE', 'El tipo de afiliación no es válido.', 'affiliationType');
  }
  if (!isOneOf(PQRS_CHANNELS, data.channel)) {
    return refuse('INVALID_CHANNEL', 'El canal de recepción no es válido.', 'channel');
  }
  if (isBlank(data.applicantId)) {
    return refuse('APPLICANT_REQUIRED', 'Falta la referencia del solicitante.', 'applicantId');
  }
  const receivedAt = data.receivedAt ?? context.now;
  if (!isInstant(receivedAt)) return invalidInstant('receivedAt', 'de recepción');
  if (compareInstants(receivedAt, context.now) > 0) {
    return refuse(
      'RECEIVED_IN_FUTURE',
      'La fecha de recepción no puede ser posterior al momento actual.',
      'receivedAt',
    );
  }
  const lateEntry = lateEntryOf(
    {
      occurredAt: receivedAt,
      field: 'receivedAt',
      lateEntryReason: data.lateEntryReason,
      what: 'la solicitud',
    },
    context,
  );
  if (isDomainError(lateEntry)) return lateEntry;
  const campaign = data.campaign ?? null;
  if (campaign !== null && isBlank(campaign.campaignId)) {
    return refuse(
      'CAMPAIGN_REQUIRED',
      'Elija la campaña de la lista o indique que no hubo campaña.',
      'campaignId',
    );
  }
  if (campaign?.startDate != null && bogotaDateOf(receivedAt) < campaign.startDate) {
    return refuse(
      'CAMPAIGN_NOT_STARTED',
      `La solicitud no puede venir de una campaña que empieza después de recibida (${spanishDate(campaign.startDate)}).`,
      'campaignId',
    );
  }
  const problem = checklistProblem(data.requiredDocuments);
  if (problem !== null) {
    return refuse(
      'INVALID_CHECKLIST',
      `La lista de documentos requeridos no es válida: ${problem}.`,
      'requiredDocuments',
    );
  }
  const requestNumber = data.requestNumber ?? null;
  if (requestNumber !== null) {
    const parts = parseRequestNumber(requestNumber);
    if (parts === null) {
      return refuse(
        'INVALID_REQUEST_NUMBER',
        'El número de solicitud no tiene la forma AFI-año-consecutivo.',
        'requestNumber',
      );
    }
    // Numbered in the year it is filed (now, in Bogotá), whatever day it was received.
    const filingYear = requestNumberYearOf(context.now);
    if (parts.year !== filingYear) {
      return refuse(
        'REQUEST_NUMBER_YEAR_MISMATCH',
        `El número de solicitud ${requestNumber} no es del año en que se radica (${filingYear}).`,
        'requestNumber',
      );
    }
  }
  return [
    {
      type: 'Received',
      data: {
        affiliationId: data.affiliationId,
        affiliationType: data.affiliationType,
        channel: data.channel,
        applicantId: data.applicantId,
        applicantVersion: data.applicantVersion ?? 1,
        // Named by id from version 5 on; the free text is kept only in older events.
        campaign: null,
        campaignId: campaign?.campaignId ?? null,
        receivedAt: canonicalInstant(receivedAt),
        receivedOn: bogotaDateOf(receivedAt),
        requiredDocuments: [...data.requiredDocuments],
        lateEntry,
        requestNumber,
      },
    },
  ];
}

function assign({ data }: AssignAffiliation, state: ReceivedState): Decision {
  if (!isUndecided(state)) return alreadyDecided(state, 'asignar');
  const { assignee } = data;
  if (isBlank(assignee.id)) {
    return refuse('ASSIGNEE_REQUIRED', 'Indique el funcionario que revisa la afiliación.', 'assigneeId');
  }
  const unfit = unfitAssignee(assignee, CASE_WORKERS, 'la afiliación', 'afiliaciones');
  if (unfit !== null) return unfit;
  if (state.assigneeId === assignee.id) return [];
  return [{ type: 'Assigned', data: { assigneeId: assignee.id, previousAssigneeId: state.assigneeId } }];
}

function submitDocument({ data }: SubmitDocument, state: ReceivedState, context: DecisionContext): Decision {
  const last = lastCheckOf(state, data.documentType);
  const evidenceReference = isBlank(data.evidenceReference) ? null : data.evidenceReference!.trim();
  const attachments = data.attachments ?? [];
  if (
    last?.status === 'ACCEPTED' &&
    last.evidenceReference === evidenceReference &&
    sameFiles(last.attachments ?? [], attachments)
  ) {
    return [];
  }
  const closed = closedForDocuments(state, 'recibir documentos de');
  if (closed !== null) return closed;
  if (!mayWorkOn(state, context)) return notAssignedToActor();
  const unknown = unknownDocument(state, data.documentType);
  if (unknown !== null) return unknown;
  if (evidenceReference === null && attachments.length === 0) {
    return refuse(
      'EVIDENCE_REQUIRED',
      'Adjunte el documento o indique dónde reposa (referencia del archivo o expediente).',
      'evidenceReference',
    );
  }
  if (attachments.length > 1) {
    return refuse('ONE_FILE_PER_DOCUMENT', 'Adjunte un solo archivo por documento soporte.', 'attachmentId');
  }
  return [
    {
      type: 'DocumentSubmitted',
      data: {
        documentType: data.documentType,
        evidenceReference,
        attachments,
        checkedBy: context.actor.id,
        checkedAt: canonicalInstant(context.now),
      },
    },
  ];
}

function rejectDocument({ data }: RejectDocument, state: ReceivedState, context: DecisionContext): Decision {
  const last = lastCheckOf(state, data.documentType);
  if (last?.status === 'REJECTED' && last.reason === trimmed(data.reason)) return [];
  const closed = closedForDocuments(state, 'rechazar documentos de');
  if (closed !== null) return closed;
  if (!mayWorkOn(state, context)) return notAssignedToActor();
  const unknown = unknownDocument(state, data.documentType);
  if (unknown !== null) return unknown;
  if (isBlank(data.reason)) {
    return refuse('REASON_REQUIRED', 'Indique por qué se rechaza el documento.', 'reason');
  }
  return [
    {
      type: 'DocumentRejected',
      data: {
        documentType: data.documentType,
        reason: data.reason.trim(),
        checkedBy: context.actor.id,
        checkedAt: canonicalInstant(context.now),
      },
    },
  ];
}

function verifyRequirements(state: ReceivedState, context: DecisionContext): Decision {
  if (state.status === 'REQUIREMENTS_VERIFIED' || state.status === 'APPROVED' || state.status === 'RETIRED') {
    return [];
  }
  if (state.status === 'REJECTED') return alreadyDecided(state, 'verificar los requisitos de');
  if (!mayWorkOn(state, context)) return notAssignedToActor();
  const pending = pendingDocumentsOf(state);
  if (pending.length > 0) {
    return refuse(
      'REQUIRED_DOCUMENTS_MISSING',
      `Aún no se han aceptado estos documentos requeridos: ${describeDocuments(state, pending)}.`,
    );
  }
  return [
    {
      type: 'RequirementsVerified',
      data: {
        verifiedDocuments: [...state.requiredDocuments],
        verifiedBy: context.actor.id,
        verifiedAt: canonicalInstant(context.now),
      },
    },
  ];
}

function approve({ data }: ApproveAffiliation, state: ReceivedState, context: DecisionContext): Decision {
  switch (state.status) {
    case 'APPROVED':
    case 'RETIRED':
      return [];
    case 'REJECTED':
      return alreadyDecided(state, 'aprobar');
    case 'RECEIVED':
    case 'ASSIGNED':
      return refuse(
        'REQUIREMENTS_NOT_VERIFIED',
        'Solo se aprueba una afiliación después de verificar que todos los documentos requeridos fueron aceptados.',
      );
    case 'REQUIREMENTS_VERIFIED':
      break;
    default: {
      const unknownState: never = state;
      return refuse(
        'AFFILIATION_DECIDED',
        `Estado desconocido: ${String((unknownState as { status?: unknown }).status)}.`,
      );
    }
  }
  if (!isMemberNumber(data.memberNumber)) {
    return refuse(
      'INVALID_MEMBER_NUMBER',
      'El número de afiliado debe tener la forma AF-NNNNNN.',
      'memberNumber',
    );
  }
  const approvedOn = bogotaDateOf(context.now);
  return [
    {
      type: 'Approved',
      data: {
        memberNumber: data.memberNumber,
        approvedAt: canonicalInstant(context.now),
        approvedOn,
        daysToDecision: calendarDaysBetween(state.receivedOn, approvedOn),
      },
    },
    decisionNotice(state, context, 'Approved', data.noticeTemplates),
  ];
}

function reject({ data }: RejectAffiliation, state: ReceivedState, context: DecisionContext): Decision {
  if (state.status === 'REJECTED' && state.rejectionReason === trimmed(data.reason)) return [];
  if (!isUndecided(state)) return alreadyDecided(state, 'rechazar');
  if (isBlank(data.reason)) {
    return refuse('REASON_REQUIRED', 'El rechazo de la afiliación debe ser motivado.', 'reason');
  }
  const rejectedOn = bogotaDateOf(context.now);
  return [
    {
      type: 'Rejected',
      data: {
        reason: data.reason.trim(),
        rejectedAt: canonicalInstant(context.now),
        rejectedOn,
        daysToDecision: calendarDaysBetween(state.receivedOn, rejectedOn),
      },
    },
    decisionNotice(state, context, 'Rejected', data.noticeTemplates),
  ];
}

/**
 * The notice of the decision to the applicant, requested with the decision itself so no decision is
 * recorded without it. By e-mail: the affiliation records the channel the application came in by, not
 * one the applicant chose to be answered by, so the sender writes to the applicant's address in the
 * vault and, when there is none, records the failure for staff to dispatch the notice by post.
 */
function decisionNotice(
  state: AffiliationRecord,
  context: DecisionContext,
  follows: 'Approved' | 'Rejected',
  templates: NoticeTemplateVersions | undefined,
): NotificationRequested {
  return {
    type: 'NotificationRequested',
    data: {
      notificationId: nextNotificationId(state.affiliationId, state.notifications),
      kind: 'AFFILIATION_DECISION',
      channel: 'EMAIL',
      recipient: { role: 'APPLICANT', personId: state.applicantId, name: null, addressRef: null },
      template: { key: 'AFFILIATION_DECISION', version: templates?.AFFILIATION_DECISION ?? 1 },
      follows,
      requestedAt: canonicalInstant(context.now),
      dueBy: null,
      attachments: [],
      accessCodeRef: null,
    },
  };
}

function notifyDecision({ data }: NotifyDecision, state: ReceivedState, context: DecisionContext): Decision {
  if (isUndecided(state)) {
    return refuse(
      'DECISION_PENDING',
      'La afiliación aún no tiene decisión (aprobada o rechazada) que notificar al solicitante.',
    );
  }
  if (state.notification !== null && state.notification.channel === data.channel) return [];
  if (!isOneOf(PQRS_CHANNELS, data.channel)) {
    return refuse('INVALID_CHANNEL', 'El canal de notificación no es válido.', 'channel');
  }
  if (state.notification !== null) {
    return refuse(
      'DECISION_ALREADY_NOTIFIED',
      `La decisión ya fue notificada al solicitante el ${spanishDate(bogotaDateOf(state.notification.notifiedAt))} (${state.notification.channel}).`,
    );
  }
  if (!mayWorkOn(state, context)) return notAssignedToActor();
  return [
    {
      type: 'Answered',
      data: { decision: decisionOf(state), channel: data.channel, notifiedAt: canonicalInstant(context.now) },
    },
  ];
}

function reportNovelty({ data }: ReportNovelty, state: ReceivedState, context: DecisionContext): Decision {
  if (state.status !== 'APPROVED' && state.status !== 'RETIRED') {
    return refuse(
      'NOT_AN_AFFILIATE',
      `Las novedades se reportan sobre afiliados aprobados; esta afiliación está ${AFFILIATION_STATUS_IN_SENTENCES[state.status]}.`,
    );
  }
  if (!isOneOf(NOVELTY_KINDS, data.kind)) {
    return refuse('INVALID_NOVELTY_KIND', 'El tipo de novedad no es válido.', 'kind');
  }
  if (!isCalendarDate(data.effectiveDate)) {
    return refuse('INVALID_DATE', 'La fecha de efecto no es una fecha válida (AAAA-MM-DD).', 'effectiveDate');
  }
  if (data.kind === 'RETIREMENT' && state.status === 'RETIRED') {
    if (state.retiredOn === data.effectiveDate) return [];
    return refuse(
      'AFFILIATE_NOT_ACTIVE',
      `Solo se retira a un afiliado activo; ${state.memberNumber} está retirado desde el ${spanishDate(state.retiredOn)}.`,
    );
  }
  if (data.kind === 'REACTIVATION' && state.status === 'APPROVED') {
    if (state.reactivatedOn === data.effectiveDate) return [];
    return refuse(
      'AFFILIATE_NOT_RETIRED',
      `Solo se reactiva a un afiliado retirado; ${state.memberNumber} está activo.`,
    );
  }
  if (isBlank(data.description)) {
    return refuse('DESCRIPTION_REQUIRED', 'Describa la novedad.', 'description');
  }
  if (data.effectiveDate < state.approvedOn) {
    return refuse(
      'EFFECTIVE_BEFORE_AFFILIATION',
      `La novedad no puede tener efecto antes de la aprobación de la afiliación (${spanishDate(state.approvedOn)}).`,
      'effectiveDate',
    );
  }
  if (data.kind === 'REACTIVATION' && state.status === 'RETIRED' && data.effectiveDate < state.retiredOn) {
    return refuse(
      'REACTIVATION_BEFORE_RETIREMENT',
      `La reactivación no puede tener efecto antes del retiro (${spanishDate(state.retiredOn)}).`,
      'effectiveDate',
    );
  }
  return [
    {
      type: 'NoveltyReported',
      data: {
        kind: data.kind,
        description: data.description.trim(),
        effectiveDate: data.effectiveDate,
        reportedBy: context.actor.id,
        reportedAt: canonicalInstant(context.now),
      },
    },
  ];
}

/** Documents are checked while the application is under review; afterwards the checklist is closed. */
function closedForDocuments(state: ReceivedState, action: string): DomainError | null {
  if (state.status === 'REQUIREMENTS_VERIFIED') {
    return refuse(
      'REQUIREMENTS_ALREADY_VERIFIED',
      'Los requisitos de la afiliación ya fueron verificados: los documentos no cambian.',
    );
  }
  return isInReview(state) ? null : alreadyDecided(state, action);
}

function unknownDocument(state: AffiliationRecord, documentType: string): DomainError | null {
  if (isBlank(documentType)) {
    return refuse('DOCUMENT_TYPE_REQUIRED', 'Indique el tipo de documento.', 'documentType');
  }
  if (!state.requiredDocuments.includes(documentType)) {
    return refuse(
      'DOCUMENT_NOT_IN_CHECKLIST',
      `El documento ${documentType} no está en la lista de requisitos de esta afiliación: ${state.requiredDocuments.join(', ')}.`,
      'documentType',
    );
  }
  return null;
}

function lastCheckOf(state: AffiliationRecord, documentType: string): DocumentCheck | undefined {
  return typeof documentType === 'string' && Object.hasOwn(state.documents, documentType)
    ? state.documents[documentType]
    : undefined;
}

/** The documents named, a rejected one said so (its reason is a free text kept apart: the case shows it). */
function describeDocuments(state: AffiliationRecord, documents: readonly string[]): string {
  return documents
    .map((document) => {
      const check = lastCheckOf(state, document);
      return check?.status === 'REJECTED' ? `${document} (rechazado)` : document;
    })
    .join(', ');
}

function mayWorkOn(state: AffiliationRecord, context: DecisionContext): boolean {
  return context.actor.role !== 'AGENT' || state.assigneeId === context.actor.id;
}

function notAssignedToActor(): DomainError {
  return refuse(
    'NOT_ASSIGNED_TO_ACTOR',
    'Un agente solo puede tramitar las afiliaciones que tiene asignadas.',
  );
}

const COMMAND_LABELS: Readonly<Record<StaffCommandType, string>> = {
  ReceiveAffiliation: 'recibir solicitudes de afiliación',
  AssignAffiliation: 'asignar afiliaciones',
  SubmitDocument: 'registrar documentos de afiliación',
  RejectDocument: 'rechazar documentos de afiliación',
  VerifyRequirements: 'verificar los requisitos de una afiliación',
  ApproveAffiliation: 'aprobar afiliaciones',
  RejectAffiliation: 'rechazar afiliaciones',
  NotifyDecision: 'notificar decisiones de afiliación',
  ReportNovelty: 'reportar novedades de afiliados',
};

function alreadyDecided(state: ReceivedState, action: string): DomainError {
  return refuse(
    'AFFILIATION_DECIDED',
    `No se puede ${action} la afiliación: ya está ${AFFILIATION_STATUS_IN_SENTENCES[state.status]}.`,
  );
}

function invalidInstant(field: string, what: string): DomainError {
  return refuse(
    'INVALID_INSTANT',
    `La fecha y hora ${what} no es válida (ISO 8601 con zona horaria).`,
    field,
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

function trimmed(text: string): string | null {
  return typeof text === 'string' ? text.trim() : null;
}

export const affiliationDecider: Decider<AffiliationCommand, AffiliationEvent, AffiliationState> = {
  decide,
  evolve,
  initialState: initialAffiliationState,
};

function sameFiles(left: readonly AttachmentRef[], right: readonly AttachmentRef[]): boolean {
  return left.length === right.length && left.every((file, index) => file.id === right[index]!.id);
}
