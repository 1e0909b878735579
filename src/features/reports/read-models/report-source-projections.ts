// The versioned read models the reports are built from: PQRS cases, improvement actions, affiliations,
// survey instruments and survey responses, each as it stood at any recorded instant (see
// versioned-projection.ts). They reuse the live read models' own evolve functions, so a report and the
// screens never disagree on what a case looked like.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import { AFFILIATION_STREAM_PREFIX } from '../../../domain/affiliation/events.js';
import { IMPROVEMENT_ACTION_STREAM_PREFIX } from '../../../domain/improvement-action/events.js';
import { PQRS_STREAM_PREFIX } from '../../../domain/pqrs/events.js';
import {
  SURVEY_INSTRUMENT_STREAM_PREFIX,
  SURVEY_RESPONSE_STREAM_PREFIX,
} from '../../../domain/survey/events.js';
import { affiliationIdOf, evolveAffiliationDocument } from '../../affiliations/index.js';
import { evolveCase, type CaseDocument } from '../../pqrs/index.js';
import { actionIdOf, evolveImprovementAction } from '../../improvement-actions/index.js';
import { issuedReportsProjection } from './issued-reports-projection.js';
import { signedHeadsProjection } from './signed-heads-projection.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';
import {
  evolveInstrumentDocument,
  instrumentIdOf,
  responseDocumentOf,
  responseIdOf,
} from '../../surveys/index.js';
import { versionedProjection } from '../../../engine/projections/versioned-projection.js';

export const CASE_VERSIONS_COLLECTION = 'caseVersions';
export const IMPROVEMENT_ACTION_VERSIONS_COLLECTION = 'improvementActionVersions';
export const AFFILIATION_VERSIONS_COLLECTION = 'affiliationVersions';
export const SURVEY_INSTRUMENT_VERSIONS_COLLECTION = 'surveyInstrumentVersions';
export const SURVEY_RESPONSE_VERSIONS_COLLECTION = 'surveyResponseVersions';

/**
 * A case as reports need it: the live `cases` document without the texts no report prints (the
 * description may be long; the search text is derived; an answer under review is not an answer yet) nor
 * the petitioner, plus the counts of the steps reports total and the answer letter's outgoing number. Its
 * notices stay: the notification date is worked out from them, event by event, and the Informe de PQRS
 * prints the means the answer was notified by.
 */
export interface ReportCase
  extends
    ReadModelDocument,
    Pick<
      CaseDocument,
      | 'radicado'
      | 'kind'
      | 'channel'
      | 'personType'
      | 'anonymous'
      | 'status'
      | 'subject'
      | 'priority'
      | 'prioritized'
      | 'assigneeId'
      | 'dependency'
      | 'receivedAt'
      | 'receivedOn'
      | 'dueDate'
      | 'maxDueDate'
      | 'tacitWithdrawalFrom'
      | 'answeredAt'
      | 'answeredOn'
      | 'answeredOnTime'
      | 'answerNotifiedOn'
      | 'notifications'
      | 'businessDaysTaken'
      | 'accessDecision'
      | 'closedAt'
      | 'transferredTo'
      | 'withdrawnMode'
      | 'lateEntries'
      | 'revision'
      | 'lastPosition'
      | 'updatedAt'
    > {
  readonly extensions: number;
  readonly informationRequests: number;
  /**
   * The outgoing number (SAL-…) of the letter the answer was issued with; null without one. Absent from
   * versions written before projection version 5.
   */
  readonly answerOutgoingNumber?: string | null;
  /**
   * The legal ground of a denial of access, and its detail (a sealed reference). Absent from versions
   * written before projection version 6; null for answers recorded before grounds were.
   */
  readonly accessDenialGround?: CaseDocument['accessDenialGround'];
  readonly accessDenialDetail?: CaseDocument['accessDenialDetail'];
  /**
   * Transferred after the five business days of art. 21 (null when not transferred). Absent from versions
   * written before projection version 7.
   */
  readonly transferredLate?: CaseDocument['transferredLate'];
  /**
   * Art. 20's proof and life-or-integrity alert, and an anonymous denuncia's merit evaluation (Ley 962 de
   * 2005 art. 81). Absent from versions written before projection version 8.
   */
  readonly priorityProof?: CaseDocument['priorityProof'];
  readonly priorityAlertRaisedAt?: CaseDocument['priorityAlertRaisedAt'];
  readonly meritEvaluation?: CaseDocument['meritEvaluation'];
  /**
   * A denial's exception, the norm that establishes it (a sealed reference) and whether a public version
   * of the rest was delivered (Ley 1712 arts. 18, 19, 21, 28). Absent before projection version 8; null
   * for denials recorded before they were.
   */
  readonly accessException?: CaseDocument['accessException'];
  readonly accessDenialProvision?: CaseDocument['accessDenialProvision'];
  readonly publicVersionDelivered?: CaseDocument['publicVersionDelivered'];
  /** Absent from versions written before projection version 8. */
  readonly claimInProcessMark?: CaseDocument['claimInProcessMark'];
  /** The joint answer (art. 22) that answered it. Absent from versions written before projection version 8. */
  readonly jointAnswerId?: CaseDocument['jointAnswerId'];
  /**
   * The copies owed after positive silence (Ley 1755 art. 14.1): the day delivered and whether on time.
   * Absent from versions written before projection version 8.
   */
  readonly copiesDeliveredOn?: CaseDocument['copiesDeliveredOn'];
  readonly copiesDeliveredOnTime?: CaseDocument['copiesDeliveredOnTime'];
}

