// Every rule of a PQRS case: a command and the case as it stands give the new events or a named refusal.
import type { NoticeKind } from '../notifications/notice-kinds.js';
import {
  decideNotification,
  isNotificationCommand,
  nextNotificationId,
  type NoticeChannel,
  type NoticeRecipient,
  type NotificationRequested,
} from '../notifications/notifications.js';
import type { AttachmentRef } from '../shared/attachments.js';
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { isDomainError, refuse, type DomainError } from '../shared/domain-error.js';
import { lateEntryOf, type LateEntry } from '../shared/late-entry.js';
import { unfitAssignee } from '../shared/staff-member.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import {
  addCalendarMonths,
  bogotaDateOf,
  canonicalInstant,
  compareInstants,
  isCalendarDate,
  isInstant,
  spanishDate,
  type Instant,
} from '../shared/time.js';
import type {
  AnswerJointly,
  AnswerPqrs,
  ApproveAnswer,
  AssignPqrs,
  ClosePqrs,
  DraftAnswer,
  ExtendDeadline,
  NoticeTemplateVersions,
  PqrsCommand,
  ReturnAnswer,
  ProvideInformation,
  ReceivePqrs,
  RequestInformation,
  TransferPqrs,
  WithdrawPqrs,
} from './commands.js';
import {
  ACCESS_DECISIONS,
  ANSWER_CHANNELS,
  DEFAULT_ANONYMOUS_KINDS,
  PERSON_TYPES,
  PQRS_CHANNELS,
  PQRS_KINDS,
  PRIORITY_REASONS,
  WITHDRAWAL_MODES,
  type AccessDecision,
  type AnswerLetter,
  type PqrsEvent,
  type VerbalAnswerMode,
} from './events.js';
import { accessDenialOf, type CompleteAccessDenial } from './access-denial.js';
import { verbalAnswerOf } from './verbal-petitions.js';
import { extensionUnavailable } from './extension.js';
import { evaluateDenunciationMerit } from './merit-evaluation.js';
import { filingPriority } from './priority.js';
import { DEFAULT_FILING_HOURS_POLICY, radicationOf } from './filing-hours.js';
import { termOnCaseCalendar } from './case-calendar.js';
import { markClaimInProcess } from './claim-in-process.js';
import { habeasDataExtensionTooLong, isHabeasDataKind } from './habeas-data-terms.js';
import { decideCompletionWindowExtension, refilingOf, tacitWithdrawalRefusal } from './completion-window.js';
import { decideCopiesDelivery } from './silence.js';
import { stepWindowClosed, stepWindowEnd } from './step-windows.js';
import { PQRS_KIND_LABELS, PQRS_STATUS_IN_SENTENCES } from './labels.js';
import {
  completionWindowMonthsOf,
  extensionBusinessDaysOf,
  legalTermOf,
  termFrom,
  transferWindowBusinessDaysOf,
} from './legal-terms.js';
import {
  evolve,
  initialPqrsState,
  isOpen,
  type OpenPqrsCase,
  type PqrsCaseRecord,
  type PqrsState,
  type PqrsStatus,
} from './state.js';

type Decision = readonly PqrsEvent[] | DomainError;
type ReceivedState = Exclude<PqrsState, { status: 'NOT_RECEIVED' }>;

const CASE_MANAGERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];
const CASE_WORKERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR', 'AGENT'];
/**
 * A citizen files through the Ventanilla virtual, and provides requested information on its tracking
 * page (the access code is checked before the command is sent: the domain sees the citizen as the actor).
 */
const CITIZEN: ActorRole = 'CITIZEN';
/** The office's mailbox reader radicates what arrives by e-mail (and nothing else). */
const MAIL_INTAKE: ActorRole = 'SYSTEM';

/** Who may ask for each command (DESIGN.md, Roles); an AGENT further only acts on cases assigned to them. */
export const PQRS_COMMAND_ROLES: Readonly<
  Record<Exclude<PqrsCommand['type'], NotificationCommandType>, readonly ActorRole[]>
> = {
  ReceivePqrs: [...CASE_WORKERS, CITIZEN, MAIL_INTAKE],
  AssignPqrs: CASE_MANAGERS,
  RequestInformation: CASE_WORKERS,
  ProvideInformation: [...CASE_MANAGERS, CITIZEN],
  ExtendDeadline: CASE_MANAGERS,
  TransferPqrs: CASE_MANAGERS,
  AnswerPqrs: CASE_WORKERS,
  ClosePqrs: CASE_MANAGERS,
  WithdrawPqrs: CASE_MANAGERS,
  DraftAnswer: CASE_WORKERS,
  ApproveAnswer: CASE_MANAGERS,
  ReturnAnswer: CASE_MANAGERS,
  EvaluateDenunciationMerit: CASE_MANAGERS,
  MarkClaimInProcess: CASE_WORKERS,
  AnswerJointly: CASE_MANAGERS,
  // Art. 17: the petitioner asks, on the tracking page, or staff record what they asked by other means.
  ExtendCompletionWindow: [...CASE_WORKERS, CITIZEN],
  RecordCopiesDelivery: CASE_WORKERS,
};

type NotificationCommandType =
  | 'RecordNotificationSent'
  | 'RecordNotificationAttemptFailed'
  | 'ResendNotification'
  | 'RecordPostalDispatch'
  | 'RecordPostalOutcome';

