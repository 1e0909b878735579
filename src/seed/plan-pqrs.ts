// Plans the year's PQRS cases: when each arrives, its kind and channel in realistic proportions, who
// works it, and how it ends — answered early, on the due date or late; extended; transferred; completed
// after an art. 17 request or tacitly withdrawn; withdrawn; or still open. Every step is timed to pass
// the domain's rules (src/domain/pqrs/decide.ts): transfer within 5 business days, art. 17 request within
// 10, extension on or before the due date and within twice the term.
import { legalTermOf } from '../domain/pqrs/legal-terms.js';
import {
  ACCESS_DECISIONS_WITH_GROUND,
  type AccessDecision,
  type AccessDenialGround,
  type PqrsChannel,
  type PqrsKind,
  type PriorityReason,
} from '../domain/pqrs/events.js';
import {
  addCalendarDays,
  addCalendarMonths,
  type CalendarDate,
  type Instant,
} from '../domain/shared/time.js';
import type { PlannedStep, StaffKey } from './demo-plan.js';
import { COORDINATOR, RECEPTIONISTS, agentsFor } from './demo-staff.js';
import {
  EXPRESS_WITHDRAWAL_REASONS,
  EXTENSION_REASONS,
  INFORMATION_PROVIDED_NOTES,
  INFORMATION_REQUEST_NOTES,
  TACIT_WITHDRAWAL_REASON,
  TRANSFER_DESTINATIONS,
  answerText,
  caseText,
  inventedPerson,
  type InventedPerson,
} from './demo-texts.js';
import type { OfficeDays } from './office-hours.js';
import { dealByShares, type SeededRandom, type Weighted } from './seeded-random.js';

/** Many petitions and requests for information, few denuncias and petitions between authorities. */
const KIND_SHARES: Weighted<PqrsKind> = [
  ['PETITION', 0.33],
  ['INFORMATION_REQUEST', 0.24],
  ['CLAIM', 0.12],
  ['COMPLAINT', 0.11],
  ['CONSULTATION', 0.07],
  ['SUGGESTION', 0.05],
  ['INTERAUTHORITY', 0.05],
  ['DENUNCIATION', 0.03],
];

/** The web form and e-mail first. */
const CHANNEL_SHARES: Weighted<PqrsChannel> = [
  ['WEB', 0.33],
  ['EMAIL', 0.28],
  ['IN_PERSON', 0.16],
  ['PHONE', 0.11],
  ['MAIL', 0.06],
  ['SOCIAL_MEDIA', 0.06],
];

export type CaseFate =
  | 'ANSWERED'
  | 'EXTENDED'
  | 'INFORMATION_PROVIDED'
  | 'TACIT_WITHDRAWAL'
  | 'EXPRESS_WITHDRAWAL'
  | 'TRANSFERRED'
  /** Assigned and never answered: the overdue backlog. */
  | 'FORGOTTEN';

const FATE_SHARES: Weighted<CaseFate> = [
  ['ANSWERED', 0.808],
  ['EXTENDED', 0.06],
  ['INFORMATION_PROVIDED', 0.045],
  ['TRANSFERRED', 0.035],
  ['TACIT_WITHDRAWAL', 0.02],
  ['EXPRESS_WITHDRAWAL', 0.02],
  ['FORGOTTEN', 0.012],
];

export type Timeliness = 'EARLY' | 'ON_DUE_DATE' | 'LATE';

/** Most answers on time, some on the due date itself, about one in ten late. */
const TIMELINESS_SHARES: Weighted<Timeliness> = [
  ['EARLY', 0.83],
  ['ON_DUE_DATE', 0.07],
  ['LATE', 0.1],
];

const ACCESS_DECISION_SHARES: Weighted<AccessDecision> = [
  ['GRANTED', 0.8],
  ['PARTIALLY_GRANTED', 0.12],
  ['DENIED', 0.08],
];

/** Fewer arrivals in the holiday months, more in the first half of the year; Mondays busiest. */
const MONTH_WEIGHTS = [0.7, 1.0, 1.15, 1.1, 1.1, 1.0, 0.9, 1.0, 1.05, 1.05, 1.0, 0.6];
const WEEKDAY_WEIGHTS = [0, 1.25, 1.05, 1.0, 1.0, 0.85, 0];

