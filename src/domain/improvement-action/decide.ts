// Every rule of an improvement action: a command and the action as it stands give the new events or a
// named refusal.
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { bogotaDateOf, canonicalInstant, isCalendarDate, spanishDate } from '../shared/time.js';
import { parseDecisionReference } from '../management-review/events.js';
import { isRadicado } from '../radicado/radicado.js';
import type {
  CloseAction,
  FormulateAction,
  ImprovementActionCommand,
  RecordProgress,
  VerifyEffectiveness,
} from './commands.js';
import { ACTION_SOURCE_KINDS, type ImprovementActionEvent } from './events.js';
import {
  evolve,
  initialImprovementActionState,
  type ClosedAction,
  type ImprovementActionState,
  type OpenAction,
} from './state.js';

type Decision = readonly ImprovementActionEvent[] | DomainError;
type FormulatedState = OpenAction | ClosedAction;

const QUALITY_MANAGERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];
const ACTION_WORKERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR', 'AGENT'];

/**
 * Who may ask for each command (DESIGN.md, Roles): coordinators formulate, check and close; an AGENT
 * further only records progress on the actions they are responsible for.
 */
export const IMPROVEMENT_ACTION_COMMAND_ROLES: Readonly<
  Record<ImprovementActionCommand['type'], readonly ActorRole[]>
> = {
  FormulateAction: QUALITY_MANAGERS,
  RecordProgress: ACTION_WORKERS,
  VerifyEffectiveness: QUALITY_MANAGERS,
  CloseAction: QUALITY_MANAGERS,
};

