// What staff may do on a case from its detail screen, and the form of each step. Which actions show
// mirrors the domain: the role table (PQRS_COMMAND_ROLES in src/domain/pqrs/decide.ts, copied here and
// kept equal by test/web/case-actions.test.ts), the statuses each command accepts, and the agent's
// limit to the cases assigned to them. A step the domain would refuse whatever is typed (an extension
// once the term ran out, reached its double or was already extended once; a request for information after
// the window of art. 17) is not offered, and the screen says why in text, with the domain's own rules and
// words (src/domain/pqrs/extension.ts, src/domain/pqrs/step-windows.ts). A transfer after the window of
// art. 21 is still offered, since the decider records it flagged late, and the screen says so first
// (lateCaseActionNotes). The windows are counted in
// business days, which only the server knows: the case carries their last day
// (Pqrs.informationRequestAllowedUntil, Pqrs.transferAllowedUntil), computed by that same rule. The steps that
// end the case or send what cannot be recalled ask for confirmation first (caseActionConfirmation). Pure:
// the caller passes today.
import { extensionUnavailable } from '../../../src/domain/pqrs/extension.js';
import {
  lateTransferWarning,
  stepWindowClosed,
  type RefusedAfterWindowStep,
} from '../../../src/domain/pqrs/step-windows.js';
import { spanishDate } from '../../../src/domain/shared/time.js';
import type { PqrsKind, PqrsStatus, Role } from '../graphql/generated/graphql.js';
import { ACCESS_DECISION_BY_THE_ANSWER, WITHDRAWAL_MODE_LABELS } from './pqrs-labels.js';
import { ACCESS_DENIAL_GROUND_LABELS } from '../../../src/domain/pqrs/labels.js';
import {
  accessDenialFields,
  accessDenialProblems,
  accessDenialVariables,
  verbalAnswerFields,
  verbalAnswerVariable,
} from './access-denial-form.js';
import { ACCESS_DECISIONS_WITH_GROUND, type AccessDecision } from '../../../src/domain/pqrs/events.js';
import { LATE_ENTRY_REASON_HELP } from './late-entries.js';
import { formatDate } from './report-periods.js';
import { ruleErrorOf, type GraphQLFailure, type RuleError } from './rule-errors.js';
import { ROLE_PRECEDENCE } from './roles.js';

export type CaseAction =
  | 'assign'
  | 'requestInformation'
  | 'provideInformation'
  | 'extend'
  | 'transfer'
  | 'answer'
  | 'close'
  | 'withdraw'
  | 'draftAnswer'
  | 'approveAnswer'
  | 'returnAnswer'
  | 'markClaimInProcess'
  | 'extendCompletionWindow'
  | 'deliverCopies';

/** In the order the buttons show: the usual path first, the endings last. */
export const CASE_ACTIONS: readonly CaseAction[] = [
  'assign',
  'answer',
  'draftAnswer',
  'approveAnswer',
  'returnAnswer',
  'requestInformation',
  'provideInformation',
  'markClaimInProcess',
  'extendCompletionWindow',
  'extend',
  'deliverCopies',
  'transfer',
  'close',
  'withdraw',
];

export type PqrsCaseCommand =
  | 'AssignPqrs'
  | 'RequestInformation'
  | 'ProvideInformation'
  | 'ExtendDeadline'
  | 'TransferPqrs'
  | 'AnswerPqrs'
  | 'ClosePqrs'
  | 'WithdrawPqrs'
  | 'DraftAnswer'
  | 'ApproveAnswer'
  | 'ReturnAnswer'
  | 'MarkClaimInProcess'
  | 'ExtendCompletionWindow'
  | 'RecordCopiesDelivery';

export const CASE_ACTION_COMMANDS: Readonly<Record<CaseAction, PqrsCaseCommand>> = {
  assign: 'AssignPqrs',
  requestInformation: 'RequestInformation',
  provideInformation: 'ProvideInformation',
  extend: 'ExtendDeadline',
  transfer: 'TransferPqrs',
  answer: 'AnswerPqrs',
  close: 'ClosePqrs',
  withdraw: 'WithdrawPqrs',
  draftAnswer: 'DraftAnswer',
  approveAnswer: 'ApproveAnswer',
  returnAnswer: 'ReturnAnswer',
  markClaimInProcess: 'MarkClaimInProcess',
  extendCompletionWindow: 'ExtendCompletionWindow',
  deliverCopies: 'RecordCopiesDelivery',
};

const CASE_MANAGERS: readonly Role[] = ['ADMIN', 'COORDINATOR'];
const CASE_WORKERS: readonly Role[] = ['ADMIN', 'COORDINATOR', 'AGENT'];

/** The domain's PQRS_COMMAND_ROLES, for the commands of a case already received. */
export const PQRS_CASE_COMMAND_ROLES: Readonly<Record<PqrsCaseCommand, readonly Role[]>> = {
  AssignPqrs: CASE_MANAGERS,
  RequestInformation: CASE_WORKERS,
  ProvideInformation: CASE_MANAGERS,
  ExtendDeadline: CASE_MANAGERS,
  TransferPqrs: CASE_MANAGERS,
  AnswerPqrs: CASE_WORKERS,
  ClosePqrs: CASE_MANAGERS,
  WithdrawPqrs: CASE_MANAGERS,
  DraftAnswer: CASE_WORKERS,
  ApproveAnswer: CASE_MANAGERS,
  ReturnAnswer: CASE_MANAGERS,
  MarkClaimInProcess: CASE_WORKERS,
  // The petitioner asks on the tracking page too (CITIZEN), or staff record what they asked by other means.
  ExtendCompletionWindow: CASE_WORKERS,
  RecordCopiesDelivery: CASE_WORKERS,
};