/** Cases with a special ending arrive early enough for it to happen within the year (tacit withdrawal: a month). */
const SPECIAL_FATE_MARGIN_DAYS = 70;
const CLOSED_AFTER_ANSWER = 0.88;
const RETURNING_PETITIONER = 0.12;
const PRIORITY_CASES = 0.03;

/** A case as planned: enough for the other planners to link surveys, actions and FAQ entries to it. */
export interface PlannedCase {
  readonly index: number;
  readonly kind: PqrsKind;
  readonly channel: PqrsChannel;
  readonly receivedAt: Instant;
  readonly receivedOn: CalendarDate;
  readonly fate: CaseFate;
  readonly petitioner: InventedPerson;
  readonly assignee: StaffKey;
  /** When it is answered, if it is (the step may still fall after the year ends). */
  readonly answeredOn: CalendarDate | null;
  readonly answeredOnTime: boolean | null;
}

export interface PqrsPlan {
  readonly cases: readonly PlannedCase[];
  readonly steps: readonly PlannedStep[];
}

interface CaseDraft {
  readonly index: number;
  readonly kind: PqrsKind;
  readonly channel: PqrsChannel;
  readonly receivedAt: Instant;
  readonly receivedOn: CalendarDate;
  readonly fate: CaseFate;
  readonly timeliness: Timeliness;
  readonly accessDecision: AccessDecision | null;
  readonly petitioner: InventedPerson;
  readonly priority: readonly PriorityReason[];
}

export function planPqrs(
  count: number,
  days: OfficeDays,
  from: CalendarDate,
  until: CalendarDate,
  random: SeededRandom,
  firstPersonNumber = 0,
): PqrsPlan {
  const drafts = draftCases(count, days, from, until, random, firstPersonNumber);
  const cases: PlannedCase[] = [];
  const steps: PlannedStep[] = [];
  for (const draft of drafts) {
    const planned = planCase(draft, days, random);
    cases.push(planned.plannedCase);
    steps.push(...planned.steps);
  }
  return { cases, steps };
}

function draftCases(
  count: number,
  days: OfficeDays,
  from: CalendarDate,
  until: CalendarDate,
  random: SeededRandom,
  firstPersonNumber: number,
): CaseDraft[] {
  const receipts = arrivalInstants(count, days, from, until, random);
  const kinds = dealByShares(random, KIND_SHARES, count);
  const channels = dealByShares(random, CHANNEL_SHARES, count);

  // Special endings go to cases received early enough for them to play out before the year ends.
  const lastSpecialDay = addCalendarDays(until, -SPECIAL_FATE_MARGIN_DAYS);
  const eligible = receipts.filter(({ day }) => day <= lastSpecialDay).length;
  const fates: CaseFate[] = [
    ...dealByShares(random, FATE_SHARES, eligible),
    ...Array.from({ length: count - eligible }, (): CaseFate => 'ANSWERED'),
  ];
  const answeredCount = fates.filter(isAnsweredFate).length;
  const timeliness = dealByShares(random, TIMELINESS_SHARES, answeredCount);
  const informationRequests = kinds.filter((kind) => kind === 'INFORMATION_REQUEST').length;
  const accessDecisions = dealByShares(random, ACCESS_DECISION_SHARES, informationRequests);

  const petitioners: InventedPerson[] = [];
  return receipts.map(({ day, instant }, index) => {
    const kind = kinds[index]!;
    const fate = fates[index]!;
    const returning = petitioners.length > 0 && random.chance(RETURNING_PETITIONER);
    const petitioner = returning
      ? random.pick(petitioners)
      : inventedPerson(firstPersonNumber + petitioners.length, random);
    if (!returning) petitioners.push(petitioner);
    return {
      index,
      kind,
      channel: channels[index]!,
      receivedAt: instant,
      receivedOn: day,
      fate,
      timeliness: isAnsweredFate(fate) ? timeliness.shift()! : 'EARLY',
      accessDecision: kind === 'INFORMATION_REQUEST' ? accessDecisions.shift()! : null,
      petitioner,
      priority: random.chance(PRIORITY_CASES)
        ? [random.pick<PriorityReason>(['FUNDAMENTAL_RIGHT_RISK', 'JOURNALIST', 'MINOR'])]
        : [],
    };
  });
}

