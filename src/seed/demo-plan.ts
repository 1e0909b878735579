// What the demo seed plans: the staff, and every command of the year with the instant it is issued and
// who issues it. Plain data: the planner makes it without touching the application, the runner turns each
// step into the @nestjs/cqrs command the GraphQL mutation of the same name would dispatch.
import type { AffiliationType, NoveltyKind } from '../domain/affiliation/events.js';
import type {
  AccessDecision,
  AccessDenialGround,
  PqrsChannel,
  PqrsKind,
  PriorityReason,
  WithdrawalMode,
} from '../domain/pqrs/events.js';
import type { ActorRole, DomainCommand } from '../domain/shared/decider.js';
import type { PlanningAggregateName } from '../features/planning/index.js';
import type { CalendarDate, Instant } from '../domain/shared/time.js';
import type { AnswerDraft, QuestionDraft, SurveyEvaluation } from '../domain/survey/index.js';
import type { InventedPerson } from './demo-texts.js';

/** A staff member of the demo office, named in steps by `key` until the account exists. */
export interface DemoStaffMember {
  readonly key: StaffKey;
  readonly username: string;
  readonly fullName: string;
  readonly role: ActorRole;
  readonly dependency: string;
}

export type StaffKey = string;

/** Where an improvement action comes from, with references still by plan index. */
export type PlannedActionSource =
  | { readonly kind: 'PQRS'; readonly caseIndex: number }
  | {
      readonly kind: 'SURVEY';
      readonly questionId: string;
      readonly from: CalendarDate;
      readonly to: CalendarDate;
    }
  | { readonly kind: 'AUDIT' | 'INDICATOR'; readonly reference: string };

