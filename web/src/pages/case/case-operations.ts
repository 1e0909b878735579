// The GraphQL operations of the case detail: the case with what hangs from it, its history, the users
// a case may be assigned to, and one mutation per step. Every step sends the revision the user saw.
import type { Client } from 'urql';
import { graphql } from '../../graphql/generated';
import type { CaseAction } from '../../logic/case-actions';

export const CASE_DETAIL = graphql(`
  query CaseDetail($radicado: String!) {
    pqrs(radicado: $radicado) {
      radicado
      revision
      kind
      channel
      status
      subject
      description
      priority
      prioritized
      priorityProof {
        proofGiven
        proofSummary
        proofAttachments
        lifeOrIntegrityRisk
      }
      priorityAlertRaisedAt
      meritEvaluation {
        admissible
        basis
        motivation
        action
        actionReference
        evaluatedAt
      }
      receivedAt
      dueDate
      maxDueDate
      afterHoursRule
      officeHours
      outsideOfficeHours
      radicatedOn
      termRunsFrom
      calendarVersion
      extendedOn
      informationRequestAllowedUntil
      transferAllowedUntil
      businessDaysLeft
      trafficLight
      dependency
      answeredAt
      answeredOnTime
      accessDecision
      accessDenialGround
      accessDenialDetail
      accessException
      accessDenialProvision
      accessDenialHarm
      publicVersionDelivered
      verbalAnswer
      transferredTo
      transferredLate
      claimInProcessMark {
        markedOn
        dueBy
        late
      }
      claimInProcessMarkDueBy
      jointAnswerId
      tacitWithdrawalFrom
      completionWindowExtendedOn
      withdrawalActNumber
      refilingOf
      refiledAs
      positiveSilence {
        silenceFrom
        copiesDueBy
        copiesStatus
        copiesDeliveredOn
      }
      negativeSilence {
        silenceFrom
      }
      personType
      anonymous
      answerChannel
      answerReviewRequired
      attachments {
        id
        fileName
        mediaType
        size
        sha256
        source
        addedAt
      }
      lateEntries {
        fact
        occurredAt
        recordedOn
        businessDaysLate
        reason
      }
      assignee {
        id
        username
        fullName
      }
      petitioner {
        id
        version
        name
        documentType
        documentNumber
        email
        phone
        address
        erased
        masked
      }
      improvementActions {
        id
        action
        status
        dueDate
        closedEffective
        responsible {
          username
          fullName
        }
      }
      answerNotifiedOn
      answerLetter {
        outgoingNumber
        attachment {
          id
          fileName
          mediaType
          size
          sha256
        }
      }
      answerDraft {
        draft
        answer
        accessDecision
        accessDenialGround
        accessDenialDetail
        accessException
        accessDenialProvision
        accessDenialHarm
        publicVersionDelivered
        status
        draftedBy
        draftedById
        draftedAt
        remarks
        returnedAt
        attachments {
          id
          fileName
          mediaType
          size
          sha256
        }
      }
      answerApproval {
        draft
        draftedBy
        approvedBy
        approvedAt
      }
      notifications {
        id
        kind
        channel
        recipientRole
        status
        requestedAt
        dueBy
        sentAt
        messageId
        failure
        attempts
        round
        nextAttemptAt
        dispatch {
          carrier
          guideNumber
          dispatchedOn
        }
        postalOutcome
        postalOutcomeOn
      }
    }
  }
`);

export const CASE_TIMELINE = graphql(`
  query CaseTimeline($radicado: String!) {
    caseHistory(radicado: $radicado) {
      events {
        id
        type
        occurredAt
        recordedAt
        data
        actor {
          id
          username
          role
        }
      }
    }
  }
`);

export const CASE_FAQ_SUGGESTIONS = graphql(`
  query CaseFaqSuggestions($radicado: String!) {
    faqSuggestions(radicado: $radicado, first: 5) {
      entry {
        id
        question
        answer
        category
      }
    }
  }
`);

export const ASSIGNABLE_USERS = graphql(`
  query AssignableUsers {
    users {
      id
      username
      fullName
      dependency
      roles
      active
    }
  }
`);

const ASSIGN = graphql(`
  mutation CaseAssign($radicado: String!, $expectedRevision: Int, $assigneeId: ID!, $dependency: String) {
    assignPqrs(
      radicado: $radicado
      expectedRevision: $expectedRevision
      assigneeId: $assigneeId
      dependency: $dependency
    ) {
      radicado
      revision
      status
    }
  }
`);