const OPEN: readonly PqrsStatus[] = ['RECEIVED', 'ASSIGNED', 'AWAITING_INFORMATION'];
/** Open with its term running: not stopped awaiting the petitioner (art. 17). */
const RUNNING: readonly PqrsStatus[] = ['RECEIVED', 'ASSIGNED'];

/** The statuses in which the domain takes each command. */
const ACTION_STATUSES: Readonly<Record<CaseAction, readonly PqrsStatus[]>> = {
  assign: OPEN,
  requestInformation: RUNNING,
  provideInformation: ['AWAITING_INFORMATION'],
  extend: RUNNING,
  transfer: OPEN,
  answer: RUNNING,
  close: ['ANSWERED'],
  withdraw: OPEN,
  draftAnswer: RUNNING,
  approveAnswer: RUNNING,
  returnAnswer: OPEN,
  // The legend goes on the complete reclamo (Ley 1581 de 2012, art. 15): not while awaiting the petitioner.
  markClaimInProcess: RUNNING,
  extendCompletionWindow: ['AWAITING_INFORMATION'],
  // Positive silence owes the copies whether the case is still open or was answered late.
  deliverCopies: ['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED'],
};

/** The steps an agent may take only on the cases assigned to them (decide's mayWorkOn). */
const ASSIGNEE_ONLY_FOR_AGENTS: ReadonlySet<CaseAction> = new Set([
  'requestInformation',
  'answer',
  'draftAnswer',
  'markClaimInProcess',
  'extendCompletionWindow',
  'deliverCopies',
]);

/**
 * The coordinator's review of a draft: offered beside the draft itself (the case's "Respuesta en
 * revisión"), not in the row of steps.
 */
export const REVIEW_ACTIONS: ReadonlySet<CaseAction> = new Set(['approveAnswer', 'returnAnswer']);

export const CASE_ACTION_LABELS: Readonly<Record<CaseAction, string>> = {
  assign: 'Asignar',
  requestInformation: 'Pedir información',
  provideInformation: 'Registrar información aportada',
  extend: 'Prorrogar',
  transfer: 'Trasladar por competencia',
  answer: 'Responder',
  close: 'Cerrar el caso',
  withdraw: 'Registrar desistimiento',
  draftAnswer: 'Enviar a visto bueno',
  approveAnswer: 'Aprobar y enviar',
  returnAnswer: 'Devolver con observaciones',
  markClaimInProcess: 'Marcar reclamo en trámite',
  extendCompletionWindow: 'Registrar prórroga del plazo para completar',
  deliverCopies: 'Registrar entrega de copias',
};

/** What the page says once the step is recorded (the status chip shows the rest). */
export const CASE_ACTION_DONE: Readonly<Record<CaseAction, string>> = {
  assign: 'Caso asignado.',
  requestInformation: 'Requerimiento registrado: el término queda suspendido (art. 17).',
  provideInformation: 'Información registrada: el término vuelve a correr.',
  extend: 'Prórroga registrada.',
  transfer: 'Traslado por competencia registrado.',
  answer: 'Respuesta registrada.',
  close: 'Caso cerrado.',
  withdraw: 'Desistimiento registrado.',
  draftAnswer: 'Borrador enviado a visto bueno: un coordinador lo aprueba o lo devuelve.',
  approveAnswer: 'Visto bueno dado: la respuesta queda dada con su oficio y se envía al peticionario.',
  returnAnswer: 'Borrador devuelto con observaciones.',
  markClaimInProcess: 'Leyenda «reclamo en trámite» registrada (art. 15 de la Ley 1581 de 2012).',
  extendCompletionWindow:
    'Prórroga registrada: el plazo para completar se amplía por un término igual (art. 17).',
  deliverCopies: 'Entrega de las copias registrada (art. 14 num. 1).',
};

export interface CaseUser {
  readonly id: string;
  readonly roles: readonly Role[];
}

/** DRAFTED: waits for a coordinator's approval; RETURNED: sent back with remarks (AnswerDraftView). */
export type AnswerDraftStatus = 'DRAFTED' | 'RETURNED';

export interface CaseSubject {
  readonly kind: PqrsKind;
  readonly status: PqrsStatus;
  readonly assigneeId: string | null;
  /** The answer in review (visto bueno), if any, with the account that drafted it. */
  readonly answerDraft?: {
    readonly draft: number;
    readonly status: AnswerDraftStatus;
    readonly draftedById?: string | null;
  } | null;
  /**
   * The kind's answers go through review (VENTANILLA_REVIEW_KINDS): the case says so
   * (Pqrs.answerReviewRequired), and a refused direct answer (ANSWER_REVIEW_REQUIRED) says it too should
   * the setting change while the page is open.
   */
  readonly answerReviewed?: boolean;
  /** A habeas data reclamo already marked "reclamo en trámite" (Pqrs.claimInProcessMark): not offered again. */
  readonly claimInProcessMarked?: boolean;
  /**
   * The copies of a request accepted by positive silence (art. 14.1) are owed and not yet delivered
   * (Pqrs.positiveSilence, judged by the server on today); absent: not owed.
   */
  readonly copiesOwed?: boolean;
}

/** Whether answering the case means drafting for review rather than answering outright. */
export function answersGoThroughReview(subject: CaseSubject): boolean {
  return Boolean(subject.answerReviewed) || Boolean(subject.answerDraft);
}

