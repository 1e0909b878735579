// Plans each calendar year's training (PIC) from the year's own data, as a coordinator would work it:
// once three PQRS subjects have come in at least three times, the three most frequent are accepted as
// needs and the next one dismissed; some weeks later the improvement actions formulated so far are
// weighed (two accepted, one dismissed). Each accepted need gets a session a month later with five or six
// staff called, and an induction session opens the year; attendance and evaluation are recorded on the
// session's day (about one in ten called is absent). The needs are chosen from the planned receipts and
// formulations recorded before the decision, counted as the proposals count them, so each one decided is
// among those the data propose then.
import {
  addCalendarDays,
  bogotaDateOf,
  yearOf,
  type CalendarDate,
  type Instant,
} from '../../domain/shared/time.js';
import type { TrainingCommand } from '../../domain/training/index.js';
import { subjectKeyOf } from '../../features/faq/read-models/faq-text.js';
import { subjectReferenceOf } from '../../features/planning/training/read-models/subject-reference.js';
import type { PlannedCommand, PlannedStep, PlanningSeedIds, StaffKey } from '../demo-plan.js';
import { COORDINATOR, DEMO_STAFF } from '../demo-staff.js';
import type { OfficeDays } from '../office-hours.js';
import type { PlanningPlanContext } from '../plan-planning.js';
import type { SeededRandom } from '../seeded-random.js';

/** The receipts a subject needs in the year to be proposed (MIN_SUBJECT_RECEIPTS of the proposals). */
const SUBJECT_RECEIPTS = 3;
const SUBJECTS_ACCEPTED = 3;
const ACTIONS_WEIGHED = 3;
const PASSING_SCORE = 70;
const TRAINERS: readonly string[] = [
  'Sandra Milena Ortiz (Talento Humano)',
  'Oficina Jurídica',
  'Germán Alfonso Rincón (Planeación y Calidad)',
  'Proveedor externo: Servicio Nacional de Aprendizaje',
];

type Receipt = Extract<PlannedCommand, { type: 'ReceivePqrs' }>;
type Formulation = Extract<PlannedCommand, { type: 'FormulateImprovementAction' }>;

interface Decision {
  readonly accept: boolean;
  /** What a session about it is called. */
  readonly topic: string;
  readonly needKey: (ids: PlanningSeedIds) => string;
}

export function planTraining(context: PlanningPlanContext): PlannedStep[] {
  const random = context.random('training');
  const steps: PlannedStep[] = [];
  for (let year = yearOf(context.from); year <= yearOf(context.until); year++) {
    steps.push(...planYear(year, context, random));
  }
  return steps;
}