const REQUEST_INFORMATION = graphql(`
  mutation CaseRequestInformation($radicado: String!, $expectedRevision: Int, $note: String!) {
    requestPqrsInformation(radicado: $radicado, expectedRevision: $expectedRevision, note: $note) {
      radicado
      revision
      status
    }
  }
`);

const PROVIDE_INFORMATION = graphql(`
  mutation CaseProvideInformation(
    $radicado: String!
    $expectedRevision: Int
    $providedAt: DateTime!
    $note: String!
    $lateEntryReason: String
    $attachmentIds: [ID!]
  ) {
    providePqrsInformation(
      radicado: $radicado
      expectedRevision: $expectedRevision
      providedAt: $providedAt
      note: $note
      lateEntryReason: $lateEntryReason
      attachmentIds: $attachmentIds
    ) {
      radicado
      revision
      status
    }
  }
`);

const EXTEND = graphql(`
  mutation CaseExtend($radicado: String!, $expectedRevision: Int, $newDueDate: Date!, $reason: String!) {
    extendPqrsDeadline(
      radicado: $radicado
      expectedRevision: $expectedRevision
      newDueDate: $newDueDate
      reason: $reason
    ) {
      radicado
      revision
      status
    }
  }
`);

const TRANSFER = graphql(`
  mutation CaseTransfer(
    $radicado: String!
    $expectedRevision: Int
    $entity: String!
    $entityEmail: String
    $reason: String!
  ) {
    transferPqrs(
      radicado: $radicado
      expectedRevision: $expectedRevision
      entity: $entity
      entityEmail: $entityEmail
      reason: $reason
    ) {
      radicado
      revision
      status
    }
  }
`);

const ANSWER = graphql(`
  mutation CaseAnswer(
    $radicado: String!
    $expectedRevision: Int
    $answer: String!
    $accessDecision: AccessDecision
    $accessDenialGround: AccessDenialGround
    $accessDenialDetail: String
    $accessDenialProvision: String
    $accessDenialHarm: String
    $publicVersionDelivered: Boolean
    $verbalAnswer: VerbalAnswerMode
    $attachmentIds: [ID!]
  ) {
    answerPqrs(
      radicado: $radicado
      expectedRevision: $expectedRevision
      answer: $answer
      accessDecision: $accessDecision
      accessDenialGround: $accessDenialGround
      accessDenialDetail: $accessDenialDetail
      accessDenialProvision: $accessDenialProvision
      accessDenialHarm: $accessDenialHarm
      publicVersionDelivered: $publicVersionDelivered
      verbalAnswer: $verbalAnswer
      attachmentIds: $attachmentIds
    ) {
      radicado
      revision
      status
    }
  }
`);

const DRAFT_ANSWER = graphql(`
  mutation CaseDraftAnswer(
    $radicado: String!
    $expectedRevision: Int
    $answer: String!
    $accessDecision: AccessDecision
    $accessDenialGround: AccessDenialGround
    $accessDenialDetail: String
    $accessDenialProvision: String
    $accessDenialHarm: String
    $publicVersionDelivered: Boolean
    $attachmentIds: [ID!]
  ) {
    draftAnswer(
      radicado: $radicado
      expectedRevision: $expectedRevision
      answer: $answer
      accessDecision: $accessDecision
      accessDenialGround: $accessDenialGround
      accessDenialDetail: $accessDenialDetail
      accessDenialProvision: $accessDenialProvision
      accessDenialHarm: $accessDenialHarm
      publicVersionDelivered: $publicVersionDelivered
      attachmentIds: $attachmentIds
    ) {
      radicado
      revision
      status
    }
  }
`);

const APPROVE_ANSWER = graphql(`
  mutation CaseApproveAnswer($radicado: String!, $expectedRevision: Int, $draft: Int!) {
    approveAnswer(radicado: $radicado, expectedRevision: $expectedRevision, draft: $draft) {
      radicado
      revision
      status
    }
  }
`);

const RETURN_ANSWER = graphql(`
  mutation CaseReturnAnswer($radicado: String!, $expectedRevision: Int, $draft: Int!, $remarks: String!) {
    returnAnswer(radicado: $radicado, expectedRevision: $expectedRevision, draft: $draft, remarks: $remarks) {
      radicado
      revision
      status
    }
  }
`);