/** The role the server acts in for the action: the guard's pick, the most privileged one allowed. */
export function actingRoleFor(roles: readonly Role[], action: CaseAction): Role | null {
  const allowed = PQRS_CASE_COMMAND_ROLES[CASE_ACTION_COMMANDS[action]];
  return ROLE_PRECEDENCE.find((role) => allowed.includes(role) && roles.includes(role)) ?? null;
}

/** Whether the user wrote the draft in review: the visto bueno is someone else's (SELF_APPROVAL). */
function draftedBy(user: CaseUser, subject: CaseSubject): boolean {
  return Boolean(subject.answerDraft?.draftedById) && subject.answerDraft?.draftedById === user.id;
}

/** What the answer's review asks of the case before the action may be taken, beyond role and status. */
function reviewAllows(user: CaseUser, subject: CaseSubject, action: CaseAction): boolean {
  switch (action) {
    case 'answer':
      return !answersGoThroughReview(subject);
    case 'draftAnswer':
      return answersGoThroughReview(subject);
    case 'approveAnswer':
      return subject.answerDraft?.status === 'DRAFTED' && !draftedBy(user, subject);
    case 'returnAnswer':
      return subject.answerDraft?.status === 'DRAFTED';
    case 'markClaimInProcess':
      // Only a habeas data reclamo takes the legend, once (NOT_A_HABEAS_DATA_CLAIM otherwise).
      return subject.kind === 'HABEAS_DATA_CLAIM' && !subject.claimInProcessMarked;
    case 'deliverCopies':
      return subject.kind === 'INFORMATION_REQUEST' && subject.copiesOwed === true;
    default:
      return true;
  }
}

export const SELF_APPROVAL_NOTE = 'Otra persona debe dar el visto bueno';

/**
 * Why the user, who could approve drafts, is not offered this one: they wrote it. Null when approving is
 * offered or was never theirs to give (an agent, a draft returned).
 */
export function selfApprovalNote(user: CaseUser, subject: CaseSubject): string | null {
  if (!draftedBy(user, subject) || subject.answerDraft?.status !== 'DRAFTED') return null;
  const role = actingRoleFor(user.roles, 'approveAnswer');
  if (role === null || !ACTION_STATUSES.approveAnswer.includes(subject.status)) return null;
  return `${SELF_APPROVAL_NOTE}: usted escribió este borrador.`;
}

export function mayTakeAction(user: CaseUser, subject: CaseSubject, action: CaseAction): boolean {
  const role = actingRoleFor(user.roles, action);
  if (role === null || !ACTION_STATUSES[action].includes(subject.status)) return false;
  if (!reviewAllows(user, subject, action)) return false;
  return role !== 'AGENT' || !ASSIGNEE_ONLY_FOR_AGENTS.has(action) || subject.assigneeId === user.id;
}

/** The actions to offer on the case, in button order (the review's among them); none for an auditor. */
export function availableCaseActions(user: CaseUser, subject: CaseSubject): CaseAction[] {
  return CASE_ACTIONS.filter((action) => mayTakeAction(user, subject, action));
}

// ---- What cannot succeed, and what waits on someone else ----------------------------------------------

/**
 * The dates the date-bound rules read: the term (Pqrs.dueDate, Pqrs.maxDueDate), the day it was extended
 * (Pqrs.extendedOn: one extension per case) and the last day of the
 * art. 17 and art. 21 windows (null or absent when the case's status does not take the step).
 */
export interface CaseTerm {
  readonly dueDate: string;
  readonly maxDueDate: string;
  readonly extendedOn?: string | null;
  readonly informationRequestAllowedUntil?: string | null;
  readonly transferAllowedUntil?: string | null;
  /** Awaiting the petitioner (art. 17): the first day of tacit withdrawal, and the day the window was extended. */
  readonly tacitWithdrawalFrom?: string | null;
  readonly completionWindowExtendedOn?: string | null;
}

/** The steps refused after a window after receipt, and where the case carries its last day. */
const WINDOWED_ACTIONS: readonly {
  readonly action: CaseAction;
  readonly step: RefusedAfterWindowStep;
  readonly until: (term: CaseTerm) => string | null | undefined;
}[] = [
  {
    action: 'requestInformation',
    step: 'REQUEST_INFORMATION',
    until: (term) => term.informationRequestAllowedUntil,
  },
];

export interface UnavailableCaseAction {
  readonly action: CaseAction;
  /** The domain's refusal, in its Spanish words. */
  readonly reason: string;
}

/**
 * The steps the user's role and the case's status allow but the domain refuses today whatever the form
 * says, each with the domain's reason. They are not offered as buttons; the reason is shown instead.
 */
export function unavailableCaseActions(
  user: CaseUser,
  subject: CaseSubject & CaseTerm,
  today: string,
): UnavailableCaseAction[] {
  const unavailable: UnavailableCaseAction[] = [];
  if (mayTakeAction(user, subject, 'extend')) {
    const refusal = extensionUnavailable(subject, today);
    if (refusal !== null) unavailable.push({ action: 'extend', reason: refusal.message });
  }
  // Art. 17: one extension of the window to complete, asked before it ends (the domain's words).
  if (mayTakeAction(user, subject, 'extendCompletionWindow') && subject.tacitWithdrawalFrom) {
    if (subject.completionWindowExtendedOn) {
      unavailable.push({
        action: 'extendCompletionWindow',
        reason: `El plazo para completar la petición ya se prorrogó el ${spanishDate(subject.completionWindowExtendedOn)}; el art. 17 de la Ley 1755 de 2015 admite una sola prórroga, por un término igual.`,
      });
    } else if (today >= subject.tacitWithdrawalFrom) {
      unavailable.push({
        action: 'extendCompletionWindow',
        reason:
          'El plazo para completar la petición terminó: la prórroga debe pedirse antes de su vencimiento (art. 17 de la Ley 1755 de 2015).',
      });
    }
  }
  for (const { action, step, until } of WINDOWED_ACTIONS) {
    const allowedUntil = until(subject);
    if (!allowedUntil || !mayTakeAction(user, subject, action)) continue;
    const refusal = stepWindowClosed(step, allowedUntil, today, subject.kind);
    if (refusal !== null) unavailable.push({ action, reason: refusal.message });
  }
  // In button order, as the steps they stand for.
  return unavailable.sort(
    (left, right) => CASE_ACTIONS.indexOf(left.action) - CASE_ACTIONS.indexOf(right.action),
  );
}