export function decide(command: PqrsCommand, state: PqrsState, context: DecisionContext): Decision {
  if (command.type === 'ReceivePqrs') return receive(command, state, context);
  if (state.status === 'NOT_RECEIVED') {
    return refuse('CASE_NOT_FOUND', 'El caso no existe: no ha sido radicado.');
  }
  if (isNotificationCommand(command)) {
    // A notice's outcome is recorded whatever became of the case since (an answer is sent once answered).
    return decideNotification(command, state.notifications, context, {
      staff: CASE_WORKERS,
      staffMayAct: (acting) => (mayWorkOn(state, acting) ? null : notAssignedToActor()),
    });
  }
  if (!PQRS_COMMAND_ROLES[command.type].includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS[command.type]);
  }
  switch (command.type) {
    case 'AssignPqrs':
      return assign(command, state, context);
    case 'RequestInformation':
      return requestInformation(command, state, context);
    case 'ProvideInformation':
      return provideInformation(command, state, context);
    case 'ExtendDeadline':
      return extendDeadline(command, state, context);
    case 'TransferPqrs':
      return transfer(command, state, context);
    case 'AnswerPqrs':
      return answer(command, state, context);
    case 'ClosePqrs':
      return close(command, state, context);
    case 'WithdrawPqrs':
      return withdraw(command, state, context);
    case 'DraftAnswer':
      return draftAnswer(command, state, context);
    case 'ApproveAnswer':
      return approveAnswer(command, state, context);
    case 'ReturnAnswer':
      return returnAnswer(command, state, context);
    case 'EvaluateDenunciationMerit':
      return evaluateDenunciationMerit(command, state, context);
    case 'MarkClaimInProcess':
      return mayWorkOn(state, context) ? markClaimInProcess(state, context) : notAssignedToActor();
    case 'AnswerJointly':
      return answerJointly(command, state, context);
    case 'ExtendCompletionWindow':
      if (context.actor.role !== CITIZEN && !mayWorkOn(state, context)) return notAssignedToActor();
      return decideCompletionWindowExtension(command, state, context);
    case 'RecordCopiesDelivery':
      if (!mayWorkOn(state, context)) return notAssignedToActor();
      return decideCopiesDelivery(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

function receive({ data }: ReceivePqrs, state: PqrsState, context: DecisionContext): Decision {
  if (state.status !== 'NOT_RECEIVED') {
    return refuse('CASE_ALREADY_RECEIVED', `El caso ${state.radicado} ya fue radicado.`);
  }
  if (!PQRS_COMMAND_ROLES.ReceivePqrs.includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS.ReceivePqrs);
  }
  if (isBlank(data.radicado)) return refuse('RADICADO_REQUIRED', 'Falta el número de radicado.', 'radicado');
  if (!isOneOf(PQRS_KINDS, data.kind)) return refuse('INVALID_KIND', 'El tipo de PQRS no es válido.', 'kind');
  if (!isOneOf(PQRS_CHANNELS, data.channel)) {
    return refuse('INVALID_CHANNEL', 'El canal de recepción no es válido.', 'channel');
  }
  if (!data.priority.every((reason) => isOneOf(PRIORITY_REASONS, reason))) {
    return refuse('INVALID_PRIORITY', 'Un motivo de atención prioritaria no es válido.', 'priority');
  }
  if (isBlank(data.subject)) return refuse('SUBJECT_REQUIRED', 'El asunto es obligatorio.', 'subject');
  if (isBlank(data.description)) {
    return refuse('DESCRIPTION_REQUIRED', 'La descripción de la solicitud es obligatoria.', 'description');
  }
  const personType = data.personType ?? 'NATURAL';
  if (!isOneOf(PERSON_TYPES, personType)) {
    return refuse('INVALID_PERSON_TYPE', 'El tipo de persona no es válido.', 'personType');
  }
  const anonymous = personType === 'ANONYMOUS';
  if (anonymous) {
    const allowed = context.anonymousPqrsKinds ?? DEFAULT_ANONYMOUS_KINDS;
    if (!allowed.includes(data.kind)) {
      return refuse(
        'ANONYMOUS_NOT_ALLOWED',
        `Una ${PQRS_KIND_LABELS[data.kind].toLowerCase()} no se puede presentar de forma anónima; ` +
          `de forma anónima se reciben: ${allowed.map((kind) => PQRS_KIND_LABELS[kind as keyof typeof PQRS_KIND_LABELS].toLowerCase()).join(', ')}.`,
        'personType',
      );
    }
    if (data.petitionerId !== null) {
      return refuse(
        'ANONYMOUS_WITH_PETITIONER',
        'Una radicación anónima no identifica a nadie.',
        'petitionerId',
      );
    }
  } else if (data.petitionerId === null || isBlank(data.petitionerId)) {
    return refuse('PETITIONER_REQUIRED', 'Faltan los datos del peticionario.', 'petitionerId');
  }
  const answerChannel = data.answerChannel ?? null;
  if (answerChannel !== null && !isOneOf(ANSWER_CHANNELS, answerChannel)) {
    return refuse('INVALID_ANSWER_CHANNEL', 'El medio de respuesta no es válido.', 'answerChannel');
  }
  if (anonymous && answerChannel !== null) {
    return refuse(
      'ANSWER_CHANNEL_WITHOUT_PETITIONER',
      'Una radicación anónima no tiene a dónde enviar la respuesta: se consulta con el radicado y el código de acceso.',
      'answerChannel',
    );
  }
  const consent = data.dataProcessingConsent ?? null;
  if (consent !== null && (isBlank(consent.policyVersion) || !isInstant(consent.acceptedAt))) {
    return refuse(
      'INVALID_CONSENT',
      'La autorización de tratamiento de datos debe indicar la versión de la política y el momento en que se aceptó.',
      'dataProcessingConsent',
    );
  }
  const attachments = data.attachments ?? [];
  const accessCodeHash = data.accessCodeHash ?? null;
  if (accessCodeHash !== null && !/^sha256:[0-9a-f]{64}$/.test(accessCodeHash)) {
    return refuse('INVALID_ACCESS_CODE', 'El código de acceso no es válido.', 'accessCodeHash');
  }
  if (context.actor.role === CITIZEN) {
    // What a citizen files through the portal is filed now, on the web channel, with a code to follow it.
    if (data.channel !== 'WEB') {
      return refuse(
        'CITIZEN_CHANNEL',
        'Lo que se radica en la Ventanilla virtual llega por el canal web.',
        'channel',
      );
    }
    if (data.receivedAt !== null) {
      return refuse(
        'CITIZEN_RECEIVED_AT',
        'Una radicación en línea se recibe en el momento en que se envía.',
        'receivedAt',
      );
    }
    if (accessCodeHash === null) {
      return refuse(
        'ACCESS_CODE_REQUIRED',
        'Falta el código de acceso de la radicación en línea.',
        'accessCodeHash',
      );
    }
    if (!anonymous && answerChannel === null) {
      return refuse(
        'ANSWER_CHANNEL_REQUIRED',
        'Indique por qué medio quiere recibir la respuesta.',
        'answerChannel',
      );
    }
    if (!anonymous && consent === null) {
      return refuse(
        'CONSENT_REQUIRED',
        'Para radicar con sus datos debe autorizar su tratamiento (Ley 1581 de 2012), o presentar la solicitud de forma anónima si el tipo lo permite.',
        'dataProcessingConsent',
      );
    }
  }
  if (context.actor.role === MAIL_INTAKE && data.channel !== 'EMAIL') {
    return refuse(
      'SYSTEM_CHANNEL',
      'Un proceso automático solo radica lo que llega al buzón de correo de la oficina.',
      'channel',
    );
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
      what: 'la recepción',
    },
    context,
  );
  if (isDomainError(lateEntry)) return lateEntry;

  // The term runs from the real receipt, or from the radication day of an electronic filing outside office
  // hours where the office applies art. 54 (filing-hours.ts); the radicado follows the recording.
  const receivedOn = bogotaDateOf(receivedAt);
  const radication = radicationOf(
    receivedAt,
    data.channel,
    context.filingHours ?? DEFAULT_FILING_HOURS_POLICY,
    context.calendar,
  );
  const termBusinessDays = legalTermOf(data.kind);
  const term = termFrom(
    radication.radicatedOn,
    termBusinessDays,
    context.calendar,
    extensionBusinessDaysOf(data.kind, termBusinessDays),
  );
  const radicado = data.radicado.trim();
  // Filings by electronic means are acknowledged at once with their radicado (art. 15 and Ley 1437 de
  // 2011 art. 54); one made in person or by telephone was acknowledged on the spot, unless the petitioner
  // asked to be answered by e-mail. An anonymous filing names no one: its confirmation page is its notice.
  const acknowledged =
    !anonymous && (data.channel === 'WEB' || data.channel === 'EMAIL' || answerChannel === 'EMAIL');
  const accessCodeRef = data.accessCode ?? null;
  const priority = filingPriority(
    data,
    { radicado, personType, attachments, noticesBefore: acknowledged ? 1 : 0 },
    context,
  );
  if (isDomainError(priority)) return priority;
  const refiling = refilingOf(data);
  if (isDomainError(refiling)) return refiling;
  return [
    {
      type: 'Received',
      data: {
        radicado,
        kind: data.kind,
        channel: data.channel,
        subject: data.subject.trim(),
        description: data.description.trim(),
        petitionerId: anonymous ? null : data.petitionerId,
        petitionerVersion: anonymous ? null : (data.petitionerVersion ?? 1),
        personType,
        textOwnerId: anonymous ? (data.textOwnerId ?? null) : null,
        answerChannel,
        dataProcessingConsent: consent,
        attachments,
        accessCodeHash,
        receivedAt: canonicalInstant(receivedAt),
        receivedOn,
        // A child or adolescent who files is attended with priority (Ley 1755 de 2015, arts. 13 and 20).
        priority: priority.reasons,
        termBusinessDays: term.termBusinessDays,
        dueDate: term.dueDate,
        maxDueDate: term.maxDueDate,
        calendarVersion: term.calendarVersion,
        lateEntry,
        ...radication,
      },
    },
    ...refiling,
    ...(acknowledged
      ? [
          requestNotice(
            {
              radicado,
              notifications: [],
              petitionerId: data.petitionerId,
              answerChannel,
            },
            context,
            {
              kind: 'ACKNOWLEDGMENT',
              follows: 'Received',
              templates: data.noticeTemplates,
              accessCodeRef: isBlank(accessCodeRef) ? null : accessCodeRef,
            },
          ),
        ]
      : []),
    ...priority.events,
  ];
}

