// What staff ask of an affiliation. The moment and the actor arrive in the DecisionContext.
import type { NotificationCommand } from '../notifications/notifications.js';
import type { NoticeTemplateVersions } from '../pqrs/commands.js';
import type { AttachmentRef } from '../shared/attachments.js';
import type { StaffMember } from '../shared/staff-member.js';
import type { CalendarDate, Instant } from '../shared/time.js';
import type { AffiliationChannel, AffiliationType, NoveltyKind } from './events.js';

/** A campaign an application names, as the look-ups found it in the campaign's stream. */
export interface LinkedCampaign {
  readonly campaignId: string;
  /** Its first day; null until the look-ups have read it. */
  readonly startDate: CalendarDate | null;
}

export type ReceiveAffiliation = {
  readonly type: 'ReceiveAffiliation';
  readonly data: {
    readonly affiliationId: string;
    readonly affiliationType: AffiliationType;
    readonly channel: AffiliationChannel;
    readonly applicantId: string;
    /**
     * The version of the applicant's data the application is filed with, written by the command path once
     * it has kept them in the personal-data store; absent: the first.
     */
    readonly applicantVersion?: number;
    /**
     * The campaign of the year's plan the application came from, chosen from the list (null: none); its
     * start date is written by the look-ups from the campaign's stream.
     */
    readonly campaign: LinkedCampaign | null;
    /** When the office received it; null: now. */
    readonly receivedAt: Instant | null;
    /** Why it is recorded after the late-entry window of receivedAt (required then). */
    readonly lateEntryReason?: string | null;
    /** The checklist in force for the type (defaults or configuration), chosen by the application. */
    readonly requiredDocuments: readonly string[];
    /**
     * `AFI-<year>-<consecutive>`, issued by the year's counter once the domain would receive the request;
     * absent or null while it is asked first.
     */
    readonly requestNumber?: string | null;
  };
};

export type AssignAffiliation = {
  readonly type: 'AssignAffiliation';
  /** The reviewer as the staff directory knows them (staffMemberNamed until looked up). */
  readonly data: { readonly assignee: StaffMember };
};

export type SubmitDocument = {
  readonly type: 'SubmitDocument';
  readonly data: {
    readonly documentType: string;
    /** Where the document is kept; optional when the file itself is attached. */
    readonly evidenceReference: string | null;
    /** The document itself (one file). */
    readonly attachments?: readonly AttachmentRef[];
  };
};

export type RejectDocument = {
  readonly type: 'RejectDocument';
  readonly data: { readonly documentType: string; readonly reason: string };
};

export type VerifyRequirements = {
  readonly type: 'VerifyRequirements';
  readonly data: Record<string, never>;
};

export type ApproveAffiliation = {
  readonly type: 'ApproveAffiliation';
  readonly data: {
    /** The member number the counter issued for this approval. */
    readonly memberNumber: string;
    /** The notice's template version in force (written by the command path; absent: version 1). */
    readonly noticeTemplates?: NoticeTemplateVersions;
  };
};

export type RejectAffiliation = {
  readonly type: 'RejectAffiliation';
  readonly data: {
    readonly reason: string;
    /** The notice's template version in force (written by the command path; absent: version 1). */
    readonly noticeTemplates?: NoticeTemplateVersions;
  };
};

/** Staff record that they told the applicant of the decision by a means of their own. */
export type NotifyDecision = {
  readonly type: 'NotifyDecision';
  readonly data: { readonly channel: AffiliationChannel };
};

export type ReportNovelty = {
  readonly type: 'ReportNovelty';
  readonly data: {
    readonly kind: NoveltyKind;
    readonly description: string;
    readonly effectiveDate: CalendarDate;
  };
};

export type AffiliationCommand =
  | ReceiveAffiliation
  | AssignAffiliation
  | SubmitDocument
  | RejectDocument
  | VerifyRequirements
  | ApproveAffiliation
  | RejectAffiliation
  | NotifyDecision
  | ReportNovelty
  | NotificationCommand;