/**
 * The steps offered today that the domain records flagged late, each with the words said before taking
 * it: the transfer after the five business days of art. 21.
 */
export function lateCaseActionNotes(
  user: CaseUser,
  subject: CaseSubject & CaseTerm,
  today: string,
): UnavailableCaseAction[] {
  const allowedUntil = subject.transferAllowedUntil;
  if (!allowedUntil || !mayTakeAction(user, subject, 'transfer')) return [];
  const warning = lateTransferWarning(allowedUntil, today, subject.kind);
  return warning === null ? [] : [{ action: 'transfer', reason: warning }];
}

/** The steps offered as buttons: those allowed, less those the domain refuses today. */
export function offeredCaseActions(
  user: CaseUser,
  subject: CaseSubject & CaseTerm,
  today: string,
): CaseAction[] {
  const unavailable = new Set(unavailableCaseActions(user, subject, today).map((item) => item.action));
  return availableCaseActions(user, subject).filter((action) => !unavailable.has(action));
}

/** The petitioner was asked to complete the petition (the InformationRequested event's dates). */
export interface InformationRequestDates {
  readonly requestedOn: string;
  readonly tacitWithdrawalFrom: string;
}

/** The last request for information in a case's history, read from its events; null when none. */
export function lastInformationRequest(
  events: readonly { readonly type: string; readonly data?: unknown }[],
): InformationRequestDates | null {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!;
    if (event.type !== 'InformationRequested') continue;
    const data = (event.data ?? {}) as Record<string, unknown>;
    const { requestedOn, tacitWithdrawalFrom } = data;
    return typeof requestedOn === 'string' && typeof tacitWithdrawalFrom === 'string'
      ? { requestedOn, tacitWithdrawalFrom }
      : null;
  }
  return null;
}

const PROVIDE = `«${CASE_ACTION_LABELS.provideInformation}»`;
const WITHDRAW = `«${CASE_ACTION_LABELS.withdraw}»`;

/**
 * While the case waits for the petitioner (art. 17), why the term is stopped and who acts next: the
 * petitioner, online from the tracking of their radicado, or a coordinator who records what they brought
 * (ProvideInformation and WithdrawPqrs belong to coordinators and administrators). Null in any other
 * status. `request` is the last InformationRequested event's dates, when the history is loaded.
 */
export function awaitingInformationNote(
  user: CaseUser,
  subject: CaseSubject,
  request: InformationRequestDates | null,
): string | null {
  if (subject.status !== 'AWAITING_INFORMATION') return null;
  const asked = request
    ? `Esperando la información que se pidió al peticionario el ${spanishDate(request.requestedOn)}`
    : 'Esperando la información que se pidió al peticionario';
  const from = request
    ? `desde el ${spanishDate(request.tacitWithdrawalFrom)}`
    : 'un mes después del requerimiento';
  const whoWithdraws = mayTakeAction(user, subject, 'withdraw')
    ? `regístrelo con ${WITHDRAW}`
    : 'lo registra un coordinador';
  const tacit = ` Si no la aporta, ${from} procede el desistimiento tácito (${whoWithdraws}).`;
  const next = mayTakeAction(user, subject, 'provideInformation')
    ? `El peticionario puede aportarla en línea al consultar su radicado; si llega por otro medio, regístrela con ${PROVIDE}.`
    : `El peticionario puede aportarla en línea al consultar su radicado; si llega por otro medio, un coordinador la registra con ${PROVIDE}.`;
  return `${asked}; el término está suspendido y vuelve a correr completo cuando la aporte. ${next}${tacit}`;
}

/**
 * Why an agent is offered nothing on an open case that is not theirs: only its assignee or a coordinator
 * works it. Null otherwise (a manager, the assignee, an ended case, one waiting for the petitioner).
 */
export function notAssignedNote(user: CaseUser, subject: CaseSubject): string | null {
  if (!['RECEIVED', 'ASSIGNED'].includes(subject.status)) return null;
  if (availableCaseActions(user, subject).length > 0) return null;
  if (actingRoleFor(user.roles, 'answer') !== 'AGENT' || subject.assigneeId === user.id) return null;
  return subject.assigneeId === null
    ? 'El caso aún no está asignado: un coordinador lo asigna a quien lo tramita.'
    : 'El caso está asignado a otro funcionario: lo tramita esa persona o un coordinador.';
}

// ---- Confirmations ----------------------------------------------------------------------------------

/** What a confirmation says: what will happen, its consequence in one sentence, the confirming button. */
export interface Confirmation {
  readonly title: string;
  readonly consequence: string;
  readonly confirmLabel: string;
  /** It ends something (the case): the confirming button reads in the error colour. */
  readonly destructive: boolean;
}