/** Where a case goes when neither the command nor the assignee's account names a dependency. */
export const DEFAULT_DEPENDENCY = 'Atención al Cliente';

function assign({ data }: AssignPqrs, state: ReceivedState, context: DecisionContext): Decision {
  if (!isOpen(state)) return caseNotOpen(state, 'asignar');
  const { assignee } = data;
  if (isBlank(assignee.id)) {
    return refuse('ASSIGNEE_REQUIRED', 'Indique el funcionario a quien se asigna el caso.', 'assigneeId');
  }
  const unfit = unfitAssignee(assignee, CASE_WORKERS, 'el caso', 'casos');
  if (unfit !== null) return unfit;
  const dependency = data.dependency ?? assignee.dependency ?? DEFAULT_DEPENDENCY;
  if (isBlank(dependency)) {
    return refuse('DEPENDENCY_REQUIRED', 'Indique la dependencia a la que se asigna el caso.', 'dependency');
  }
  const trimmedDependency = dependency.trim();
  if (state.assignee?.id === assignee.id && state.assignee.dependency === trimmedDependency) return [];
  return [
    {
      type: 'Assigned',
      data: {
        assigneeId: assignee.id,
        dependency: trimmedDependency,
        previousAssigneeId: state.assignee?.id ?? null,
        assignedAt: canonicalInstant(context.now),
      },
    },
  ];
}

