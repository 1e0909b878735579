// Plans a year of demo activity: a pure function of the seed, the scale, the last day and the business
// calendar, so the same --seed always plans the same year. Nothing here touches the application.
import type { AffiliationChecklists } from '../domain/affiliation/checklists.js';
import type { BusinessCalendar } from '../domain/shared/business-calendar.js';
import { addCalendarDays, addCalendarMonths, type CalendarDate } from '../domain/shared/time.js';
import type { DemoPlan, PlannedStep } from './demo-plan.js';
import { DEMO_STAFF } from './demo-staff.js';
import { bogotaInstant, OFFICE_LAST_MINUTE, OfficeDays } from './office-hours.js';
import { planAffiliations } from './plan-affiliations.js';
import { planPqrs } from './plan-pqrs.js';
import { planPlanning } from './plan-planning.js';
import { planFaq, planImprovementActions, planSurvey } from './plan-quality.js';
import { SeededRandom } from './seeded-random.js';

export interface DemoPlanOptions {
  readonly seed: string;
  /** PQRS cases received in the year; affiliations, surveys and actions scale with it. */
  readonly cases: number;
  /** The last Bogotá day of the simulated year. */
  readonly until: CalendarDate;
  readonly calendar: BusinessCalendar;
  readonly affiliationChecklists: AffiliationChecklists;
  /**
   * Invented people's documents are numbered from here: a seed added with --force to a folder seeded
   * before must not give an earlier petitioner's document to someone else.
   */
  readonly firstPersonNumber?: number;
}

/** The scale of everything else, from the number of cases (with floors so a small demo shows it all). */
export function demoVolumes(cases: number) {
  return {
    cases,
    affiliations: Math.max(12, Math.round(cases / 10)),
    surveyResponses: Math.max(12, Math.round(cases / 10)),
    improvementActions: Math.max(8, Math.round(cases / 100)),
  };
}

export function planDemoYear(options: DemoPlanOptions): DemoPlan {
  const { seed, until, calendar } = options;
  const from = addCalendarDays(addCalendarMonths(until, -12), 1);
  const days = new OfficeDays(calendar);
  const volumes = demoVolumes(options.cases);
  // One generator per part, forked before any draw: a change in one part leaves the others as they were.
  const root = new SeededRandom(`ventanilla-demo/${seed}`);
  const random = {
    pqrs: root.fork('pqrs'),
    affiliations: root.fork('affiliations'),
    survey: root.fork('survey'),
    actions: root.fork('improvement-actions'),
    faq: root.fork('faq'),
    planning: root.fork('planning'),
  };

  const firstPersonNumber = options.firstPersonNumber ?? 0;
  const pqrs = planPqrs(volumes.cases, days, from, until, random.pqrs, firstPersonNumber);
  const actionSteps = planImprovementActions(
    volumes.improvementActions,
    pqrs.cases,
    days,
    from,
    until,
    random.actions,
  );
  const planned: PlannedStep[] = [
    ...pqrs.steps,
    ...planAffiliations(
      volumes.affiliations,
      options.affiliationChecklists,
      days,
      from,
      until,
      random.affiliations,
      firstPersonNumber,
    ),
    ...planSurvey(volumes.surveyResponses, pqrs.cases, days, from, until, random.survey),
    ...actionSteps,
    ...planFaq(pqrs.cases, days, from, random.faq),
    ...planPlanning({
      days,
      from,
      until,
      cases: pqrs.cases,
      affiliations: volumes.affiliations,
      improvementActions: volumes.improvementActions,
      caseAndActionSteps: [...pqrs.steps, ...actionSteps],
      random: (planner) => random.planning.fork(planner),
    }),
  ];
  // What would happen after the last day does not happen: the cases it belongs to stay open.
  const endsAt = bogotaInstant(until, OFFICE_LAST_MINUTE, 59);
  const steps = planned
    .map((step, order) => ({ step, order }))
    .filter(({ step }) => step.at <= endsAt)
    .sort((left, right) => left.step.at.localeCompare(right.step.at) || left.order - right.order)
    .map(({ step }) => step);
  return {
    seed,
    from,
    until,
    startsAt: bogotaInstant(from, 7 * 60),
    staff: DEMO_STAFF,
    steps,
  };
}