/**
 * The steps that ask "are you sure" before they are sent: those that end the case (closing, a
 * withdrawal, a transfer) and the visto bueno, which sends a numbered letter to the petitioner. An
 * answer does not: its form is the deliberate step and says what happens; nor the steps a later one
 * undoes (assigning, an extension, a request for information). Null for those.
 */
export function caseActionConfirmation(
  action: CaseAction,
  facts: Pick<CaseFacts, 'radicado' | 'answerDraft'>,
): Confirmation | null {
  switch (action) {
    case 'close':
      return {
        title: `¿Cerrar el caso ${facts.radicado}?`,
        consequence: 'Cerrado, el caso no admite más trámites y no puede reabrirse.',
        confirmLabel: 'Cerrar el caso',
        destructive: true,
      };
    case 'withdraw':
      return {
        title: `¿Registrar el desistimiento del caso ${facts.radicado}?`,
        consequence:
          'El caso termina con el desistimiento: no admite más trámites y el registro no puede deshacerse.',
        confirmLabel: 'Registrar desistimiento',
        destructive: true,
      };
    case 'transfer':
      return {
        title: `¿Trasladar el caso ${facts.radicado} por competencia?`,
        consequence:
          'El caso termina aquí: se envía a la entidad indicada, se avisa al peticionario y no puede deshacerse.',
        confirmLabel: 'Trasladar',
        destructive: true,
      };
    case 'approveAnswer':
      return {
        title: `¿Aprobar la respuesta del caso ${facts.radicado}?`,
        consequence: `La respuesta del borrador ${facts.answerDraft?.draft ?? ''} queda dada hoy: se genera el oficio con su número de salida y se envía al peticionario, sin vuelta atrás.`,
        confirmLabel: 'Aprobar y enviar',
        destructive: false,
      };
    default:
      return null;
  }
}

// ---- The form of each action -------------------------------------------------------------------------

/** Field names are the mutation's argument names, so the server's BAD_USER_INPUT field lands on them. */
export type CaseActionField =
  | 'assigneeId'
  | 'dependency'
  | 'note'
  | 'providedAt'
  | 'lateEntryReason'
  | 'newDueDate'
  | 'reason'
  | 'entity'
  | 'entityEmail'
  | 'answer'
  | 'accessDecision'
  | 'accessDenialGround'
  | 'accessDenialDetail'
  | 'accessDenialProvision'
  | 'accessDenialHarm'
  | 'publicVersionDelivered'
  | 'verbalAnswer'
  | 'mode'
  | 'actNumber'
  | 'askedAt'
  | 'deliveredAt'
  | 'remarks';

export interface CaseActionFieldSpec {
  readonly name: CaseActionField;
  readonly label: string;
  readonly kind: 'text' | 'multiline' | 'date' | 'dateTime' | 'user' | 'choice';
  /** Shown when left blank, and the step is not sent; absent for an optional field. */
  readonly requiredMessage?: string;
  readonly helperText?: string;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
}

/** The files a step takes (the answer letter and its annexes, what the petitioner brought). */
export interface CaseActionAttachments {
  readonly label: string;
  readonly helperText: string;
}

export interface CaseActionForm {
  readonly title: string;
  /** What the step does, in a sentence (the legal rule it follows). */
  readonly intro: string;
  readonly submitLabel: string;
  readonly fields: readonly CaseActionFieldSpec[];
  /** Present when the step takes files; they are sent as attachmentIds. */
  readonly attachments?: CaseActionAttachments;
}

/** The steps that take files, by the mutation's attachmentIds argument. */
const ACTIONS_WITH_FILES: ReadonlySet<CaseAction> = new Set(['provideInformation', 'answer', 'draftAnswer']);

export interface CaseFacts extends CaseSubject, CaseTerm {
  readonly radicado: string;
  readonly revision: number;
  /** The channel it was filed by: a petition made verbally may be answered verbally (Decreto 1166). */
  readonly channel?: string;
}

export type CaseActionDraft = Readonly<Partial<Record<CaseActionField, string>>>;

function optionsOf(labels: Readonly<Record<string, string>>) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

const REASON = (requiredMessage: string, label = 'Motivo'): CaseActionFieldSpec => ({
  name: 'reason',
  label,
  kind: 'multiline',
  requiredMessage,
});

/** The answer, and the access decision of a request for information: answered outright or drafted. */
function answerFields(facts: Pick<CaseFacts, 'kind'>): readonly CaseActionFieldSpec[] {
  return [
    {
      name: 'answer',
      label: 'Respuesta',
      kind: 'multiline',
      requiredMessage: 'La respuesta no puede estar vacía.',
    },
    ...(facts.kind === 'INFORMATION_REQUEST'
      ? [
          {
            name: 'accessDecision',
            label: 'Decisión sobre el acceso a la información (Ley 1712 de 2014)',
            kind: 'choice',
            requiredMessage:
              'Indique si la respuesta concede, concede parcialmente o niega el acceso a la información.',
            options: optionsOf(ACCESS_DECISION_BY_THE_ANSWER),
          } satisfies CaseActionFieldSpec,
          {
            name: 'accessDenialGround',
            label: 'Fundamento legal de la negación (Ley 1712 de 2014, arts. 18 y 19)',
            kind: 'choice',
            helperText: 'Obligatorio si la respuesta niega el acceso, total o parcialmente.',
            options: optionsOf(ACCESS_DENIAL_GROUND_LABELS),
          } satisfies CaseActionFieldSpec,
          {
            name: 'accessDenialDetail',
            label: 'Cómo se aplica el fundamento a esta solicitud (opcional)',
            kind: 'multiline',
          } satisfies CaseActionFieldSpec,
          ...accessDenialFields(),
        ]
      : []),
  ];
}