function requestInformation(
  { data }: RequestInformation,
  state: ReceivedState,
  context: DecisionContext,
): Decision {
  if (state.status === 'AWAITING_INFORMATION') {
    return refuse(
      'ALREADY_AWAITING_INFORMATION',
      'Ya se pidió al peticionario completar la información y aún no ha respondido.',
    );
  }
  if (state.status !== 'RECEIVED' && state.status !== 'ASSIGNED') {
    return caseNotOpen(state, 'pedir información sobre');
  }
  if (!mayWorkOn(state, context)) return notAssignedToActor();
  if (isBlank(data.note)) {
    return refuse('NOTE_REQUIRED', 'Indique qué información o documentos faltan.', 'note');
  }
  const today = bogotaDateOf(context.now);
  const tooLate = stepWindowClosed(
    'REQUEST_INFORMATION',
    stepWindowEnd('REQUEST_INFORMATION', state.receivedOn, context.calendar, state.kind),
    today,
    state.kind,
  );
  if (tooLate) return tooLate;
  return [
    {
      type: 'InformationRequested',
      data: {
        note: data.note.trim(),
        requestedAt: canonicalInstant(context.now),
        requestedOn: today,
        tacitWithdrawalFrom: addCalendarMonths(today, completionWindowMonthsOf(state.kind)),
      },
    },
    requestNotice(state, context, {
      kind: 'INFORMATION_REQUEST',
      follows: 'InformationRequested',
      templates: data.noticeTemplates,
    }),
  ];
}

function provideInformation(
  { data }: ProvideInformation,
  state: ReceivedState,
  context: DecisionContext,
): Decision {
  if (context.actor.role === CITIZEN && data.providedAt !== null) {
    return refuse(
      'CITIZEN_PROVIDED_AT',
      'La información aportada en línea se recibe en el momento en que se envía.',
      'providedAt',
    );
  }
  const providedAt = data.providedAt ?? context.now;
  const lastRequest = state.informationRequest;
  if (
    isOpen(state) &&
    lastRequest !== null &&
    lastRequest.providedAt !== null &&
    isInstant(providedAt) &&
    compareInstants(lastRequest.providedAt, providedAt) === 0
  ) {
    return [];
  }
  if (state.status !== 'AWAITING_INFORMATION') {
    return refuse('NOT_AWAITING_INFORMATION', 'El caso no está en espera de información del peticionario.');
  }
  if (isBlank(data.note))
    return refuse('NOTE_REQUIRED', 'Describa la información que aportó el peticionario.', 'note');
  if (!isInstant(providedAt)) return invalidInstant('providedAt', 'en que se aportó la información');
  if (compareInstants(providedAt, state.informationRequest.requestedAt) < 0) {
    return refuse(
      'PROVIDED_BEFORE_REQUEST',
      'La información no puede haberse aportado antes de pedirla.',
      'providedAt',
    );
  }
  if (compareInstants(providedAt, context.now) > 0) {
    return refuse(
      'PROVIDED_IN_FUTURE',
      'La fecha en que se aportó la información no puede ser posterior al momento actual.',
      'providedAt',
    );
  }
  const beforeLastFact = notBeforeLastFact(state, providedAt, 'providedAt');
  if (beforeLastFact !== null) return beforeLastFact;
  const lateEntry = lateEntryOf(
    {
      occurredAt: providedAt,
      field: 'providedAt',
      lateEntryReason: data.lateEntryReason,
      what: 'la información aportada',
    },
    context,
  );
  if (isDomainError(lateEntry)) return lateEntry;
  const providedOn = bogotaDateOf(providedAt);
  // Art. 17: the term restarts from zero the day after the petitioner completes the petition.
  const term = termFrom(
    providedOn,
    state.termBusinessDays,
    context.calendar,
    extensionBusinessDaysOf(state.kind, state.termBusinessDays),
  );
  return [
    {
      type: 'InformationProvided',
      data: {
        note: data.note.trim(),
        providedAt: canonicalInstant(providedAt),
        providedOn,
        dueDate: term.dueDate,
        maxDueDate: term.maxDueDate,
        calendarVersion: term.calendarVersion,
        lateEntry,
        attachments: data.attachments ?? [],
      },
    },
  ];
}

function extendDeadline({ data }: ExtendDeadline, state: ReceivedState, context: DecisionContext): Decision {
  if (state.status === 'AWAITING_INFORMATION') return caseAwaitingInformation('prorrogar');
  if (!isOpen(state)) return caseNotOpen(state, 'prorrogar');
  if (!isCalendarDate(data.newDueDate)) {
    return refuse(
      'INVALID_DATE',
      'La nueva fecha de vencimiento no es una fecha válida (AAAA-MM-DD).',
      'newDueDate',
    );
  }
  if (data.newDueDate === state.dueDate) return [];
  if (isBlank(data.reason)) return refuse('REASON_REQUIRED', 'La prórroga debe ser motivada.', 'reason');
  const today = bogotaDateOf(context.now);
  const unavailable = extensionUnavailable(state, today);
  if (unavailable !== null) return unavailable;
  if (data.newDueDate < state.dueDate) {
    return refuse(
      'EXTENSION_NOT_LATER',
      `La nueva fecha de vencimiento debe ser posterior a la vigente (${spanishDate(state.dueDate)}).`,
      'newDueDate',
    );
  }
  if (!context.calendar.isBusinessDay(data.newDueDate)) {
    return refuse(
      'DUE_DATE_NOT_BUSINESS_DAY',
      'La nueva fecha de vencimiento debe ser un día hábil.',
      'newDueDate',
    );
  }
  if (data.newDueDate > state.maxDueDate) {
    if (isHabeasDataKind(state.kind)) return habeasDataExtensionTooLong(state.kind, state.maxDueDate);
    return refuse(
      'EXTENSION_BEYOND_DOUBLE_TERM',
      `La prórroga no puede exceder el doble del término inicial: a más tardar el ${spanishDate(state.maxDueDate)}.`,
      'newDueDate',
    );
  }
  return [
    {
      type: 'DeadlineExtended',
      data: {
        previousDueDate: state.dueDate,
        newDueDate: data.newDueDate,
        maxDueDate: state.maxDueDate,
        reason: data.reason.trim(),
        extendedOn: today,
        extendedAt: canonicalInstant(context.now),
      },
    },
    // Art. 14, parágrafo: the extension is told to the petitioner before the term in force expires.
    requestNotice(state, context, {
      kind: 'EXTENSION',
      follows: 'DeadlineExtended',
      templates: data.noticeTemplates,
      dueBy: state.dueDate,
    }),
  ];
}

