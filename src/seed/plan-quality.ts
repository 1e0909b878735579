// Plans the quality side of the year: the satisfaction survey and its responses (first evaluation in
// the first half, second evaluation in the second, linked to answered cases, some with comments);
// improvement actions from PQRS, surveys, audits and indicators, followed up, verified and closed
// effective or not, some overdue; and the FAQ entries published from the case log.
import {
  addCalendarDays,
  addCalendarMonths,
  yearOf,
  type CalendarDate,
  type Instant,
} from '../domain/shared/time.js';
import type { AnswerDraft } from '../domain/survey/index.js';
import type { PlannedActionSource, PlannedStep, StaffKey } from './demo-plan.js';
import { ACTION_RESPONSIBLES, COORDINATOR, QUALITY_LEAD } from './demo-staff.js';
import {
  ACTION_EVIDENCE,
  ACTION_PROGRESS_NOTES,
  AUDIT_ACTION_TEXTS,
  EFFECTIVE_EVIDENCE,
  FAQ_TEXTS,
  INDICATOR_ACTION_TEXTS,
  NOT_EFFECTIVE_EVIDENCE,
  PQRS_ACTION_TEXTS,
  SURVEY_ACTION_TEXT,
  SURVEY_COMMENTS_DISPLEASED,
  SURVEY_COMMENTS_PLEASED,
  SURVEY_NAME,
  SURVEY_QUESTIONS,
  WEAKEST_SURVEY_QUESTION,
  type ActionText,
} from './demo-texts.js';
import type { OfficeDays } from './office-hours.js';
import type { PlannedCase } from './plan-pqrs.js';
import { dealByShares, type SeededRandom, type Weighted } from './seeded-random.js';

export const SURVEY_SUBJECT = 'survey-instrument';
const ANONYMOUS_SURVEYS = 0.2;
const WITH_COMMENT = 0.4;

/**
 * The survey instrument, created on the first business day, and `count` responses to cases answered at
 * least two days before the year ends. Late answers get lower marks; the question on timeliness lowest.
 */
export function planSurvey(
  count: number,
  cases: readonly PlannedCase[],
  days: OfficeDays,
  from: CalendarDate,
  until: CalendarDate,
  random: SeededRandom,
): PlannedStep[] {
  const createdOn = days.onOrAfter(from);
  const steps: PlannedStep[] = [
    {
      at: days.instant(createdOn, random),
      actor: COORDINATOR,
      subject: SURVEY_SUBJECT,
      command: {
        type: 'CreateSurveyInstrument',
        name: SURVEY_NAME,
        questions: SURVEY_QUESTIONS.map(({ id, text, kind }) => ({ id, text, kind })),
      },
    },
  ];
  const secondEvaluationFrom = addCalendarMonths(from, 6);
  const lastDay = addCalendarDays(until, -2);
  const surveyed = random
    .shuffle(cases.filter((planned) => planned.answeredOn !== null && planned.answeredOn < lastDay))
    .slice(0, count)
    .sort((left, right) => left.index - right.index);
  surveyed.forEach((planned, responseIndex) => {
    const answeredOn = days.calendarDaysAfter(planned.answeredOn!, random.integer(1, 7));
    if (answeredOn > until) return;
    steps.push({
      at: days.instant(answeredOn, random),
      actor: planned.assignee,
      subject: `survey-response:${responseIndex}`,
      command: {
        type: 'AnswerSurvey',
        responseIndex,
        caseIndex: planned.index,
        channel: planned.channel,
        answeredOn,
        evaluation: answeredOn < secondEvaluationFrom ? 'FIRST' : 'SECOND',
        answers: surveyAnswers(planned.answeredOnTime === true, random),
        respondent: random.chance(ANONYMOUS_SURVEYS) ? null : planned.petitioner,
      },
    });
  });
  return steps;
}

/**
 * One respondent's answers: a mood from how their case went, nudged per question. Tuned so the overall
 * index sits just above the 80 % threshold and the question on timeliness well below it.
 */
function surveyAnswers(answeredOnTime: boolean, random: SeededRandom): AnswerDraft[] {
  const mood = answeredOnTime
    ? random.weighted<number>([
        [5, 0.6],
        [4, 0.35],
        [3, 0.04],
        [2, 0.01],
      ])
    : random.integer(1, 3);
  const answers: AnswerDraft[] = [];
  for (const question of SURVEY_QUESTIONS) {
    switch (question.kind) {
      case 'SCALE_1_5': {
        const drift =
          question.id === WEAKEST_SURVEY_QUESTION
            ? random.weighted<number>([
                [0, 0.6],
                [-1, 0.3],
                [-2, 0.1],
              ])
            : random.weighted<number>([
                [0, 0.8],
                [1, 0.12],
                [-1, 0.08],
              ]);
        answers.push({ questionId: question.id, score: clampScore(mood + drift), yes: null, text: null });
        break;
      }
      case 'YES_NO':
        answers.push({
          questionId: question.id,
          score: null,
          yes: mood >= 3 || random.chance(0.2),
          text: null,
        });
        break;
      case 'FREE_TEXT':
        if (random.chance(WITH_COMMENT)) {
          const comments = mood >= 4 ? SURVEY_COMMENTS_PLEASED : SURVEY_COMMENTS_DISPLEASED;
          answers.push({ questionId: question.id, score: null, yes: null, text: random.pick(comments) });
        }
        break;
    }
  }
  return answers;
}

