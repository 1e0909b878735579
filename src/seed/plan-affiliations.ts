// Plans the year's affiliations: applications by type and channel, some from campaigns; documents checked
// (some rejected and sent again), requirements verified, approved or rejected and notified; novelties of
// some members (data updates, retirements, reactivations); and a few still under review at the end.
import type { AffiliationChecklists } from '../domain/affiliation/checklists.js';
import type { AffiliationType, NoveltyKind } from '../domain/affiliation/events.js';
import type { PqrsChannel } from '../domain/pqrs/events.js';
import { yearOf, type CalendarDate, type Instant } from '../domain/shared/time.js';
import type { PlannedStep, StaffKey } from './demo-plan.js';
import { AFFILIATION_AGENTS, COORDINATOR, RECEPTIONISTS } from './demo-staff.js';
import { campaignKeyOn } from './planning/plan-campaigns.js';
import {
  AFFILIATION_REJECTION_REASONS,
  DOCUMENT_REJECTION_REASONS,
  NOVELTY_DESCRIPTIONS,
  inventedCompany,
  inventedPerson,
} from './demo-texts.js';
import type { OfficeDays } from './office-hours.js';
import { dealByShares, type SeededRandom, type Weighted } from './seeded-random.js';

const TYPE_SHARES: Weighted<AffiliationType> = [
  ['INDIVIDUAL', 0.55],
  ['INDEPENDENT', 0.25],
  ['COMPANY', 0.2],
];

const CHANNELS: Weighted<PqrsChannel> = [
  ['IN_PERSON', 0.35],
  ['WEB', 0.35],
  ['EMAIL', 0.2],
  ['MAIL', 0.1],
];

type AffiliationFate = 'APPROVED' | 'REJECTED' | 'UNDER_REVIEW';

const FATE_SHARES: Weighted<AffiliationFate> = [
  ['APPROVED', 0.74],
  ['REJECTED', 0.16],
  ['UNDER_REVIEW', 0.1],
];

const CAMPAIGN_SHARE = 0.3;
const DOCUMENT_SENT_AGAIN = 0.25;
const WITH_NOVELTY = 0.3;
/** Applicants' documents are numbered after the PQRS petitioners', so nobody is both by accident. */
const APPLICANT_NUMBERS_FROM = 500_000;

export function planAffiliations(
  count: number,
  checklists: AffiliationChecklists,
  days: OfficeDays,
  from: CalendarDate,
  until: CalendarDate,
  random: SeededRandom,
  firstPersonNumber = 0,
): PlannedStep[] {
  const types = dealByShares(random, TYPE_SHARES, count);
  const fates = dealByShares(random, FATE_SHARES, count);
  const businessDays = days.between(from, until);
  const receiptDays = Array.from({ length: count }, () => random.pick(businessDays)).sort();
  return receiptDays.flatMap((receivedOn, index) =>
    planAffiliation(
      index,
      APPLICANT_NUMBERS_FROM + firstPersonNumber + index,
      types[index]!,
      fates[index]!,
      receivedOn,
      checklists,
      days,
      random,
      from,
    ),
  );
}