function isAnsweredFate(fate: CaseFate): boolean {
  return fate === 'ANSWERED' || fate === 'EXTENDED' || fate === 'INFORMATION_PROVIDED';
}

/** Receipt moments on business days, weighted by month and weekday, in time order. */
function arrivalInstants(
  count: number,
  days: OfficeDays,
  from: CalendarDate,
  until: CalendarDate,
  random: SeededRandom,
): { day: CalendarDate; instant: Instant }[] {
  const businessDays = days.between(from, until);
  const weights = businessDays.map((day) => {
    const date = new Date(`${day}T00:00:00.000Z`);
    return MONTH_WEIGHTS[date.getUTCMonth()]! * WEEKDAY_WEIGHTS[date.getUTCDay()]!;
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, weight) => {
    cumulative.push(sum + weight);
    return sum + weight;
  }, 0);
  const arrivals = Array.from({ length: count }, () => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    const day = businessDays[low]!;
    return { day, instant: days.instant(day, random) };
  });
  return arrivals.sort((left, right) => left.instant.localeCompare(right.instant));
}

/** One case's steps, each after the one before, all within the rules. */
function planCase(
  draft: CaseDraft,
  days: OfficeDays,
  random: SeededRandom,
): { plannedCase: PlannedCase; steps: PlannedStep[] } {
  const subject = `pqrs:${draft.index}`;
  const caseIndex = draft.index;
  const term = legalTermOf(draft.kind);
  const steps: PlannedStep[] = [];
  let last: Instant = draft.receivedAt;
  const add = (day: CalendarDate, actor: StaffKey, command: PlannedStep['command']): void => {
    last = days.instant(day, random, last);
    steps.push({ at: last, actor, subject, command });
  };

  const text = caseText(draft.kind, random);
  steps.push({
    at: draft.receivedAt,
    actor: random.pick(RECEPTIONISTS),
    subject,
    command: {
      type: 'ReceivePqrs',
      caseIndex,
      kind: draft.kind,
      channel: draft.channel,
      subject: text.subject,
      description: text.description,
      petitioner: draft.petitioner,
      priority: draft.priority,
    },
  });

  // Assigned the same afternoon when it arrives early enough, else the next business day.
  const assignee = random.pick(agentsFor(draft.kind, random));
  const assignedOn =
    draft.receivedAt < `${draft.receivedOn}T20:00:00.000Z` && random.chance(0.6)
      ? draft.receivedOn
      : days.after(draft.receivedOn, 1);
  add(assignedOn, COORDINATOR, { type: 'AssignPqrs', caseIndex, assignee });

  const outcome: { answeredOn: CalendarDate | null } = { answeredOn: null };
  const answer = (day: CalendarDate): void => {
    outcome.answeredOn = day;
    add(day, assignee, {
      type: 'AnswerPqrs',
      caseIndex,
      answer: answerText(draft.kind, draft.accessDecision, random),
      accessDecision: draft.accessDecision,
      accessDenialGround: denialGroundOf(draft.accessDecision, caseIndex),
    });
    if (random.chance(CLOSED_AFTER_ANSWER)) {
      add(days.after(day, random.integer(1, 5)), COORDINATOR, { type: 'ClosePqrs', caseIndex });
    }
  };

  switch (draft.fate) {
    case 'ANSWERED':
      answer(answerDay(days, draft.receivedOn, term, draft.timeliness, random));
      break;
    case 'EXTENDED': {
      const dueDate = days.after(draft.receivedOn, term);
      // Granted on the due date or up to three business days before it; at most twice the term in all.
      const extendedOn = days.after(draft.receivedOn, term - random.integer(0, 3));
      const extraDays = random.integer(Math.ceil(term / 3), term);
      const newDueDate = days.after(dueDate, extraDays);
      add(extendedOn, COORDINATOR, {
        type: 'ExtendPqrsDeadline',
        caseIndex,
        newDueDate,
        reason: random.pick(EXTENSION_REASONS),
      });
      const offset =
        draft.timeliness === 'ON_DUE_DATE'
          ? extraDays
          : draft.timeliness === 'LATE'
            ? extraDays + random.triangular(1, 2, 8)
            : random.integer(1, Math.max(1, extraDays - 1));
      answer(days.after(dueDate, offset));
      break;
    }
    case 'INFORMATION_PROVIDED':
    case 'TACIT_WITHDRAWAL': {
      const requestedOn = days.after(draft.receivedOn, random.integer(2, 9));
      add(requestedOn, assignee, {
        type: 'RequestPqrsInformation',
        caseIndex,
        note: random.pick(INFORMATION_REQUEST_NOTES),
      });
      if (draft.fate === 'TACIT_WITHDRAWAL') {
        // A month without the petitioner's answer; recorded within a few business days after.
        const withdrawnOn = days.after(
          days.onOrAfter(addCalendarMonths(requestedOn, 1)),
          random.integer(0, 3),
        );
        add(withdrawnOn, COORDINATOR, {
          type: 'WithdrawPqrs',
          caseIndex,
          mode: 'TACIT',
          reason: TACIT_WITHDRAWAL_REASON,
        });
        break;
      }
      const providedOn = days.calendarDaysAfter(requestedOn, random.integer(2, 22));
      add(providedOn, COORDINATOR, {
        type: 'ProvidePqrsInformation',
        caseIndex,
        note: random.pick(INFORMATION_PROVIDED_NOTES),
      });
      // The term starts again the day after the information arrived.
      answer(answerDay(days, providedOn, term, draft.timeliness, random, 1));
      break;
    }
    case 'EXPRESS_WITHDRAWAL':
      add(days.after(draft.receivedOn, random.integer(2, Math.min(8, term - 1))), COORDINATOR, {
        type: 'WithdrawPqrs',
        caseIndex,
        mode: 'EXPRESS',
        reason: random.pick(EXPRESS_WITHDRAWAL_REASONS),
      });
      break;
    case 'TRANSFERRED': {
      const [entity, reason] = random.pick(TRANSFER_DESTINATIONS);
      add(days.after(draft.receivedOn, random.integer(2, 5)), COORDINATOR, {
        type: 'TransferPqrs',
        caseIndex,
        entity,
        reason,
      });
      break;
    }
    case 'FORGOTTEN':
      break;
    default: {
      const unknownFate: never = draft.fate;
      throw new RangeError(`Destino de caso desconocido: ${String(unknownFate)}`);
    }
  }

  const { answeredOn } = outcome;
  return {
    plannedCase: {
      index: draft.index,
      kind: draft.kind,
      channel: draft.channel,
      receivedAt: draft.receivedAt,
      receivedOn: draft.receivedOn,
      fate: draft.fate,
      petitioner: draft.petitioner,
      assignee,
      answeredOn,
      answeredOnTime: answeredOn === null ? null : draft.timeliness !== 'LATE',
    },
    steps,
  };
}