function transfer({ data }: TransferPqrs, state: ReceivedState, context: DecisionContext): Decision {
  if (state.status === 'TRANSFERRED' && state.transferredTo === data.entity.trim()) return [];
  if (!isOpen(state)) return caseNotOpen(state, 'trasladar');
  if (isBlank(data.entity)) return refuse('ENTITY_REQUIRED', 'Indique la entidad competente.', 'entity');
  if (isBlank(data.reason)) return refuse('REASON_REQUIRED', 'El traslado debe ser motivado.', 'reason');
  const today = bogotaDateOf(context.now);
  // After the five business days of art. 21 the transfer is still due to the petitioner: it is recorded,
  // not refused, and flagged late so the office shows what happened (and the Informe de PQRS counts it).
  const allowedUntil = stepWindowEnd('TRANSFER', state.receivedOn, context.calendar, state.kind);
  const businessDaysAfterReceipt = context.calendar.businessDaysBetween(state.receivedOn, today);
  // Art. 21 of Ley 1755 (5 business days), or art. 15 of Ley 1581 for a habeas data reclamo (2).
  const transferDueBy = context.calendar.addBusinessDays(
    state.receivedOn,
    transferWindowBusinessDaysOf(state.kind),
  );
  return [
    {
      type: 'Transferred',
      data: {
        entity: data.entity.trim(),
        reason: data.reason.trim(),
        transferredAt: canonicalInstant(context.now),
        transferredOn: today,
        businessDaysAfterReceipt,
        late: today > allowedUntil,
        allowedUntil,
      },
    },
    // Art. 21: the petitioner is told, and the competent entity gets a copy, within the five days.
    requestNotice(state, context, {
      kind: 'TRANSFER',
      follows: 'Transferred',
      templates: data.noticeTemplates,
      dueBy: transferDueBy,
    }),
    requestNotice(state, context, {
      kind: 'TRANSFER_COPY',
      follows: 'Transferred',
      templates: data.noticeTemplates,
      dueBy: transferDueBy,
      offset: 1,
      channel: isBlank(data.entityEmail) ? 'POSTAL' : 'EMAIL',
      recipient: {
        role: 'RECEIVING_ENTITY',
        personId: null,
        name: data.entity.trim(),
        addressRef: isBlank(data.entityEmail) ? null : data.entityEmail!,
      },
    }),
  ];
}

function answer({ data }: AnswerPqrs, state: ReceivedState, context: DecisionContext): Decision {
  const refusal = notAnswerable(state, context, 'responder');
  if (refusal !== null) return refusal;
  if (underReview(state.kind, context)) {
    return refuse(
      'ANSWER_REVIEW_REQUIRED',
      `Las respuestas a una ${PQRS_KIND_LABELS[state.kind].toLowerCase()} pasan por visto bueno: guárdela como borrador para que un coordinador la apruebe antes de enviarla.`,
    );
  }
  const open = state as OpenPqrsCase;
  if (isBlank(data.answer)) return refuse('ANSWER_REQUIRED', 'La respuesta no puede estar vacía.', 'answer');
  const answeredAt = data.answeredAt ?? context.now;
  if (!isInstant(answeredAt)) return invalidInstant('answeredAt', 'de respuesta');
  if (compareInstants(answeredAt, open.receivedAt) < 0) {
    return refuse(
      'ANSWERED_BEFORE_RECEIPT',
      'La respuesta no puede ser anterior a la radicación.',
      'answeredAt',
    );
  }
  const providedAt = open.informationRequest?.providedAt ?? null;
  if (providedAt !== null && compareInstants(answeredAt, providedAt) < 0) {
    return refuse(
      'ANSWERED_BEFORE_INFORMATION_PROVIDED',
      'La respuesta no puede ser anterior a la información que completó la petición.',
      'answeredAt',
    );
  }
  if (compareInstants(answeredAt, context.now) > 0) {
    return refuse(
      'ANSWERED_IN_FUTURE',
      'La fecha de respuesta no puede ser posterior al momento actual.',
      'answeredAt',
    );
  }
  const accessDecision = data.accessDecision ?? null;
  const accessRefusal = accessDecisionRefusal(open, accessDecision);
  if (accessRefusal !== null) return accessRefusal;
  const denial = accessDenialOf(accessDecision as AccessDecision | null, data);
  if (isDomainError(denial)) return denial;
  const verbalAnswer = verbalAnswerOf(
    open.channel,
    data.verbalAnswer,
    accessDecision as AccessDecision | null,
  );
  if (isDomainError(verbalAnswer)) return verbalAnswer;
  const beforeLastFact = notBeforeLastFact(open, answeredAt, 'answeredAt');
  if (beforeLastFact !== null) return beforeLastFact;
  const lateEntry = lateEntryOf(
    {
      occurredAt: answeredAt,
      field: 'answeredAt',
      lateEntryReason: data.lateEntryReason,
      what: 'la respuesta',
    },
    context,
  );
  if (isDomainError(lateEntry)) return lateEntry;
  return answeredWithNotice(open, context, {
    answer: data.answer.trim(),
    answeredAt,
    accessDecision,
    ...denial,
    lateEntry,
    attachments: data.attachments ?? [],
    letter: data.letter ?? null,
    approvedDraft: null,
    templates: data.noticeTemplates,
    verbalAnswer,
  });
}

/** Whether the office reviews the answers of this kind before they are sent (visto bueno). */
function underReview(kind: string, context: DecisionContext): boolean {
  return (context.answerReviewKinds ?? []).includes(kind);
}