export function evolveReportCase(current: ReportCase | null, event: RecordedEvent): ReportCase | null {
  // evolveCase only spreads the fields it does not change, so the ones dropped here are never read.
  const next = evolveCase(current as CaseDocument | null, event);
  if (next === null) return null;
  const {
    description: _description,
    searchText: _searchText,
    petitionerId: _petitioner,
    petitionerVersion: _petitionerVersion,
    receivedBy: _receivedBy,
    answerChannel: _answerChannel,
    attachments: _attachments,
    answerDraft: _answerDraft,
    answerApproval: _answerApproval,
    // The harm argued for a denial is a sealed text no report prints (its provision is listed).
    accessDenialHarm: _accessDenialHarm,
    answerLetter,
    priorityOrder: _priorityOrder,
    ...kept
  } = next;
  return {
    ...kept,
    id: next.id,
    // The letter's number only: its file is the case's, no report prints it. A version carries no letter
    // (dropped above), so the number the answer set is kept from the version before.
    answerOutgoingNumber: answerLetter?.outgoingNumber ?? current?.answerOutgoingNumber ?? null,
    extensions: (current?.extensions ?? 0) + (event.type === 'DeadlineExtended' ? 1 : 0),
    informationRequests:
      (current?.informationRequests ?? 0) + (event.type === 'InformationRequested' ? 1 : 0),
  };
}

export const caseVersionsProjection = versionedProjection<ReportCase>({
  name: 'caseVersions',
  // 2: the late entries of each case.
  // 3: who filed it (person type, anonymous).
  // 4: the notices and the day the answer was notified; no answer drafts (sealed texts no report prints).
  // 5: the outgoing number of the answer letter.
  // 6: the legal ground of a denial of access (Ley 1712 de 2014, arts. 18 and 19).
  // 7: whether a transfer came after the five business days of art. 21 (Ley 1755 de 2015).
  // 8: priority's proof and life-or-integrity alert (art. 20), an anonymous denuncia's merit evaluation.
  //    Also 8: a denial's exception, provision and public version (Ley 1712 de 2014, arts. 18, 19, 21, 28); a
  //    verbal answer notified in the act (Decreto 1166 de 2016).
  //    Also 8: a habeas data reclamo's "reclamo en trámite" mark (Ley 1581 de 2012, art. 15); the joint
  //    answer (art. 22) that answered it.
  //    Also 8: the copies delivered after positive silence (art. 14.1), on time or late.
  version: 8,
  categories: [PQRS_STREAM_PREFIX],
  collection: CASE_VERSIONS_COLLECTION,
  // The period range first; the validity bounds in the index too, so SQLite checks them on the index
  // entries and reads only the versions valid at the as-of instant.
  // The answers of a period (its flow) by the answer's day, the same way.
  indexes: ['receivedOn+validFrom+validTo', 'answeredOn+validFrom+validTo'],
  entityIdOf: (stream) => stream.slice(PQRS_STREAM_PREFIX.length),
  evolve: evolveReportCase,
});

export const improvementActionVersionsProjection = versionedProjection({
  name: 'improvementActionVersions',
  version: 1,
  categories: [IMPROVEMENT_ACTION_STREAM_PREFIX],
  collection: IMPROVEMENT_ACTION_VERSIONS_COLLECTION,
  indexes: ['formulatedOn', 'sourceKind'],
  entityIdOf: actionIdOf,
  evolve: evolveImprovementAction,
});

export const affiliationVersionsProjection = versionedProjection({
  name: 'affiliationVersions',
  // 2: the late entry of the receipt. 3: the applicant's version and who received the application.
  // 4: the campaign of the plan, by id.
  version: 4,
  categories: [AFFILIATION_STREAM_PREFIX],
  collection: AFFILIATION_VERSIONS_COLLECTION,
  indexes: ['receivedOn', 'decidedOn'],
  entityIdOf: affiliationIdOf,
  evolve: evolveAffiliationDocument,
});

export const surveyInstrumentVersionsProjection = versionedProjection({
  name: 'surveyInstrumentVersions',
  version: 1,
  categories: [SURVEY_INSTRUMENT_STREAM_PREFIX],
  collection: SURVEY_INSTRUMENT_VERSIONS_COLLECTION,
  indexes: [],
  entityIdOf: instrumentIdOf,
  evolve: evolveInstrumentDocument,
});

export const surveyResponseVersionsProjection = versionedProjection({
  name: 'surveyResponseVersions',
  version: 1,
  categories: [SURVEY_RESPONSE_STREAM_PREFIX],
  collection: SURVEY_RESPONSE_VERSIONS_COLLECTION,
  indexes: ['answeredOn'],
  entityIdOf: responseIdOf,
  evolve: (_current, event) => responseDocumentOf(event),
});

export const REPORT_SOURCE_PROJECTIONS: readonly Projection[] = [
  issuedReportsProjection,
  caseVersionsProjection,
  improvementActionVersionsProjection,
  affiliationVersionsProjection,
  surveyInstrumentVersionsProjection,
  surveyResponseVersionsProjection,
  signedHeadsProjection,
];
