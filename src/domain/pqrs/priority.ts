// Priority attention at filing: which reasons are Ley 1755 de 2015 art. 20's (they change the order of
// attention) and which are the preferential attention of Ley 1437 de 2011 (CPACA) art. 5 numeral 6, the
// summary proof of a fundamental-right risk, and the immediate alert a risk to life or integrity raises.
import { nextNotificationId, type NotificationRequested } from '../notifications/notifications.js';
import type { AttachmentRef } from '../shared/attachments.js';
import type { DecisionContext } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank } from '../shared/input-checks.js';
import { canonicalInstant } from '../shared/time.js';
import type { NoticeTemplateVersions } from './commands.js';
import type { PersonType, PriorityAlertRaised, PriorityReason, PriorityRecognised } from './events.js';

/**
 * ART_20: Ley 1755 art. 20 (and art. 13 for children and adolescents) — attended before the others: the
 * recognition of a fundamental right to avoid irremediable harm (with summary proof), journalists in their
 * work, minors. CPACA_5_6: Ley 1437 art. 5 num. 6 — "atención especial y preferente" to people with
 * disability, pregnant women and older adults: served first at the counter, the term unchanged.
 */
export type PriorityBasis = 'ART_20' | 'CPACA_5_6';

export const PRIORITY_BASIS: Readonly<Record<PriorityReason, PriorityBasis>> = {
  FUNDAMENTAL_RIGHT_RISK: 'ART_20',
  JOURNALIST: 'ART_20',
  MINOR: 'ART_20',
  DISABILITY: 'CPACA_5_6',
  PREGNANCY: 'CPACA_5_6',
  OLDER_ADULT: 'CPACA_5_6',
};

/**
 * Where a case goes in the Bandeja's priority order (lower first): an alert of risk to life or integrity,
 * then art. 20's priority, then art. 5.6's preferential attention, then every other case.
 */
export function priorityRankOf(reasons: readonly PriorityReason[], alertRaised: boolean): number {
  if (alertRaised) return 0;
  if (reasons.some((reason) => PRIORITY_BASIS[reason] === 'ART_20')) return 1;
  if (reasons.length > 0) return 2;
  return 3;
}

/** What a filing says of its priority, beyond the reasons (ReceivePqrs' fields of the same names). */
export interface PriorityClaim {
  readonly priority: readonly PriorityReason[];
  /** The summary proof of a fundamental-right risk, in words (sealed like every free text). */
  readonly priorityProof?: string | null;
  /** Files of the filing that prove it, by their sha256. */
  readonly priorityProofAttachments?: readonly string[];
  /** The risk is to the petitioner's life or personal integrity: the coordinators are alerted at once. */
  readonly lifeOrIntegrityRisk?: boolean;
  readonly noticeTemplates?: NoticeTemplateVersions;
}

export interface FilingPriority {
  /** The reasons Received records. */
  readonly reasons: readonly PriorityReason[];
  /** Recorded after Received in the same decision (and after its acknowledgment, if any). */
  readonly events: readonly (PriorityRecognised | PriorityAlertRaised | NotificationRequested)[];
}

/**
 * The priority of a filing: a child or adolescent who files is attended with priority (arts. 13 and 20);
 * a risk to life or integrity is a fundamental-right risk. A fundamental-right risk is recorded with the
 * proof given (art. 20: the petitioner "deberá probar sumariamente"); without proof it is recorded as
 * claimed and unproven, never refused (the petition itself must be radicated; art. 17 lets the office ask
 * for the proof). `noticesBefore`: how many notices the same decision requests before these.
 */
export function filingPriority(
  claim: PriorityClaim,
  filing: {
    readonly radicado: string;
    readonly personType: PersonType;
    readonly attachments: readonly AttachmentRef[];
    readonly noticesBefore: number;
  },
  context: DecisionContext,
): FilingPriority | DomainError {
  const lifeOrIntegrityRisk = claim.lifeOrIntegrityRisk ?? false;
  const added: PriorityReason[] = [
    ...(filing.personType === 'MINOR' ? (['MINOR'] as const) : []),
    ...(lifeOrIntegrityRisk ? (['FUNDAMENTAL_RIGHT_RISK'] as const) : []),
  ];
  const reasons = [...new Set([...claim.priority, ...added])];
  const fundamentalRightRisk = reasons.includes('FUNDAMENTAL_RIGHT_RISK');
  const proofSummary = isBlank(claim.priorityProof) ? null : claim.priorityProof!.trim();
  const proofAttachments = [...new Set(claim.priorityProofAttachments ?? [])];
  if (!fundamentalRightRisk && (proofSummary !== null || proofAttachments.length > 0)) {
    return refuse(
      'PRIORITY_PROOF_WITHOUT_RISK',
      'La prueba sumaria acompaña el riesgo de perjuicio irremediable a un derecho fundamental (Ley 1755 de 2015, art. 20): marque ese motivo o no aporte la prueba.',
      'priorityProof',
    );
  }
  const filed = new Set(filing.attachments.map((attachment) => attachment.sha256));
  if (proofAttachments.some((sha256) => !filed.has(sha256))) {
    return refuse(
      'PRIORITY_PROOF_ATTACHMENT_UNKNOWN',
      'Un archivo de la prueba sumaria no está entre los archivos de la radicación.',
      'priorityProofAttachments',
    );
  }
  if (!fundamentalRightRisk) return { reasons, events: [] };
  const now = canonicalInstant(context.now);
  const recognised: PriorityRecognised = {
    type: 'PriorityRecognised',
    data: {
      reasons,
      proofSummary,
      proofAttachments,
      proofGiven: proofSummary !== null || proofAttachments.length > 0,
      lifeOrIntegrityRisk,
      recognisedAt: now,
    },
  };
  if (!lifeOrIntegrityRisk) return { reasons, events: [recognised] };
  const alert: NotificationRequested = {
    type: 'NotificationRequested',
    data: {
      notificationId: nextNotificationId(filing.radicado, [], filing.noticesBefore),
      kind: 'PRIORITY_ALERT',
      channel: 'EMAIL',
      recipient: { role: 'COORDINATORS', personId: null, name: null, addressRef: null },
      template: { key: 'PRIORITY_ALERT', version: claim.noticeTemplates?.PRIORITY_ALERT ?? 1 },
      follows: 'PriorityAlertRaised',
      requestedAt: now,
      dueBy: null,
      attachments: [],
      accessCodeRef: null,
    },
  };
  return {
    reasons,
    events: [recognised, { type: 'PriorityAlertRaised', data: { reasons, raisedAt: now } }, alert],
  };
}