/** Whether the decision in the draft withholds information, in whole or in part: it must state its ground. */
function withholdsAccess(draft: CaseActionDraft): boolean {
  return ACCESS_DECISIONS_WITH_GROUND.includes((draft.accessDecision ?? '') as AccessDecision);
}

export function caseActionForm(action: CaseAction, facts: CaseFacts): CaseActionForm {
  switch (action) {
    case 'assign':
      return {
        title: `Asignar el caso ${facts.radicado}`,
        intro: 'El funcionario asignado tramita y responde el caso.',
        submitLabel: 'Asignar',
        fields: [
          {
            name: 'assigneeId',
            label: 'Funcionario',
            kind: 'user',
            requiredMessage: 'Elija el funcionario a quien se asigna el caso.',
          },
          {
            name: 'dependency',
            label: 'Dependencia',
            kind: 'text',
            helperText: 'Si la deja en blanco, la del funcionario.',
          },
        ],
      };
    case 'requestInformation':
      return {
        title: 'Pedir al peticionario que complete la petición',
        intro:
          'Requerimiento del art. 17 (Ley 1755 de 2015): se hace dentro de los 10 días hábiles siguientes a la radicación y suspende el término hasta que el peticionario responda.',
        submitLabel: 'Enviar requerimiento',
        fields: [
          {
            name: 'note',
            label: 'Información o documentos que faltan',
            kind: 'multiline',
            requiredMessage: 'Indique qué información o documentos faltan.',
          },
        ],
      };
    case 'provideInformation':
      return {
        title: 'Registrar la información aportada',
        intro:
          'El término vuelve a correr completo desde el día hábil siguiente a la fecha en que se aportó.',
        submitLabel: 'Registrar',
        fields: [
          {
            name: 'providedAt',
            label: 'Fecha y hora en que se aportó (hora de Bogotá)',
            kind: 'dateTime',
            requiredMessage: 'Indique cuándo aportó la información el peticionario.',
          },
          {
            name: 'lateEntryReason',
            label: 'Motivo del registro tardío',
            kind: 'multiline',
            helperText: LATE_ENTRY_REASON_HELP,
          },
          {
            name: 'note',
            label: 'Información aportada',
            kind: 'multiline',
            requiredMessage: 'Describa la información que aportó el peticionario.',
          },
        ],
        attachments: {
          label: 'Documentos aportados',
          helperText: 'Los archivos que entregó el peticionario; se envían al elegirlos.',
        },
      };
    case 'extendCompletionWindow':
      return {
        title: 'Registrar la prórroga del plazo para completar',
        intro:
          'El peticionario pidió, antes de que venciera el plazo para completar su petición, prorrogarlo por un término igual (art. 17, Ley 1755 de 2015). Se admite una sola vez.',
        submitLabel: 'Registrar prórroga',
        fields: [
          {
            name: 'askedAt',
            label: 'Fecha y hora en que la pidió (hora de Bogotá)',
            kind: 'dateTime',
            requiredMessage: 'Indique cuándo pidió la prórroga el peticionario.',
          },
          {
            name: 'lateEntryReason',
            label: 'Motivo del registro tardío',
            kind: 'multiline',
            helperText: LATE_ENTRY_REASON_HELP,
          },
        ],
      };
    case 'deliverCopies':
      return {
        title: 'Registrar la entrega de las copias',
        intro:
          'La solicitud se entiende aceptada por silencio administrativo positivo (art. 14 num. 1, Ley 1755 de 2015): las copias se entregan dentro de los 3 días hábiles siguientes; después, la entrega queda registrada como tardía.',
        submitLabel: 'Registrar entrega',
        fields: [
          {
            name: 'deliveredAt',
            label: 'Fecha y hora de la entrega (hora de Bogotá)',
            kind: 'dateTime',
            requiredMessage: 'Indique cuándo se entregaron las copias.',
          },
          {
            name: 'lateEntryReason',
            label: 'Motivo del registro tardío',
            kind: 'multiline',
            helperText: LATE_ENTRY_REASON_HELP,
          },
          {
            name: 'note',
            label: 'Copias entregadas y medio',
            kind: 'multiline',
            requiredMessage: 'Indique qué copias se entregaron y por qué medio.',
          },
        ],
      };
    case 'extend':
      return {
        title: 'Prorrogar el término',
        intro: `La prórroga se concede antes del vencimiento (${formatDate(facts.dueDate)}), con motivo, y no puede pasar del ${formatDate(facts.maxDueDate)} (el doble del término inicial).`,
        submitLabel: 'Prorrogar',
        fields: [
          {
            name: 'newDueDate',
            label: 'Nueva fecha de vencimiento',
            kind: 'date',
            requiredMessage: 'Indique la nueva fecha de vencimiento.',
            helperText: `Un día hábil posterior al ${formatDate(facts.dueDate)} y no después del ${formatDate(facts.maxDueDate)}.`,
          },
          REASON('La prórroga debe ser motivada.'),
        ],
      };
    case 'transfer':
      return {
        title: 'Trasladar por competencia',
        intro:
          'Traslado a la entidad competente dentro de los 5 días hábiles siguientes a la radicación (art. 21, Ley 1755 de 2015). El caso termina aquí.',
        submitLabel: 'Trasladar',
        fields: [
          {
            name: 'entity',
            label: 'Entidad competente',
            kind: 'text',
            requiredMessage: 'Indique la entidad competente.',
          },
          {
            name: 'entityEmail',
            label: 'Correo de la entidad competente',
            kind: 'text',
            helperText:
              'Si lo indica, la copia del traslado se le envía por correo; si no, se registra su envío postal.',
          },
          REASON('El traslado debe ser motivado.'),
        ],
      };
    case 'answer':
      return {
        title: `Responder el caso ${facts.radicado}`,
        intro: `Respuesta de fondo al peticionario; queda a tiempo si se da a más tardar el ${formatDate(facts.dueDate)}.`,
        submitLabel: 'Responder',
        fields: [...answerFields(facts), ...verbalAnswerFields(facts.channel)],
        attachments: {
          label: 'Oficio de respuesta y anexos',
          helperText: 'El peticionario los recibe con la respuesta; se envían al elegirlos.',
        },
      };
    case 'draftAnswer':
      return {
        title: `Enviar a visto bueno la respuesta del caso ${facts.radicado}`,
        intro: `Las respuestas a este tipo de caso las aprueba un coordinador antes de enviarse; al aprobarla, Ventanilla genera el oficio con su número de salida. Queda a tiempo si se aprueba a más tardar el ${formatDate(facts.dueDate)}.`,
        submitLabel: 'Enviar a visto bueno',
        fields: answerFields(facts),
        attachments: {
          label: 'Anexos de la respuesta',
          helperText: 'El oficio lo genera Ventanilla al aprobar la respuesta; se envían al elegirlos.',
        },
      };
    case 'approveAnswer':
      return {
        title: `Aprobar la respuesta del caso ${facts.radicado}`,
        intro: `Con el visto bueno, la respuesta del borrador ${facts.answerDraft?.draft ?? ''} queda dada hoy: se genera el oficio con su número de salida y se envía al peticionario.`,
        submitLabel: 'Aprobar y enviar',
        fields: [],
      };
    case 'returnAnswer':
      return {
        title: 'Devolver la respuesta con observaciones',
        intro: 'Quien escribió la respuesta lee las observaciones y la envía corregida a visto bueno.',
        submitLabel: 'Devolver',
        fields: [
          {
            name: 'remarks',
            label: 'Observaciones',
            kind: 'multiline',
            requiredMessage: 'Indique qué debe corregirse en la respuesta.',
          },
        ],
      };
    case 'markClaimInProcess':
      return {
        title: `Marcar el reclamo ${facts.radicado} como «reclamo en trámite»`,
        intro:
          'Registre que los datos del reclamo quedaron marcados en la base de datos con la leyenda «reclamo en trámite» y su motivo. La ley la pide dentro de los 2 días hábiles siguientes al reclamo completo (art. 15 de la Ley 1581 de 2012); después queda registrada fuera de término.',
        submitLabel: 'Registrar la leyenda',
        fields: [],
      };
    case 'close':
      return {
        title: `Cerrar el caso ${facts.radicado}`,
        intro: 'El caso ya fue respondido; al cerrarlo no admite más trámites.',
        submitLabel: 'Cerrar el caso',
        fields: [],
      };
    case 'withdraw':
      return {
        title: 'Registrar el desistimiento',
        intro:
          facts.status === 'AWAITING_INFORMATION'
            ? 'Expreso, si el peticionario desistió; tácito, si no completó la petición en el plazo del requerimiento (un mes, o dos con su prórroga): se decreta mediante acto administrativo motivado, con su número, y se le notifica (art. 17).'
            : 'El peticionario desistió de su petición; el caso termina aquí.',
        submitLabel: 'Registrar desistimiento',
        fields: [
          ...(facts.status === 'AWAITING_INFORMATION'
            ? [
                {
                  name: 'mode',
                  label: 'Tipo de desistimiento',
                  kind: 'choice',
                  requiredMessage: 'Indique el tipo de desistimiento.',
                  options: optionsOf(WITHDRAWAL_MODE_LABELS),
                } satisfies CaseActionFieldSpec,
                {
                  name: 'actNumber',
                  label: 'Número del acto administrativo (solo desistimiento tácito)',
                  kind: 'text',
                } satisfies CaseActionFieldSpec,
              ]
            : []),
          REASON('Indique el motivo del desistimiento (en el tácito, la motivación del acto).'),
        ],
      };
  }
}