export function decide(
  command: ImprovementActionCommand,
  state: ImprovementActionState,
  context: DecisionContext,
): Decision {
  if (command.type === 'FormulateAction') return formulate(command, state, context);
  if (state.status === 'NOT_FORMULATED') {
    // The generic "not found" code, so the gateway answers NOT_FOUND as for any other case file.
    return refuse('CASE_NOT_FOUND', 'La acción de mejora no existe: no ha sido formulada.');
  }
  if (!IMPROVEMENT_ACTION_COMMAND_ROLES[command.type].includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS[command.type]);
  }
  switch (command.type) {
    case 'RecordProgress':
      return recordProgress(command, state, context);
    case 'VerifyEffectiveness':
      return verifyEffectiveness(command, state, context);
    case 'CloseAction':
      return close(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

function formulate(
  { data }: FormulateAction,
  state: ImprovementActionState,
  context: DecisionContext,
): Decision {
  if (state.status !== 'NOT_FORMULATED') {
    return refuse('ACTION_ALREADY_FORMULATED', `La acción de mejora ${state.actionId} ya fue formulada.`);
  }
  if (!IMPROVEMENT_ACTION_COMMAND_ROLES.FormulateAction.includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS.FormulateAction);
  }
  const source = data.source;
  if (!isOneOf(ACTION_SOURCE_KINDS, source.kind)) {
    return refuse('INVALID_SOURCE_KIND', 'El origen de la acción de mejora no es válido.', 'source.kind');
  }
  if (isBlank(source.reference)) {
    return refuse(
      'SOURCE_REFERENCE_REQUIRED',
      'Indique la referencia del origen (radicado, encuesta, hallazgo o indicador).',
      'source.reference',
    );
  }
  const reference = source.reference.trim();
  if (source.kind === 'PQRS' && !isRadicado(reference)) {
    return refuse(
      'INVALID_RADICADO',
      'Para una acción originada en una PQRS la referencia es su radicado (PQRS-AAAA-NNNNNN).',
      'source.reference',
    );
  }
  if (source.kind === 'MANAGEMENT_REVIEW' && parseDecisionReference(reference) === null) {
    return refuse(
      'INVALID_DECISION_REFERENCE',
      'Para una acción originada en una revisión por la dirección la referencia es la revisión y el número de su decisión (<id de la revisión>/<número>).',
      'source.reference',
    );
  }
  if (isBlank(data.problem)) {
    return refuse('PROBLEM_REQUIRED', 'Describa el problema o la no conformidad.', 'problem');
  }
  if (isBlank(data.rootCause)) {
    return refuse('ROOT_CAUSE_REQUIRED', 'Indique la causa raíz del problema.', 'rootCause');
  }
  if (isBlank(data.action)) return refuse('ACTION_REQUIRED', 'Describa la acción que se tomará.', 'action');
  if (isBlank(data.responsibleId)) {
    return refuse('RESPONSIBLE_REQUIRED', 'Indique el responsable de la acción.', 'responsibleId');
  }
  if (!isCalendarDate(data.dueDate)) {
    return refuse('INVALID_DATE', 'La fecha límite no es una fecha válida (AAAA-MM-DD).', 'dueDate');
  }
  const today = bogotaDateOf(context.now);
  if (data.dueDate < today) {
    return refuse(
      'DUE_DATE_IN_PAST',
      `La fecha límite no puede ser anterior al día de la formulación (${spanishDate(today)}).`,
      'dueDate',
    );
  }
  const linked = data.linkedAction;
  if (linked !== null && linked.lastVerificationEffective !== false) {
    return refuse(
      'LINKED_ACTION_NOT_INEFFECTIVE',
      `Solo se formula una acción a continuación de otra cuya última verificación de eficacia resultó no eficaz; la acción ${linked.actionId} ${linked.lastVerificationEffective === null ? 'no ha sido verificada' : 'fue eficaz'}.`,
      'linkedActionId',
    );
  }
  return [
    {
      type: 'ActionFormulated',
      data: {
        actionId: data.actionId,
        source: { kind: source.kind, reference },
        problem: data.problem.trim(),
        rootCause: data.rootCause.trim(),
        action: data.action.trim(),
        responsibleId: data.responsibleId,
        dueDate: data.dueDate,
        formulatedAt: canonicalInstant(context.now),
        formulatedOn: today,
        linkedActionId: linked?.actionId ?? null,
      },
    },
  ];
}

function recordProgress(
  { data }: RecordProgress,
  state: FormulatedState,
  context: DecisionContext,
): Decision {
  if (state.status === 'CLOSED') return actionClosed(state, 'registrar avances en');
  if (context.actor.role === 'AGENT' && state.responsibleId !== context.actor.id) {
    return refuse(
      'NOT_ASSIGNED_TO_ACTOR',
      'Un agente solo registra avances de las acciones de mejora de las que es responsable.',
    );
  }
  if (isBlank(data.note)) return refuse('NOTE_REQUIRED', 'Describa el avance.', 'note');
  if (isBlank(data.evidence)) {
    return refuse('EVIDENCE_REQUIRED', 'Indique la evidencia del avance.', 'evidence');
  }
  const today = bogotaDateOf(context.now);
  const note = data.note.trim();
  const evidence = data.evidence.trim();
  const last = state.lastProgress;
  // The same note with the same evidence on the same day is the same report sent twice.
  if (last !== null && last.note === note && last.evidence === evidence && last.recordedOn === today)
    return [];
  return [
    {
      type: 'ProgressRecorded',
      data: {
        note,
        evidence,
        recordedAt: canonicalInstant(context.now),
        recordedOn: today,
        attachments: data.attachments ?? [],
      },
    },
  ];
}

function verifyEffectiveness(
  { data }: VerifyEffectiveness,
  state: FormulatedState,
  context: DecisionContext,
): Decision {
  if (state.status === 'CLOSED') return actionClosed(state, 'verificar la eficacia de');
  if (typeof data.effective !== 'boolean') {
    return refuse('EFFECTIVENESS_REQUIRED', 'Indique si la acción fue eficaz o no.', 'effective');
  }
  if (isBlank(data.evidence)) {
    return refuse('EVIDENCE_REQUIRED', 'Indique la evidencia de la verificación de eficacia.', 'evidence');
  }
  const today = bogotaDateOf(context.now);
  const evidence = data.evidence.trim();
  const last = state.lastVerification;
  if (
    last !== null &&
    last.effective === data.effective &&
    last.evidence === evidence &&
    last.verifiedOn === today
  ) {
    return [];
  }
  if (state.progressNotes === 0) {
    return refuse(
      'EFFECTIVENESS_CHECK_BEFORE_PROGRESS',
      'La eficacia se verifica sobre una acción ejecutada: registre primero al menos un avance con su evidencia.',
    );
  }
  return [
    {
      type: 'EffectivenessVerified',
      data: {
        attachments: data.attachments ?? [],
        effective: data.effective,
        evidence,
        verifiedAt: canonicalInstant(context.now),
        verifiedOn: today,
      },
    },
  ];
}

function close(_command: CloseAction, state: FormulatedState, context: DecisionContext): Decision {
  if (state.status === 'CLOSED') return [];
  const verification = state.lastVerification;
  if (verification === null) {
    return refuse(
      'CLOSE_WITHOUT_EFFECTIVENESS_CHECK',
      'Una acción de mejora solo se cierra después de verificar su eficacia.',
    );
  }
  return [
    {
      type: 'ActionClosed',
      data: {
        effective: verification.effective,
        verifiedOn: verification.verifiedOn,
        closedAt: canonicalInstant(context.now),
        closedOn: bogotaDateOf(context.now),
        dueDate: state.dueDate,
      },
    },
  ];
}

function actionClosed(state: ClosedAction, action: string): DomainError {
  return refuse(
    'ACTION_CLOSED',
    `No se puede ${action} la acción de mejora ${state.actionId}: está cerrada (${state.closedEffective ? 'eficaz' : 'no eficaz'}).`,
  );
}

const COMMAND_LABELS: Readonly<Record<ImprovementActionCommand['type'], string>> = {
  FormulateAction: 'formular acciones de mejora',
  RecordProgress: 'registrar avances de acciones de mejora',
  VerifyEffectiveness: 'verificar la eficacia de acciones de mejora',
  CloseAction: 'cerrar acciones de mejora',
};

export const improvementActionDecider: Decider<
  ImprovementActionCommand,
  ImprovementActionEvent,
  ImprovementActionState
> = {
  decide,
  evolve,
  initialState: initialImprovementActionState,
};