function planAffiliation(
  affiliationIndex: number,
  applicantNumber: number,
  affiliationType: AffiliationType,
  fate: AffiliationFate,
  receivedOn: CalendarDate,
  checklists: AffiliationChecklists,
  days: OfficeDays,
  random: SeededRandom,
  /** The first day of the year: the campaigns' schedule counts from it. */
  from: CalendarDate,
): PlannedStep[] {
  const subject = `affiliation:${affiliationIndex}`;
  const steps: PlannedStep[] = [];
  let last: Instant | undefined;
  // Steps of one day follow each other within minutes: a clerk checking the documents one by one.
  const add = (day: CalendarDate, actor: StaffKey, command: PlannedStep['command']): void => {
    last = days.instant(day, random, last, 15);
    steps.push({ at: last, actor, subject, command });
  };

  const channel = random.weighted(CHANNELS);
  add(receivedOn, random.pick(RECEPTIONISTS), {
    type: 'ReceiveAffiliation',
    affiliationIndex,
    affiliationType,
    channel,
    applicant:
      affiliationType === 'COMPANY'
        ? inventedCompany(applicantNumber, random)
        : inventedPerson(applicantNumber, random),
    // One draw either way, as when campaigns were free text: the rest of the year's draws stay as they were.
    campaignKey: random.chance(CAMPAIGN_SHARE) ? campaignKeyOn(from, receivedOn, random.next()) : null,
  });
  const agent = random.pick(AFFILIATION_AGENTS);
  const assignedOn = days.after(receivedOn, random.integer(1, 2));
  add(assignedOn, COORDINATOR, { type: 'AssignAffiliation', affiliationIndex, assignee: agent });

  // The documents are checked together on one day; one may be refused and sent again later.
  const documents = checklists[affiliationType];
  const reviewedOn = days.after(assignedOn, random.integer(1, 4));
  const refused = fate === 'REJECTED' || random.chance(DOCUMENT_SENT_AGAIN) ? random.pick(documents) : null;
  const evidence = (documentType: string, folio: number): PlannedStep['command'] => ({
    type: 'SubmitAffiliationDocument',
    affiliationIndex,
    documentType,
    evidenceReference: `Expediente AF-${yearOf(receivedOn)}-${String(affiliationIndex + 1).padStart(5, '0')}, folio ${folio}`,
  });
  // Still under review at the end: the last document never arrives.
  const checkedNow = fate === 'UNDER_REVIEW' ? documents.slice(0, -1) : documents;
  checkedNow.forEach((documentType, folio) => {
    add(
      reviewedOn,
      agent,
      documentType === refused
        ? {
            type: 'RejectAffiliationDocument',
            affiliationIndex,
            documentType,
            reason: random.pick(DOCUMENT_REJECTION_REASONS),
          }
        : evidence(documentType, folio + 1),
    );
  });
  if (fate === 'UNDER_REVIEW') return steps;

  if (fate === 'REJECTED') {
    const rejectedOn = days.after(reviewedOn, random.integer(8, 20));
    add(rejectedOn, COORDINATOR, {
      type: 'RejectAffiliation',
      affiliationIndex,
      reason: random.pick(AFFILIATION_REJECTION_REASONS),
    });
    add(days.after(rejectedOn, random.integer(1, 2)), agent, {
      type: 'NotifyAffiliationDecision',
      affiliationIndex,
      channel,
    });
    return steps;
  }

  let complete = reviewedOn;
  if (refused !== null) {
    complete = days.after(reviewedOn, random.integer(3, 10));
    add(complete, agent, evidence(refused, documents.length + 1));
  }
  const verifiedOn = days.after(complete, 1);
  add(verifiedOn, agent, { type: 'VerifyAffiliationRequirements', affiliationIndex });
  const approvedOn = days.after(verifiedOn, random.integer(1, 3));
  add(approvedOn, COORDINATOR, { type: 'ApproveAffiliation', affiliationIndex });
  add(days.after(approvedOn, random.integer(1, 2)), agent, {
    type: 'NotifyAffiliationDecision',
    affiliationIndex,
    channel,
  });

  if (random.chance(WITH_NOVELTY)) {
    const novelty = (day: CalendarDate, kind: NoveltyKind): void =>
      add(day, agent, {
        type: 'ReportAffiliationNovelty',
        affiliationIndex,
        kind,
        description: random.pick(NOVELTY_DESCRIPTIONS[kind]),
        effectiveDate: day,
      });
    if (random.chance(0.65)) {
      novelty(days.calendarDaysAfter(approvedOn, random.integer(10, 90)), 'DATA_UPDATE');
    } else {
      const retiredOn = days.calendarDaysAfter(approvedOn, random.integer(30, 150));
      novelty(retiredOn, 'RETIREMENT');
      if (random.chance(0.4))
        novelty(days.calendarDaysAfter(retiredOn, random.integer(20, 80)), 'REACTIVATION');
    }
  }
  return steps;
}