/**
 * The answer day counted from the term's start: early answers somewhere in the term (from `earliest`
 * business days on, after the assignment), or exactly on the due date, or a few business days late.
 */
function answerDay(
  days: OfficeDays,
  termStartsAfter: CalendarDate,
  term: number,
  timeliness: Timeliness,
  random: SeededRandom,
  earliest = 2,
): CalendarDate {
  switch (timeliness) {
    case 'EARLY':
      return days.after(termStartsAfter, random.triangular(earliest, Math.round(term * 0.55), term - 1));
    case 'ON_DUE_DATE':
      return days.after(termStartsAfter, term);
    case 'LATE':
      return days.after(termStartsAfter, term + random.triangular(1, 2, 12));
    default: {
      const unknown: never = timeliness;
      throw new RangeError(`Oportunidad desconocida: ${String(unknown)}`);
    }
  }
}

/**
 * The grounds an entity like this one invokes most (its requests are mostly for health records and
 * contracts), taken in turn by case, not from the random stream: adding grounds left the rest of the
 * demo as it was.
 */
const DEMO_DENIAL_GROUNDS: readonly AccessDenialGround[] = [
  'PRIVACY',
  'LIFE_HEALTH_SAFETY',
  'TRADE_SECRETS',
  'DUE_PROCESS',
];

function denialGroundOf(decision: AccessDecision | null, caseIndex: number): AccessDenialGround | null {
  if (decision === null || !ACCESS_DECISIONS_WITH_GROUND.includes(decision)) return null;
  return DEMO_DENIAL_GROUNDS[caseIndex % DEMO_DENIAL_GROUNDS.length]!;
}