/** Why the case cannot be answered (or its answer drafted or approved) now; null when it can. */
function notAnswerable(state: ReceivedState, context: DecisionContext, action: string): DomainError | null {
  switch (state.status) {
    case 'CLOSED':
      return refuse('CASE_CLOSED', 'El caso está cerrado: no admite otra respuesta.');
    case 'ANSWERED':
      return refuse('CASE_ALREADY_ANSWERED', 'El caso ya fue respondido.');
    case 'TRANSFERRED':
    case 'WITHDRAWN':
      return caseNotOpen(state, action);
    case 'AWAITING_INFORMATION':
      return caseAwaitingInformation(action);
    case 'RECEIVED':
    case 'ASSIGNED':
      return mayWorkOn(state, context) ? null : notAssignedToActor();
    default: {
      const unknownState: never = state;
      return refuse(
        'CASE_NOT_OPEN',
        `Estado desconocido: ${String((unknownState as { status?: unknown }).status)}.`,
      );
    }
  }
}

function accessDecisionRefusal(state: PqrsCaseRecord, accessDecision: unknown): DomainError | null {
  if (state.kind === 'INFORMATION_REQUEST' && !isOneOf(ACCESS_DECISIONS, accessDecision)) {
    return refuse(
      'ACCESS_DECISION_REQUIRED',
      'Indique si la respuesta concede, concede parcialmente o niega el acceso a la información (Ley 1712 de 2014).',
      'accessDecision',
    );
  }
  if (state.kind !== 'INFORMATION_REQUEST' && accessDecision !== null) {
    return refuse(
      'ACCESS_DECISION_NOT_APPLICABLE',
      'La decisión sobre el acceso a la información solo se registra al responder solicitudes de información.',
      'accessDecision',
    );
  }
  return null;
}

/**
 * The answer given, and its notice with the letter and the annexes. An answer given verbally (Decreto 1166
 * de 2016) was heard by the petitioner when given: it is notified in the act, and no notice follows.
 */
function answeredWithNotice(
  state: OpenPqrsCase,
  context: DecisionContext,
  answer: CompleteAccessDenial & {
    readonly answer: string;
    readonly answeredAt: Instant;
    readonly accessDecision: AccessDecision | null;
    readonly verbalAnswer: VerbalAnswerMode | null;
    readonly lateEntry: LateEntry | null;
    readonly attachments: readonly AttachmentRef[];
    readonly letter: AnswerLetter | null;
    readonly approvedDraft: number | null;
    readonly templates: NoticeTemplateVersions | undefined;
  },
): readonly PqrsEvent[] {
  const answeredOn = bogotaDateOf(answer.answeredAt);
  return [
    {
      type: 'Answered',
      data: {
        accessDecision: answer.accessDecision,
        accessDenialGround: answer.accessDenialGround,
        accessDenialDetail: answer.accessDenialDetail,
        accessException: answer.accessException,
        accessDenialProvision: answer.accessDenialProvision,
        accessDenialHarm: answer.accessDenialHarm,
        publicVersionDelivered: answer.publicVersionDelivered,
        verbalAnswer: answer.verbalAnswer,
        answer: answer.answer,
        answeredAt: canonicalInstant(answer.answeredAt),
        answeredOn,
        dueDate: state.dueDate,
        onTime: answeredOn <= state.dueDate,
        businessDaysTaken: context.calendar.businessDaysBetween(state.termStartedOn, answeredOn),
        lateEntry: answer.lateEntry,
        attachments: answer.attachments,
        letter: answer.letter,
        approvedDraft: answer.approvedDraft,
      },
    },
    ...(answer.verbalAnswer !== null
      ? []
      : [
          requestNotice(state, context, {
            kind: 'ANSWER',
            follows: 'Answered',
            templates: answer.templates,
            attachments: [
              ...(answer.letter === null ? [] : [answer.letter.attachment]),
              ...answer.attachments,
            ],
          }),
        ]),
  ];
}

function draftAnswer({ data }: DraftAnswer, state: ReceivedState, context: DecisionContext): Decision {
  const refusal = notAnswerable(state, context, 'responder');
  if (refusal !== null) return refusal;
  if (!underReview(state.kind, context)) {
    return refuse(
      'REVIEW_NOT_REQUIRED',
      `Las respuestas a una ${PQRS_KIND_LABELS[state.kind].toLowerCase()} no pasan por visto bueno: responda el caso directamente.`,
    );
  }
  if (isBlank(data.answer)) return refuse('ANSWER_REQUIRED', 'La respuesta no puede estar vacía.', 'answer');
  const accessDecision = data.accessDecision ?? null;
  const accessRefusal = accessDecisionRefusal(state, accessDecision);
  if (accessRefusal !== null) return accessRefusal;
  const denial = accessDenialOf(accessDecision as AccessDecision | null, data);
  if (isDomainError(denial)) return denial;
  return [
    {
      type: 'AnswerDrafted',
      data: {
        draft: (state.answerDraft?.draft ?? 0) + 1,
        answer: data.answer.trim(),
        accessDecision: accessDecision as AccessDecision | null,
        ...denial,
        attachments: data.attachments ?? [],
        draftedAt: canonicalInstant(context.now),
        draftedBy: context.actor.id,
      },
    },
  ];
}

/**
 * The coordinator approves the draft they read: the draft's answer (its sealed text and its files) is
 * given, with the letter the command path issued for it, and sent.
 */