function clampScore(score: number): number {
  return Math.min(5, Math.max(1, score));
}

type ActionFate = 'CLOSED_EFFECTIVE' | 'CLOSED_NOT_EFFECTIVE' | 'OVERDUE' | 'OPEN';
type ActionSourceKind = PlannedActionSource['kind'];

const SOURCE_SHARES: Weighted<ActionSourceKind> = [
  ['PQRS', 0.4],
  ['AUDIT', 0.3],
  ['INDICATOR', 0.15],
  ['SURVEY', 0.15],
];

const ACTION_FATE_SHARES: Weighted<ActionFate> = [
  ['CLOSED_EFFECTIVE', 0.45],
  ['CLOSED_NOT_EFFECTIVE', 0.15],
  ['OPEN', 0.25],
  ['OVERDUE', 0.15],
];

/** Survey-sourced actions point at one quarter's result each; a year holds three before its last. */
const SURVEY_QUARTERS = 3;

/**
 * `count` improvement actions (and a follow-up for some of those found not effective). Closed and overdue
 * ones are formulated early enough for their due dates to pass within the year; open ones late.
 */
export function planImprovementActions(
  count: number,
  cases: readonly PlannedCase[],
  days: OfficeDays,
  from: CalendarDate,
  until: CalendarDate,
  random: SeededRandom,
): PlannedStep[] {
  const fates = dealByShares(random, ACTION_FATE_SHARES, count);
  const sources = dealByShares(random, SOURCE_SHARES, count);
  const steps: PlannedStep[] = [];
  let nextIndex = count;
  let surveyQuarter = 0;
  fates.forEach((fate, actionIndex) => {
    const formulatedOn =
      fate === 'OPEN'
        ? days.anyBetween(addCalendarDays(until, -80), addCalendarDays(until, -10), random)
        : days.anyBetween(
            addCalendarDays(from, 20),
            addCalendarDays(until, fate === 'OVERDUE' ? -110 : -160),
            random,
          );
    // One survey-sourced action per quarter's result; and a case-sourced one needs an earlier case.
    let kind = sources[actionIndex]!;
    if (kind === 'SURVEY' && surveyQuarter >= SURVEY_QUARTERS) kind = 'AUDIT';
    if (kind === 'PQRS' && !cases.some((planned) => planned.receivedOn < formulatedOn)) kind = 'AUDIT';
    const { source, text } = actionSource(kind, formulatedOn, surveyQuarter, cases, days, from, random);
    if (source.kind === 'SURVEY') surveyQuarter++;
    const planned = planAction(actionIndex, fate, source, text, formulatedOn, null, days, until, random);
    steps.push(...planned.steps);
    // Half the actions found not effective are followed by a new one, linked to them, which works when
    // there is time left in the year to see it through.
    if (fate === 'CLOSED_NOT_EFFECTIVE' && planned.verifiedOn !== null && random.chance(0.5)) {
      const followUpOn = days.after(planned.verifiedOn, random.integer(1, 5));
      const followUpFate = followUpOn <= addCalendarDays(until, -160) ? 'CLOSED_EFFECTIVE' : 'OPEN';
      if (followUpOn <= until) {
        steps.push(
          ...planAction(nextIndex++, followUpFate, source, text, followUpOn, actionIndex, days, until, random)
            .steps,
        );
      }
    }
  });
  return steps;
}

function actionSource(
  kind: ActionSourceKind,
  formulatedOn: CalendarDate,
  surveyQuarter: number,
  cases: readonly PlannedCase[],
  days: OfficeDays,
  from: CalendarDate,
  random: SeededRandom,
): { source: PlannedActionSource; text: ActionText } {
  switch (kind) {
    case 'PQRS': {
      // A complaint or claim from the weeks before, or any earlier case if there is none.
      const earlier = cases.filter((planned) => planned.receivedOn < formulatedOn);
      const recent = earlier.filter(
        (planned) =>
          (planned.kind === 'COMPLAINT' || planned.kind === 'CLAIM') &&
          planned.receivedOn >= addCalendarDays(formulatedOn, -60),
      );
      const origin = random.pick(recent.length > 0 ? recent : earlier);
      return { source: { kind: 'PQRS', caseIndex: origin.index }, text: random.pick(PQRS_ACTION_TEXTS) };
    }
    case 'SURVEY': {
      const quarterFrom = addCalendarMonths(from, 3 * surveyQuarter);
      const quarterTo = addCalendarDays(addCalendarMonths(quarterFrom, 3), -1);
      return {
        source: { kind: 'SURVEY', questionId: WEAKEST_SURVEY_QUESTION, from: quarterFrom, to: quarterTo },
        text: SURVEY_ACTION_TEXT,
      };
    }
    case 'AUDIT':
      return {
        source: {
          kind: 'AUDIT',
          reference: `Auditoría interna de calidad ${yearOf(formulatedOn)}, hallazgo ${random.integer(1, 12)}`,
        },
        text: random.pick(AUDIT_ACTION_TEXTS),
      };
    case 'INDICATOR':
      return {
        source: {
          kind: 'INDICATOR',
          reference: `Indicador de oportunidad de respuesta PQRS, corte ${days.onOrAfter(addCalendarDays(formulatedOn, -30)).slice(0, 7)}`,
        },
        text: random.pick(INDICATOR_ACTION_TEXTS),
      };
    default: {
      const unknown: never = kind;
      throw new RangeError(`Origen desconocido: ${String(unknown)}`);
    }
  }
}