function planYear(year: number, context: PlanningPlanContext, random: SeededRandom): PlannedStep[] {
  const { days, cases } = context;
  const first = maxDate(context.from, `${year}-01-01`);
  const last = minDate(context.until, `${year}-12-31`);
  // Decisions leave a month to hold their sessions within the year.
  const lastDecisionDay = addCalendarDays(last, -30);
  const subject = `training:${year}`;
  const steps: PlannedStep[] = [];
  const at = (day: CalendarDate, notBefore?: Instant) => days.instant(day, random, notBefore);
  const run = (day: CalendarDate, build: (ids: PlanningSeedIds) => TrainingCommand, notBefore?: Instant) => {
    const step: PlannedStep = {
      at: at(day, notBefore),
      actor: COORDINATOR,
      subject,
      command: {
        type: 'RunPlanningCommand',
        aggregate: 'TRAINING',
        build: (ids) => ({ id: String(year), command: build(ids) }),
      },
    };
    steps.push(step);
    return step.at;
  };

  const receipts = context.caseAndActionSteps
    .filter((step): step is PlannedStep & { command: Receipt } => step.command.type === 'ReceivePqrs')
    .filter((step) => yearOf(cases[step.command.caseIndex]!.receivedOn) === year)
    .sort((left, right) => left.at.localeCompare(right.at));
  const formulations = context.caseAndActionSteps
    .filter(
      (step): step is PlannedStep & { command: Formulation } =>
        step.command.type === 'FormulateImprovementAction',
    )
    .filter((step) => yearOf(bogotaDateOf(step.at)) === year)
    .sort((left, right) => left.at.localeCompare(right.at));

  const sessions: { decidedOn: CalendarDate; decisions: Decision[] }[] = [];

  // The subjects: decided the office day after the receipt that makes a third subject frequent.
  // Only the run whose year starts within it decides subjects: a later run appended to the same year
  // (seed --force) could rank a subject differently and contradict a decision, which the plan refuses.
  const subjectRound =
    context.from <= `${year}-01-01` ? subjectDecisions(receipts, days, lastDecisionDay) : null;
  if (subjectRound !== null) {
    for (const decision of subjectRound.decisions) {
      run(subjectRound.day, (ids) => decide(year, decision, ids));
    }
    sessions.push({
      decidedOn: subjectRound.day,
      decisions: subjectRound.decisions.filter((each) => each.accept),
    });
  }

  // The improvement actions: weighed some weeks after the subjects (or after the third formulation).
  const afterSubjects = subjectRound === null ? first : days.after(subjectRound.day, 15);
  const thirdFormulation = formulations[Math.min(ACTIONS_WEIGHED, formulations.length) - 1];
  if (thirdFormulation !== undefined) {
    const actionsDay = maxDate(afterSubjects, days.after(bogotaDateOf(thirdFormulation.at), 1));
    if (actionsDay <= lastDecisionDay) {
      const weighed = formulations
        .filter((step) => bogotaDateOf(step.at) < actionsDay)
        .slice(0, ACTIONS_WEIGHED);
      const decisions = weighed.map((step, index): Decision => ({
        accept: index < ACTIONS_WEIGHED - 1,
        topic: `Taller: ${step.command.problem}`,
        needKey: (ids) => `IMPROVEMENT_ACTION:${ids.improvementAction(step.command.actionIndex)}`,
      }));
      for (const decision of decisions) run(actionsDay, (ids) => decide(year, decision, ids));
      sessions.push({ decidedOn: actionsDay, decisions: decisions.filter((each) => each.accept) });
    }
  }

  // An induction session early in the year, then one per accepted need, a month after its decision.
  const inductionDay = days.calendarDaysAfter(first, 20);
  if (inductionDay <= addCalendarDays(last, -5)) {
    steps.push(
      ...session(
        year,
        `training:${year}:session:0`,
        subject,
        inductionDay,
        days.onOrAfter(first),
        'Inducción: términos de la Ley 1755 de 2015 y atención al ciudadano',
        null,
        days,
        random,
        last,
      ),
    );
  }
  let sessionNumber = 0;
  for (const { decidedOn, decisions } of sessions) {
    for (const decision of decisions) {
      const date = days.calendarDaysAfter(decidedOn, random.integer(20, 40));
      if (yearOf(date) !== year) continue;
      sessionNumber += 1;
      steps.push(
        ...session(
          year,
          `training:${year}:session:${sessionNumber}`,
          subject,
          date,
          days.after(decidedOn, 2),
          decision.topic,
          decision,
          days,
          random,
          last,
        ),
      );
    }
  }
  return steps;
}

/** The subjects decided, and the day: once three subjects are frequent (or none ever are). */
function subjectDecisions(
  receipts: readonly (PlannedStep & { command: Receipt })[],
  days: OfficeDays,
  lastDecisionDay: CalendarDate,
): { day: CalendarDate; decisions: Decision[] } | null {
  const counts = new Map<string, { count: number; subject: string }>();
  for (const receipt of receipts) {
    const key = subjectKeyOf(receipt.command.subject);
    const seen = counts.get(key) ?? { count: 0, subject: receipt.command.subject };
    counts.set(key, { ...seen, count: seen.count + 1 });
    const frequent = [...counts.entries()].filter(([, each]) => each.count >= SUBJECT_RECEIPTS);
    if (frequent.length < SUBJECTS_ACCEPTED + 1) continue;
    // The office day after this receipt: every receipt counted here is recorded by then.
    const day = days.after(bogotaDateOf(receipt.at), 1);
    if (day > lastDecisionDay) return null;
    // Ranked as the proposals rank them: by count, then by key; the first three accepted, the fourth dismissed.
    const ranked = frequent.sort(
      ([leftKey, left], [rightKey, right]) => right.count - left.count || leftKey.localeCompare(rightKey),
    );
    return {
      day,
      decisions: ranked.slice(0, SUBJECTS_ACCEPTED + 1).map(([key, { subject }], index) => ({
        accept: index < SUBJECTS_ACCEPTED,
        topic: `Atención de solicitudes: ${subject}`,
        needKey: () => `PQRS_SUBJECT:${subjectReferenceOf(key)}`,
      })),
    };
  }
  return null;
}