/** The draft a form opens with: the current Bogotá time where a moment is asked for. */
export function initialDraft(action: CaseAction, now: Date): CaseActionDraft {
  if (action === 'provideInformation') return { providedAt: bogotaDateTimeLocal(now) };
  if (action === 'withdraw') return { mode: 'EXPRESS' };
  if (action === 'extendCompletionWindow') return { askedAt: bogotaDateTimeLocal(now) };
  if (action === 'deliverCopies') return { deliveredAt: bogotaDateTimeLocal(now) };
  return {};
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** What is wrong with the draft before sending it, per field (blank required fields, malformed dates). */
export function caseActionProblems(
  form: CaseActionForm,
  draft: CaseActionDraft,
): Partial<Record<CaseActionField, string>> {
  const problems: Partial<Record<CaseActionField, string>> = {};
  for (const field of form.fields) {
    const value = (draft[field.name] ?? '').trim();
    if (value === '') {
      if (field.requiredMessage) problems[field.name] = field.requiredMessage;
    } else if (field.kind === 'date' && !CALENDAR_DATE.test(value)) {
      problems[field.name] = 'Escriba la fecha completa (día, mes y año).';
    } else if (field.kind === 'dateTime' && !LOCAL_DATE_TIME.test(value)) {
      problems[field.name] = 'Escriba la fecha y la hora completas.';
    }
  }
  // A tacit withdrawal is decreed by a numbered act (art. 17): the same rule the domain applies.
  const asksAct = form.fields.some((field) => field.name === 'actNumber');
  if (asksAct && (draft.mode ?? '') === 'TACIT' && (draft.actNumber ?? '').trim() === '') {
    problems.actNumber =
      'El desistimiento tácito se decreta mediante acto administrativo motivado: indique su número.';
  }
  // The ground is asked for by the decision chosen: the same rule the domain applies.
  const asksGround = form.fields.some((field) => field.name === 'accessDenialGround');
  if (asksGround && withholdsAccess(draft) && (draft.accessDenialGround ?? '').trim() === '') {
    problems.accessDenialGround =
      'Indique el fundamento legal de la negación del acceso: una de las excepciones de los artículos 18 y 19 de la Ley 1712 de 2014.';
  }
  if (asksGround && withholdsAccess(draft)) Object.assign(problems, accessDenialProblems(draft));
  return problems;
}

/**
 * The mutation's variables: the draft's fields as the API takes them, the revision the user saw, and the
 * ids of the uploaded files for a step that takes them.
 */
export function caseActionVariables(
  action: CaseAction,
  facts: Pick<CaseFacts, 'radicado' | 'revision' | 'kind' | 'answerDraft'>,
  draft: CaseActionDraft,
  attachmentIds: readonly string[] = [],
): Record<string, unknown> {
  const text = (field: CaseActionField) => (draft[field] ?? '').trim();
  const base = {
    radicado: facts.radicado,
    expectedRevision: facts.revision,
    ...(ACTIONS_WITH_FILES.has(action) ? { attachmentIds: [...attachmentIds] } : {}),
  };
  switch (action) {
    case 'assign':
      return { ...base, assigneeId: text('assigneeId'), dependency: text('dependency') || null };
    case 'requestInformation':
      return { ...base, note: text('note') };
    case 'provideInformation':
      return {
        ...base,
        providedAt: instantOfBogotaLocal(text('providedAt')),
        note: text('note'),
        lateEntryReason: text('lateEntryReason') || null,
      };
    case 'extend':
      return { ...base, newDueDate: text('newDueDate'), reason: text('reason') };
    case 'extendCompletionWindow':
      return {
        ...base,
        askedAt: instantOfBogotaLocal(text('askedAt')),
        lateEntryReason: text('lateEntryReason') || null,
      };
    case 'deliverCopies':
      return {
        ...base,
        deliveredAt: instantOfBogotaLocal(text('deliveredAt')),
        note: text('note'),
        lateEntryReason: text('lateEntryReason') || null,
      };
    case 'transfer':
      return {
        ...base,
        entity: text('entity'),
        entityEmail: text('entityEmail') || null,
        reason: text('reason'),
      };
    case 'answer':
    case 'draftAnswer':
      return {
        ...base,
        answer: text('answer'),
        accessDecision: facts.kind === 'INFORMATION_REQUEST' ? text('accessDecision') || null : null,
        // A ground picked and the decision then changed to a grant is not sent: it would not apply.
        ...(facts.kind === 'INFORMATION_REQUEST' && withholdsAccess(draft)
          ? {
              accessDenialGround: text('accessDenialGround') || null,
              accessDenialDetail: text('accessDenialDetail') || null,
              ...accessDenialVariables(draft),
            }
          : {}),
        ...(action === 'answer' ? verbalAnswerVariable(draft) : {}),
      };
    case 'approveAnswer':
      return { ...base, draft: facts.answerDraft?.draft ?? 0 };
    case 'returnAnswer':
      return { ...base, draft: facts.answerDraft?.draft ?? 0, remarks: text('remarks') };
    case 'close':
    case 'markClaimInProcess':
      return base;
    case 'withdraw':
      return {
        ...base,
        mode: text('mode') || 'EXPRESS',
        reason: text('reason'),
        ...(text('mode') === 'TACIT' ? { actNumber: text('actNumber') } : {}),
      };
  }
}

/** Bogotá is UTC-5 all year (no daylight saving time). */
const BOGOTA_OFFSET_MS = -5 * 3600 * 1000;

/** An instant as a datetime-local value on Bogotá's wall clock, to the minute. */
export function bogotaDateTimeLocal(instant: Date): string {
  return new Date(instant.getTime() + BOGOTA_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local value read on Bogotá's wall clock, as the API's DateTime. */
export function instantOfBogotaLocal(value: string): string {
  return `${value}:00-05:00`;
}

export interface CaseActionRefusal extends RuleError {
  /** Someone else changed the case since it was loaded: reload it before trying again. */
  readonly conflict: boolean;
  /** The domain rule that refused it (ANSWER_REVIEW_REQUIRED, SELF_APPROVAL…), or null. */
  readonly rule: string | null;
}

/** The refusal of a direct answer for a kind whose answers a coordinator approves first. */
export const ANSWER_REVIEW_REQUIRED = 'ANSWER_REVIEW_REQUIRED';

/** The server's refusal of a step, in its own Spanish words; a concurrent change says the case reloaded. */
export function caseActionRefusal(failure: GraphQLFailure | undefined): CaseActionRefusal | null {
  const error = ruleErrorOf(failure, 'No fue posible completar el trámite.');
  if (error === null || failure === undefined) return null;
  const conflict = failure.graphQLErrors.some(
    (graphQLError) => graphQLError.extensions?.['code'] === 'CONCURRENCY_CONFLICT',
  );
  const rule = failure.graphQLErrors[0]?.extensions?.['rule'];
  return conflict
    ? {
        message: `${error.message} Ya se cargaron los datos actuales del caso.`,
        field: null,
        conflict,
        rule: null,
      }
    : { ...error, conflict, rule: typeof rule === 'string' ? rule : null };
}