function planAction(
  actionIndex: number,
  fate: ActionFate,
  source: PlannedActionSource,
  text: ActionText,
  formulatedOn: CalendarDate,
  followsActionIndex: number | null,
  days: OfficeDays,
  until: CalendarDate,
  random: SeededRandom,
): { steps: PlannedStep[]; verifiedOn: CalendarDate | null } {
  const subject = `action:${actionIndex}`;
  const steps: PlannedStep[] = [];
  let last: Instant | undefined;
  const add = (day: CalendarDate, actor: StaffKey, command: PlannedStep['command']): void => {
    last = days.instant(day, random, last);
    steps.push({ at: last, actor, subject, command });
  };
  // A survey result is known once its quarter is over.
  const formulationDay =
    source.kind === 'SURVEY'
      ? maxDay(formulatedOn, days.after(source.to, random.integer(3, 10)))
      : formulatedOn;
  const dueDate =
    fate === 'OPEN'
      ? days.calendarDaysAfter(maxDay(formulationDay, until), random.integer(15, 75))
      : days.calendarDaysAfter(formulationDay, random.integer(30, 90));
  const responsible = random.pick(ACTION_RESPONSIBLES);
  add(formulationDay, QUALITY_LEAD, {
    type: 'FormulateImprovementAction',
    actionIndex,
    source,
    ...text,
    responsible,
    dueDate,
    followsActionIndex,
  });

  const progressReports = fate === 'OPEN' || fate === 'OVERDUE' ? random.integer(0, 2) : random.integer(1, 3);
  let progressOn = formulationDay;
  for (let report = 0; report < progressReports; report++) {
    progressOn = days.calendarDaysAfter(progressOn, random.integer(7, 25));
    add(progressOn, responsible, {
      type: 'RecordActionProgress',
      actionIndex,
      note: ACTION_PROGRESS_NOTES[report % ACTION_PROGRESS_NOTES.length]!,
      evidence: random.pick(ACTION_EVIDENCE),
    });
  }
  if (fate === 'OPEN' || fate === 'OVERDUE') return { steps, verifiedOn: null };

  const effective = fate === 'CLOSED_EFFECTIVE';
  const verifiedOn = days.calendarDaysAfter(maxDay(progressOn, dueDate), random.integer(1, 30));
  add(verifiedOn, QUALITY_LEAD, {
    type: 'VerifyActionEffectiveness',
    actionIndex,
    effective,
    evidence: random.pick(effective ? EFFECTIVE_EVIDENCE : NOT_EFFECTIVE_EVIDENCE),
  });
  add(days.after(verifiedOn, random.integer(0, 3)), QUALITY_LEAD, {
    type: 'CloseImprovementAction',
    actionIndex,
  });
  return { steps, verifiedOn };
}

function maxDay(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left > right ? left : right;
}

/** Every FAQ entry, written in the first months from cases already received, and published days later. */
export function planFaq(
  cases: readonly PlannedCase[],
  days: OfficeDays,
  from: CalendarDate,
  random: SeededRandom,
): PlannedStep[] {
  return FAQ_TEXTS.flatMap((text, faqIndex) => {
    const createdOn = days.anyBetween(addCalendarDays(from, 20), addCalendarDays(from, 130), random);
    const earlier = cases.filter((planned) => planned.receivedOn < createdOn);
    const linked = random.shuffle(earlier).slice(0, random.integer(0, 2));
    const subject = `faq:${faqIndex}`;
    const createdAt = days.instant(createdOn, random);
    return [
      {
        at: createdAt,
        actor: COORDINATOR,
        subject,
        command: {
          type: 'CreateFaqEntry',
          faqIndex,
          ...text,
          linkedCaseIndexes: linked.map((planned) => planned.index).sort((left, right) => left - right),
        },
      },
      {
        at: days.instant(days.after(createdOn, random.integer(1, 10)), random),
        actor: COORDINATOR,
        subject,
        command: { type: 'PublishFaqEntry', faqIndex },
      },
    ];
  });
}
