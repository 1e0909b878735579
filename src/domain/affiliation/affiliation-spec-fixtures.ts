// Builders shared by the affiliation specs: actors, a fixed Bogotá clock, fresh ids and past events.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import type { AffiliationCommand } from './commands.js';
import { affiliationDecider } from './decide.js';
import type {
  AffiliationAnswered,
  AffiliationApproved,
  AffiliationAssigned,
  AffiliationEvent,
  AffiliationReceived,
  AffiliationRejected,
  DocumentRejected,
  DocumentSubmitted,
  NoveltyReported,
  RequirementsVerified,
} from './events.js';
import type { AffiliationState } from './state.js';

export const calendar = createBusinessCalendar();

export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
export const agent: Actor = { id: 'user-agent', role: 'AGENT' };
export const otherAgent: Actor = { id: 'user-other-agent', role: 'AGENT' };
export const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };

/** A Bogotá wall-clock time on a day, as the UTC instant events store. */
export function at(date: CalendarDate, time = '10:00'): Instant {
  return canonicalInstant(`${date}T${time}:00-05:00`);
}

/** The world on a Bogotá day at a given time, as seen by an actor. */
export function on(date: CalendarDate, actor: Actor = coordinator, time = '11:00'): DecisionContext {
  return { now: at(date, time), actor, calendar };
}

let lastId = 0;
/** An affiliation id no other test uses, so every test has its own stream. */
export function freshAffiliationId(): string {
  lastId += 1;
  return `00000000-0000-4000-8000-${String(lastId).padStart(12, '0')}`;
}

/**
 * Facts are compared with `then`; the notice a decision requests with them with `thenSetsAside`, as
 * `KIND/CHANNEL` (e.g. `AFFILIATION_DECISION/EMAIL`).
 */
export const given = deciderSpecification<AffiliationCommand, AffiliationEvent, AffiliationState>(
  affiliationDecider,
  {
    is: (event) => event.type === 'NotificationRequested',
    summary: (event) =>
      event.type === 'NotificationRequested' ? `${event.data.kind}/${event.data.channel}` : event.type,
  },
);

/** The campaign of the plan the fixtures' applications come from: a fair in Zipaquirá from 27 February 2026. */
export const ZIPAQUIRA_FAIR_ID = '00000000-0000-4000-9999-000000000001';
export const ZIPAQUIRA_FAIR = { campaignId: ZIPAQUIRA_FAIR_ID, startDate: '2026-02-27' } as const;

export const INDIVIDUAL_CHECKLIST = ['IDENTITY_DOCUMENT', 'APPLICATION_FORM', 'PROOF_OF_INCOME'] as const;

/** An individual application received at a fair on Monday 2 March 2026, 10:00. */
export function received(
  affiliationId: string,
  overrides: Partial<AffiliationReceived['data']> = {},
): AffiliationReceived {
  return {
    type: 'Received',
    data: {
      affiliationId,
      affiliationType: 'INDIVIDUAL',
      channel: 'IN_PERSON',
      applicantId: 'person-1',
      applicantVersion: 1,
      campaign: null,
      campaignId: ZIPAQUIRA_FAIR_ID,
      receivedAt: at('2026-03-02'),
      receivedOn: '2026-03-02',
      requiredDocuments: [...INDIVIDUAL_CHECKLIST],
      lateEntry: null,
      requestNumber: null,
      ...overrides,
    },
  };
}

export function assigned(
  assigneeId = agent.id,
  previousAssigneeId: string | null = null,
): AffiliationAssigned {
  return { type: 'Assigned', data: { assigneeId, previousAssigneeId } };
}

export function documentSubmitted(documentType: string, checkedBy = agent.id): DocumentSubmitted {
  return {
    type: 'DocumentSubmitted',
    data: {
      documentType,
      evidenceReference: `expediente/${documentType.toLowerCase()}.pdf`,
      attachments: [],
      checkedBy,
      checkedAt: at('2026-03-03'),
    },
  };
}

export function documentRejected(
  documentType: string,
  reason = 'Documento ilegible.',
  checkedBy = agent.id,
): DocumentRejected {
  return {
    type: 'DocumentRejected',
    data: { documentType, reason, checkedBy, checkedAt: at('2026-03-03') },
  };
}

/** Every document of the individual checklist accepted. */
export function allDocumentsSubmitted(): DocumentSubmitted[] {
  return INDIVIDUAL_CHECKLIST.map((document) => documentSubmitted(document));
}

export function requirementsVerified(): RequirementsVerified {
  return {
    type: 'RequirementsVerified',
    data: {
      verifiedDocuments: [...INDIVIDUAL_CHECKLIST],
      verifiedBy: agent.id,
      verifiedAt: at('2026-03-04'),
    },
  };
}

/** Approved on Friday 6 March 2026, four days after receipt. */
export function approved(memberNumber = 'AF-000123'): AffiliationApproved {
  return {
    type: 'Approved',
    data: {
      memberNumber,
      approvedAt: at('2026-03-06', '11:00'),
      approvedOn: '2026-03-06',
      daysToDecision: 4,
    },
  };
}

export function rejected(reason = 'No cumple los requisitos de ingresos.'): AffiliationRejected {
  return {
    type: 'Rejected',
    data: { reason, rejectedAt: at('2026-03-06', '11:00'), rejectedOn: '2026-03-06', daysToDecision: 4 },
  };
}

export function answered(
  decision: AffiliationAnswered['data']['decision'] = 'APPROVED',
): AffiliationAnswered {
  return { type: 'Answered', data: { decision, channel: 'EMAIL', notifiedAt: at('2026-03-09', '11:00') } };
}

export function noveltyReported(
  kind: NoveltyReported['data']['kind'],
  effectiveDate: CalendarDate,
): NoveltyReported {
  return {
    type: 'NoveltyReported',
    data: {
      kind,
      description: 'Novedad reportada por el afiliado.',
      effectiveDate,
      reportedBy: coordinator.id,
      reportedAt: at(effectiveDate, '09:00'),
    },
  };
}

/** An affiliation with every document accepted and verified, assigned to `agent`. */
export function verifiedHistory(affiliationId: string): AffiliationEvent[] {
  return [received(affiliationId), assigned(), ...allDocumentsSubmitted(), requirementsVerified()];
}

/** An approved, active affiliate (AF-000123). */
export function approvedHistory(affiliationId: string): AffiliationEvent[] {
  return [...verifiedHistory(affiliationId), approved()];
}