function approveAnswer(command: ApproveAnswer, state: ReceivedState, context: DecisionContext): Decision {
  const refusal = notAnswerable(state, context, 'aprobar la respuesta de');
  if (refusal !== null) return refusal;
  const draft = state.answerDraft;
  if (draft === null || draft.status !== 'DRAFTED') {
    return refuse(
      'NO_DRAFT_TO_REVIEW',
      'El caso no tiene un borrador de respuesta pendiente de visto bueno.',
    );
  }
  if (command.data.draft !== draft.draft) {
    return refuse(
      'DRAFT_CHANGED',
      `El borrador cambió: revise la versión ${draft.draft} antes de aprobarla.`,
      'draft',
    );
  }
  if (draft.draftedBy === context.actor.id) {
    return refuse(
      'SELF_APPROVAL',
      'El visto bueno lo da una persona distinta de quien escribió la respuesta.',
    );
  }
  const open = state as OpenPqrsCase;
  const approvedAt = canonicalInstant(context.now);
  return [
    { type: 'AnswerApproved', data: { draft: draft.draft, approvedAt, draftedBy: draft.draftedBy } },
    // The answer is given when it is approved: its date, and the term's count, are the approval's.
    ...answeredWithNotice(open, context, {
      answer: draft.answer,
      answeredAt: approvedAt,
      accessDecision: draft.accessDecision,
      accessDenialGround: draft.accessDenialGround,
      accessDenialDetail: draft.accessDenialDetail,
      accessException: draft.accessException,
      accessDenialProvision: draft.accessDenialProvision,
      accessDenialHarm: draft.accessDenialHarm,
      publicVersionDelivered: draft.publicVersionDelivered,
      verbalAnswer: null,
      lateEntry: null,
      attachments: draft.attachments,
      letter: command.data.letter ?? null,
      approvedDraft: draft.draft,
      templates: command.data.noticeTemplates,
    }),
  ];
}

/**
 * Art. 22: the case answered by a published joint answer: the link and the case's own Answered (on time or
 * not by its own due date), with its notice to the petitioner. The joint answer is the office's act, given
 * by a coordinator: it does not go through the visto bueno of single answers. The same joint answer again (a
 * retry of a partial run) changes nothing.
 */
function answerJointly({ data }: AnswerJointly, state: ReceivedState, context: DecisionContext): Decision {
  if (state.jointAnswerId !== null && state.jointAnswerId === data.jointAnswerId) return [];
  const refusal = notAnswerable(state, context, 'responder');
  if (refusal !== null) return refusal;
  if (isBlank(data.jointAnswerId)) {
    return refuse('JOINT_ANSWER_REQUIRED', 'Indique la respuesta conjunta.', 'jointAnswerId');
  }
  if (isBlank(data.answer)) return refuse('ANSWER_REQUIRED', 'La respuesta no puede estar vacía.', 'answer');
  if (state.kind === 'INFORMATION_REQUEST') return informationRequestsAnsweredOneByOne();
  const open = state as OpenPqrsCase;
  return [
    {
      type: 'JointAnswerLinked',
      data: { jointAnswerId: data.jointAnswerId, linkedAt: canonicalInstant(context.now) },
    },
    ...answeredWithNotice(open, context, {
      answer: data.answer.trim(),
      answeredAt: context.now,
      accessDecision: null,
      accessDenialGround: null,
      accessDenialDetail: null,
      accessException: null,
      accessDenialProvision: null,
      accessDenialHarm: null,
      publicVersionDelivered: null,
      // A joint answer is published on the web and sent to each petitioner in writing (art. 22).
      verbalAnswer: null,
      lateEntry: null,
      attachments: [],
      letter: data.letter ?? null,
      approvedDraft: null,
      templates: data.noticeTemplates,
    }),
  ];
}

/** Each request for information records its own access decision (Ley 1712 de 2014): no joint answer. */
function informationRequestsAnsweredOneByOne(): DomainError {
  return refuse(
    'JOINT_ANSWER_NOT_FOR_INFORMATION_REQUESTS',
    'Las solicitudes de información se responden una a una, cada una con su decisión sobre el acceso (Ley 1712 de 2014).',
    'radicados',
  );
}

function returnAnswer({ data }: ReturnAnswer, state: ReceivedState, context: DecisionContext): Decision {
  const draft = state.answerDraft;
  if (!isOpen(state) || draft === null || draft.status !== 'DRAFTED') {
    return refuse(
      'NO_DRAFT_TO_REVIEW',
      'El caso no tiene un borrador de respuesta pendiente de visto bueno.',
    );
  }
  if (data.draft !== draft.draft) {
    return refuse('DRAFT_CHANGED', `El borrador cambió: revise la versión ${draft.draft}.`, 'draft');
  }
  if (isBlank(data.remarks)) {
    return refuse('REMARKS_REQUIRED', 'Indique qué debe corregirse en la respuesta.', 'remarks');
  }
  return [
    {
      type: 'AnswerReturned',
      data: { draft: draft.draft, remarks: data.remarks.trim(), returnedAt: canonicalInstant(context.now) },
    },
  ];
}

function close(_command: ClosePqrs, state: ReceivedState, context: DecisionContext): Decision {
  if (state.status === 'CLOSED') return [];
  if (state.status === 'TRANSFERRED' || state.status === 'WITHDRAWN') return caseNotOpen(state, 'cerrar');
  if (state.status !== 'ANSWERED') {
    return refuse('CLOSE_BEFORE_ANSWER', 'Solo se cierra un caso después de responderlo.');
  }
  return [{ type: 'Closed', data: { closedAt: canonicalInstant(context.now) } }];
}

function withdraw({ data }: WithdrawPqrs, state: ReceivedState, context: DecisionContext): Decision {
  if (state.status === 'WITHDRAWN' && state.withdrawalMode === data.mode) return [];
  if (!isOpen(state)) return caseNotOpen(state, 'dar por desistido');
  if (!isOneOf(WITHDRAWAL_MODES, data.mode)) {
    return refuse('INVALID_WITHDRAWAL_MODE', 'El tipo de desistimiento no es válido.', 'mode');
  }
  if (isBlank(data.reason))
    return refuse('REASON_REQUIRED', 'Indique el motivo del desistimiento.', 'reason');
  // Art. 17: only by a motivated act, with its number, once the window (and its extension) has ended.
  const tacitRefusal = tacitWithdrawalRefusal(data, state, context);
  if (tacitRefusal !== null) return tacitRefusal;
  return [
    {
      type: 'Withdrawn',
      data: {
        mode: data.mode,
        reason: data.reason.trim(),
        withdrawnAt: canonicalInstant(context.now),
        actNumber: data.mode === 'TACIT' ? data.actNumber!.trim() : null,
      },
    },
    // A tacit withdrawal is decided by the office and notified; an express one was the petitioner's own.
    ...(data.mode === 'TACIT'
      ? [
          requestNotice(state, context, {
            kind: 'TACIT_WITHDRAWAL_DECREE',
            follows: 'Withdrawn',
            templates: data.noticeTemplates,
          }),
        ]
      : []),
  ];
}