const CLOSE = graphql(`
  mutation CaseClose($radicado: String!, $expectedRevision: Int) {
    closePqrs(radicado: $radicado, expectedRevision: $expectedRevision) {
      radicado
      revision
      status
    }
  }
`);

const MARK_CLAIM_IN_PROCESS = graphql(`
  mutation CaseMarkClaimInProcess($radicado: String!, $expectedRevision: Int) {
    markClaimInProcess(radicado: $radicado, expectedRevision: $expectedRevision) {
      radicado
      revision
      status
    }
  }
`);

const WITHDRAW = graphql(`
  mutation CaseWithdraw(
    $radicado: String!
    $expectedRevision: Int
    $mode: WithdrawalMode!
    $reason: String!
    $actNumber: String
  ) {
    withdrawPqrs(
      radicado: $radicado
      expectedRevision: $expectedRevision
      mode: $mode
      reason: $reason
      actNumber: $actNumber
    ) {
      radicado
      revision
      status
    }
  }
`);

const EXTEND_COMPLETION_WINDOW = graphql(`
  mutation CaseExtendCompletionWindow(
    $radicado: String!
    $expectedRevision: Int
    $askedAt: DateTime
    $lateEntryReason: String
  ) {
    extendPqrsCompletionWindow(
      radicado: $radicado
      expectedRevision: $expectedRevision
      askedAt: $askedAt
      lateEntryReason: $lateEntryReason
    ) {
      radicado
      revision
      status
    }
  }
`);

const DELIVER_COPIES = graphql(`
  mutation CaseDeliverCopies(
    $radicado: String!
    $expectedRevision: Int
    $deliveredAt: DateTime
    $note: String!
    $lateEntryReason: String
  ) {
    recordPqrsCopiesDelivery(
      radicado: $radicado
      expectedRevision: $expectedRevision
      deliveredAt: $deliveredAt
      note: $note
      lateEntryReason: $lateEntryReason
    ) {
      radicado
      revision
      status
    }
  }
`);

/**
 * Runs one step with the variables caseActionVariables built (their shape is the mutation's: the logic's
 * tests check it), resolving to urql's result so the caller can read a refusal.
 */
export function runCaseAction(client: Client, action: CaseAction, variables: Record<string, unknown>) {
  const send = (document: Parameters<Client['mutation']>[0]) =>
    client.mutation(document, variables).toPromise();
  switch (action) {
    case 'assign':
      return send(ASSIGN);
    case 'requestInformation':
      return send(REQUEST_INFORMATION);
    case 'provideInformation':
      return send(PROVIDE_INFORMATION);
    case 'extend':
      return send(EXTEND);
    case 'transfer':
      return send(TRANSFER);
    case 'answer':
      return send(ANSWER);
    case 'close':
      return send(CLOSE);
    case 'markClaimInProcess':
      return send(MARK_CLAIM_IN_PROCESS);
    case 'withdraw':
      return send(WITHDRAW);
    case 'draftAnswer':
      return send(DRAFT_ANSWER);
    case 'approveAnswer':
      return send(APPROVE_ANSWER);
    case 'returnAnswer':
      return send(RETURN_ANSWER);
    case 'extendCompletionWindow':
      return send(EXTEND_COMPLETION_WINDOW);
    case 'deliverCopies':
      return send(DELIVER_COPIES);
  }
}

// ---- A notice's follow-up -----------------------------------------------------------------------------

export const RESEND_NOTIFICATION = graphql(`
  mutation CaseResendNotification($id: String!, $reason: String!) {
    resendNotification(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const RECORD_POSTAL_DISPATCH = graphql(`
  mutation CaseRecordPostalDispatch(
    $notificationId: String!
    $carrier: String!
    $guideNumber: String!
    $dispatchedAt: Date!
  ) {
    recordPostalDispatch(
      notificationId: $notificationId
      carrier: $carrier
      guideNumber: $guideNumber
      dispatchedAt: $dispatchedAt
    ) {
      id
      status
    }
  }
`);

export const RECORD_POSTAL_OUTCOME = graphql(`
  mutation CaseRecordPostalOutcome($notificationId: String!, $outcome: PostalOutcome!, $on: Date!) {
    recordPostalOutcome(notificationId: $notificationId, outcome: $outcome, on: $on) {
      id
      status
    }
  }
`);