export type PlannedCommand =
  | {
      readonly type: 'ReceivePqrs';
      readonly caseIndex: number;
      readonly kind: PqrsKind;
      readonly channel: PqrsChannel;
      readonly subject: string;
      readonly description: string;
      readonly petitioner: InventedPerson;
      readonly priority: readonly PriorityReason[];
    }
  | { readonly type: 'AssignPqrs'; readonly caseIndex: number; readonly assignee: StaffKey }
  | { readonly type: 'RequestPqrsInformation'; readonly caseIndex: number; readonly note: string }
  | { readonly type: 'ProvidePqrsInformation'; readonly caseIndex: number; readonly note: string }
  | {
      readonly type: 'ExtendPqrsDeadline';
      readonly caseIndex: number;
      readonly newDueDate: CalendarDate;
      readonly reason: string;
    }
  | {
      readonly type: 'TransferPqrs';
      readonly caseIndex: number;
      readonly entity: string;
      readonly reason: string;
    }
  | {
      readonly type: 'AnswerPqrs';
      readonly caseIndex: number;
      readonly answer: string;
      readonly accessDecision: AccessDecision | null;
      /** The legal ground of a denial, total or partial (Ley 1712 de 2014, arts. 18 and 19). */
      readonly accessDenialGround: AccessDenialGround | null;
    }
  | { readonly type: 'ClosePqrs'; readonly caseIndex: number }
  | {
      readonly type: 'WithdrawPqrs';
      readonly caseIndex: number;
      readonly mode: WithdrawalMode;
      readonly reason: string;
    }
  | {
      readonly type: 'ReceiveAffiliation';
      readonly affiliationIndex: number;
      readonly affiliationType: AffiliationType;
      readonly channel: PqrsChannel;
      readonly applicant: InventedPerson;
      /** The plan key of the campaign it came from (`campaign:3`), resolved by PlanningSeedIds.planningId. */
      readonly campaignKey: string | null;
    }
  | { readonly type: 'AssignAffiliation'; readonly affiliationIndex: number; readonly assignee: StaffKey }
  | {
      readonly type: 'SubmitAffiliationDocument';
      readonly affiliationIndex: number;
      readonly documentType: string;
      readonly evidenceReference: string;
    }
  | {
      readonly type: 'RejectAffiliationDocument';
      readonly affiliationIndex: number;
      readonly documentType: string;
      readonly reason: string;
    }
  | { readonly type: 'VerifyAffiliationRequirements'; readonly affiliationIndex: number }
  | { readonly type: 'ApproveAffiliation'; readonly affiliationIndex: number }
  | { readonly type: 'RejectAffiliation'; readonly affiliationIndex: number; readonly reason: string }
  | {
      readonly type: 'NotifyAffiliationDecision';
      readonly affiliationIndex: number;
      readonly channel: PqrsChannel;
    }
  | {
      readonly type: 'ReportAffiliationNovelty';
      readonly affiliationIndex: number;
      readonly kind: NoveltyKind;
      readonly description: string;
      readonly effectiveDate: CalendarDate;
    }
  | {
      readonly type: 'CreateSurveyInstrument';
      readonly name: string;
      readonly questions: readonly QuestionDraft[];
    }
  | {
      readonly type: 'AnswerSurvey';
      readonly responseIndex: number;
      readonly caseIndex: number;
      readonly channel: PqrsChannel;
      readonly answeredOn: CalendarDate;
      readonly evaluation: SurveyEvaluation;
      readonly answers: readonly AnswerDraft[];
      /** The petitioner again (found by document), or null for an anonymous survey. */
      readonly respondent: InventedPerson | null;
    }
  | {
      readonly type: 'FormulateImprovementAction';
      readonly actionIndex: number;
      readonly source: PlannedActionSource;
      readonly problem: string;
      readonly rootCause: string;
      readonly action: string;
      readonly responsible: StaffKey;
      readonly dueDate: CalendarDate;
      /** The non-effective action this one follows. */
      readonly followsActionIndex: number | null;
    }
  | {
      readonly type: 'RecordActionProgress';
      readonly actionIndex: number;
      readonly note: string;
      readonly evidence: string;
    }
  | {
      readonly type: 'VerifyActionEffectiveness';
      readonly actionIndex: number;
      readonly effective: boolean;
      readonly evidence: string;
    }
  | { readonly type: 'CloseImprovementAction'; readonly actionIndex: number }
  | {
      readonly type: 'CreateFaqEntry';
      readonly faqIndex: number;
      readonly question: string;
      readonly answer: string;
      readonly category: string;
      readonly tags: readonly string[];
      readonly linkedCaseIndexes: readonly number[];
    }
  | { readonly type: 'PublishFaqEntry'; readonly faqIndex: number }
  | {
      /** A planning command (plan de acción, campañas, capacitación, riesgos, revisión por la dirección). */
      readonly type: 'RunPlanningCommand';
      readonly aggregate: PlanningAggregateName;
      /**
       * The command, built when the step runs from the ids the seed has given by then (staff accounts,
       * radicados, improvement actions, planning instances by their plan keys).
       */
      readonly build: (ids: PlanningSeedIds) => PlanningSeedCommand;
    };

/** What a planning step may refer to, by the plan's own keys and indexes. */
export interface PlanningSeedIds {
  /** The account id of a demo staff member. */
  staffId(key: StaffKey): string;
  radicado(caseIndex: number): string;
  improvementAction(actionIndex: number): string;
  affiliation(affiliationIndex: number): string;
  /** The id of a planning instance named by the plan (`campaign:3`): the same key, the same id, every run. */
  planningId(key: string): string;
}

/** The instance (null when its look-ups choose it) and the domain command to run on it. */
export interface PlanningSeedCommand {
  readonly id: string | null;
  readonly command: DomainCommand;
}

export type PlannedCommandType = PlannedCommand['type'];

export interface PlannedStep {
  /** When the staff member issues the command (its metadata's issuedAt). */
  readonly at: Instant;
  readonly actor: StaffKey;
  /**
   * The case file the step works on (`pqrs:12`, `affiliation:3`, ...): a subject's steps run in order,
   * different subjects' steps of the same half-day may run side by side (so a step that needs another
   * subject's result is planned on a later day).
   */
  readonly subject: string;
  readonly command: PlannedCommand;
}

export interface DemoPlan {
  readonly seed: string;
  /** First and last Bogotá day of the simulated year. */
  readonly from: CalendarDate;
  readonly until: CalendarDate;
  /** When the staff accounts are created: before any step. */
  readonly startsAt: Instant;
  readonly staff: readonly DemoStaffMember[];
  /** Every step, by instant (ties keep the order they were planned in). */
  readonly steps: readonly PlannedStep[];
}