/** What a notice needs of the case: its id, its notices so far, who filed and how they want answers. */
type NoticeSubject = Pick<PqrsCaseRecord, 'radicado' | 'notifications' | 'petitionerId' | 'answerChannel'>;

/**
 * A notice of the case, requested in the decision that records the fact it tells of. To the petitioner
 * by the channel they chose (e-mail when the filing did not say: the sender records a failure when there
 * is no address, and staff then dispatch it by post); an anonymous filing's on its tracking page.
 */
function requestNotice(
  subject: NoticeSubject,
  context: DecisionContext,
  notice: {
    readonly kind: NoticeKind;
    readonly follows: PqrsEvent['type'];
    readonly templates: NoticeTemplateVersions | undefined;
    readonly dueBy?: string;
    readonly attachments?: readonly AttachmentRef[];
    readonly accessCodeRef?: string | null;
    /** Among notices requested in the same decision, the place after the first (0 for the first). */
    readonly offset?: number;
    readonly channel?: NoticeChannel;
    readonly recipient?: NoticeRecipient;
  },
): NotificationRequested {
  const anonymous = subject.petitionerId === null;
  const channel: NoticeChannel =
    notice.channel ?? (anonymous ? 'PORTAL' : (subject.answerChannel ?? 'EMAIL'));
  return {
    type: 'NotificationRequested',
    data: {
      notificationId: nextNotificationId(subject.radicado, subject.notifications, notice.offset ?? 0),
      kind: notice.kind,
      channel,
      recipient: notice.recipient ?? {
        role: 'PETITIONER',
        personId: subject.petitionerId,
        name: null,
        addressRef: null,
      },
      template: { key: notice.kind, version: notice.templates?.[notice.kind] ?? 1 },
      follows: notice.follows,
      requestedAt: canonicalInstant(context.now),
      dueBy: notice.dueBy ?? null,
      attachments: notice.attachments ?? [],
      accessCodeRef: notice.accessCodeRef ?? null,
    },
  };
}

/** A fact dated before the case's latest fact would rewrite its history: refused, naming the field. */
function notBeforeLastFact(state: PqrsCaseRecord, occurredAt: Instant, field: string): DomainError | null {
  if (compareInstants(occurredAt, state.lastFactAt) >= 0) return null;
  return refuse(
    'BEFORE_LAST_FACT',
    `La fecha no puede ser anterior al último hecho registrado del caso (${spanishDate(bogotaDateOf(state.lastFactAt))}).`,
    field,
  );
}

function mayWorkOn(state: Pick<PqrsCaseRecord, 'assignee'>, context: DecisionContext): boolean {
  return context.actor.role !== 'AGENT' || state.assignee?.id === context.actor.id;
}

function notAssignedToActor(): DomainError {
  return refuse('NOT_ASSIGNED_TO_ACTOR', 'Un agente solo puede tramitar los casos que tiene asignados.');
}

const COMMAND_LABELS: Readonly<Record<Exclude<PqrsCommand['type'], NotificationCommandType>, string>> = {
  ReceivePqrs: 'radicar casos',
  AssignPqrs: 'asignar casos',
  RequestInformation: 'pedir al peticionario que complete la petición',
  ProvideInformation: 'registrar la información aportada por el peticionario',
  ExtendDeadline: 'prorrogar el término',
  TransferPqrs: 'trasladar casos por competencia',
  AnswerPqrs: 'responder casos',
  ClosePqrs: 'cerrar casos',
  WithdrawPqrs: 'registrar desistimientos',
  DraftAnswer: 'redactar respuestas para visto bueno',
  ApproveAnswer: 'dar el visto bueno a las respuestas',
  ReturnAnswer: 'devolver respuestas con observaciones',
  EvaluateDenunciationMerit: 'evaluar el mérito de las denuncias anónimas',
  MarkClaimInProcess: 'marcar reclamos en trámite',
  AnswerJointly: 'dar respuestas conjuntas',
  ExtendCompletionWindow: 'prorrogar el plazo para completar la petición',
  RecordCopiesDelivery: 'registrar la entrega de copias',
};

function caseNotOpen(state: PqrsCaseRecord & { readonly status: PqrsStatus }, action: string): DomainError {
  return refuse(
    'CASE_NOT_OPEN',
    `No se puede ${action} el caso ${state.radicado}: está ${PQRS_STATUS_IN_SENTENCES[state.status]}.`,
  );
}

function caseAwaitingInformation(action: string): DomainError {
  return refuse(
    'CASE_AWAITING_INFORMATION',
    `No se puede ${action} el caso mientras espera que el peticionario complete la información.`,
  );
}

function invalidInstant(field: string, what: string): DomainError {
  return refuse(
    'INVALID_INSTANT',
    `La fecha y hora ${what} no es válida (ISO 8601 con zona horaria).`,
    field,
  );
}

export const pqrsDecider: Decider<PqrsCommand, PqrsEvent, PqrsState> = {
  // A case decides on its own calendar: a retroactive change since its version re-counts its term.
  decide: (command, state, context) =>
    decide(
      command,
      state.status === 'NOT_RECEIVED' ? state : termOnCaseCalendar(state, context.calendar),
      context,
    ),
  evolve,
  initialState: initialPqrsState,
};
