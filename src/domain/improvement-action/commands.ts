// What staff ask of an improvement action. The moment and the actor arrive in the DecisionContext.
import type { AttachmentRef } from '../shared/attachments.js';
import type { CalendarDate } from '../shared/time.js';
import type { ActionSourceKind } from './events.js';

/** The action a new one follows, as the look-ups found it in that action's stream. */
export interface LinkedActionFacts {
  readonly actionId: string;
  /** The result of its last effectiveness check; null when it was never checked. */
  readonly lastVerificationEffective: boolean | null;
}

export type FormulateAction = {
  readonly type: 'FormulateAction';
  readonly data: {
    readonly actionId: string;
    /** `kind` is a string until decide checks it: it comes from outside. */
    readonly source: { readonly kind: ActionSourceKind | string; readonly reference: string };
    readonly problem: string;
    readonly rootCause: string;
    readonly action: string;
    readonly responsibleId: string;
    readonly dueDate: CalendarDate;
    readonly linkedAction: LinkedActionFacts | null;
  };
};

export type RecordProgress = {
  readonly type: 'RecordProgress';
  readonly data: {
    readonly note: string;
    readonly evidence: string;
    /** The evidence itself: minutes, photographs, reports. */
    readonly attachments?: readonly AttachmentRef[];
  };
};

export type VerifyEffectiveness = {
  readonly type: 'VerifyEffectiveness';
  readonly data: {
    readonly effective: boolean;
    readonly evidence: string;
    readonly attachments?: readonly AttachmentRef[];
  };
};

export type CloseAction = { readonly type: 'CloseAction'; readonly data: Record<string, never> };

export type ImprovementActionCommand = FormulateAction | RecordProgress | VerifyEffectiveness | CloseAction;