function decide(year: number, decision: Decision, ids: PlanningSeedIds): TrainingCommand {
  const needKey = decision.needKey(ids);
  return decision.accept
    ? { type: 'AcceptTrainingNeed', data: { year, needKey, basis: null } }
    : {
        type: 'DismissTrainingNeed',
        data: {
          year,
          needKey,
          basis: null,
          reason:
            'Se atiende con el ajuste de la respuesta tipo y del procedimiento; no requiere capacitación.',
        },
      };
}

/** Scheduling a session, and on its day (within the demo year) its attendance and evaluation. */
function session(
  year: number,
  /** The plan key its id comes from (`training:2026:session:2`). */
  sessionKey: string,
  subject: string,
  date: CalendarDate,
  scheduledOn: CalendarDate,
  topic: string,
  decision: Decision | null,
  days: OfficeDays,
  random: SeededRandom,
  last: CalendarDate,
): PlannedStep[] {
  const attendees = pickAttendees(random);
  const trainer = random.pick(TRAINERS);
  const scores = attendees.map(() => (random.chance(0.1) ? null : random.integer(50, 100)));
  const schedulingDay = scheduledOn < date ? scheduledOn : date;
  const scheduledAt = days.instant(schedulingDay, random);
  const steps: PlannedStep[] = [
    {
      at: scheduledAt,
      actor: COORDINATOR,
      subject,
      command: {
        type: 'RunPlanningCommand',
        aggregate: 'TRAINING',
        build: (ids) => ({
          id: String(year),
          command: {
            type: 'ScheduleTraining',
            data: {
              year,
              sessionId: ids.planningId(sessionKey),
              topic,
              date,
              trainer,
              attendees: attendees.map((key) => ({
                id: ids.staffId(key),
                active: false,
                roles: [],
                dependency: null,
              })),
              needKeys: decision === null ? [] : [decision.needKey(ids)],
              passingScore: PASSING_SCORE,
            },
          },
        }),
      },
    },
  ];
  if (date <= last) {
    steps.push({
      at: days.instant(date, random, schedulingDay === date ? scheduledAt : undefined),
      actor: COORDINATOR,
      subject,
      command: {
        type: 'RunPlanningCommand',
        aggregate: 'TRAINING',
        build: (ids) => ({
          id: String(year),
          command: {
            type: 'RecordTrainingAttendance',
            data: {
              sessionId: ids.planningId(sessionKey),
              attendance: attendees.map((key, index) => ({
                userId: ids.staffId(key),
                attended: scores[index] !== null,
                score: scores[index] ?? null,
              })),
            },
          },
        }),
      },
    });
  }
  return steps;
}

/** Five or six staff members, the coordinator's team first, never the same one twice. */
function pickAttendees(random: SeededRandom): StaffKey[] {
  const pool = DEMO_STAFF.map((member) => member.key).filter((key) => key !== COORDINATOR);
  const chosen: StaffKey[] = [];
  const wanted = random.integer(5, 6);
  while (chosen.length < wanted) {
    const key = random.pick(pool.filter((each) => !chosen.includes(each)));
    chosen.push(key);
  }
  return chosen;
}

function minDate(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left < right ? left : right;
}

function maxDate(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left > right ? left : right;
}
