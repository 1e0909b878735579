import { staffMemberNamed } from '../shared/staff-member.js';
import { activeStaffMember } from '../shared/staff-spec-fixtures.js';
import type { AssignAffiliation, RejectDocument, SubmitDocument, VerifyRequirements } from './commands.js';
import {
  agent,
  allDocumentsSubmitted,
  approvedHistory,
  assigned,
  at,
  auditor,
  coordinator,
  documentRejected,
  documentSubmitted,
  freshAffiliationId,
  given,
  on,
  otherAgent,
  received,
  rejected,
  verifiedHistory,
} from './affiliation-spec-fixtures.js';

const assign = (assigneeId: string, assignee = activeStaffMember(assigneeId)): AssignAffiliation => ({
  type: 'AssignAffiliation',
  data: { assignee },
});
const submit = (documentType: string, evidenceReference = 'expediente/cedula.pdf'): SubmitDocument => ({
  type: 'SubmitDocument',
  data: { documentType, evidenceReference },
});
const rejectDocument = (documentType: string, reason = 'Documento ilegible.'): RejectDocument => ({
  type: 'RejectDocument',
  data: { documentType, reason },
});
const verify: VerifyRequirements = { type: 'VerifyRequirements', data: {} };

describe('when the application is received', () => {
  describe('assigning it', () => {
    it('assigns it to the official who checks it', () => {
      given([received(freshAffiliationId())])
        .when(assign(agent.id), on('2026-03-02'))
        .then([{ type: 'Assigned', data: { assigneeId: agent.id, previousAssigneeId: null } }]);
    });

    it('reassigning it records who had it', () => {
      given([received(freshAffiliationId()), assigned()])
        .when(assign(otherAgent.id), on('2026-03-03'))
        .then([assigned(otherAgent.id, agent.id)]);
    });

    it('assigning it again to the same official changes nothing', () => {
      given([received(freshAffiliationId()), assigned()])
        .when(assign(agent.id), on('2026-03-03'))
        .thenNothingHappens();
    });

    it('an assignment without official is refused', () => {
      given([received(freshAffiliationId())])
        .when(assign(' '), on('2026-03-02'))
        .thenRefuses('ASSIGNEE_REQUIRED', 'assigneeId');
    });

    it('an assignment to an unknown or inactive account is refused', () => {
      given([received(freshAffiliationId())])
        .when(assign('user-gone', staffMemberNamed('user-gone')), on('2026-03-02'))
        .thenRefuses('INVALID_ASSIGNEE', 'assigneeId');
    });

    it('an application is not assigned to someone who may not review it (an auditor)', () => {
      given([received(freshAffiliationId())])
        .when(assign(auditor.id, activeStaffMember(auditor.id, ['AUDITOR'])), on('2026-03-02'))
        .thenRefuses('INVALID_ASSIGNEE_ROLE', 'assigneeId');
    });

    it('an agent may not assign affiliations', () => {
      given([received(freshAffiliationId())])
        .when(assign(agent.id), on('2026-03-02', agent))
        .thenRefuses('ROLE_NOT_ALLOWED');
    });

    it('an auditor changes nothing', () => {
      given([received(freshAffiliationId())])
        .when(assign(agent.id), on('2026-03-02', auditor))
        .thenRefuses('ROLE_NOT_ALLOWED');
    });
  });

  describe('checking its documents', () => {
    it('a document of the checklist is accepted, with who checked it', () => {
      given([received(freshAffiliationId()), assigned()])
        .when(submit('IDENTITY_DOCUMENT', ' expediente/cedula.pdf '), on('2026-03-03', agent, '10:00'))
        .then([
          {
            type: 'DocumentSubmitted',
            data: {
              documentType: 'IDENTITY_DOCUMENT',
              evidenceReference: 'expediente/cedula.pdf',
              attachments: [],
              checkedBy: agent.id,
              checkedAt: at('2026-03-03'),
            },
          },
        ]);
    });

    it('a document is rejected with its reason and who checked it', () => {
      given([received(freshAffiliationId()), assigned()])
        .when(rejectDocument('PROOF_OF_INCOME', ' Documento ilegible. '), on('2026-03-03', agent, '10:00'))
        .then([documentRejected('PROOF_OF_INCOME')]);
    });

    it('a rejected document submitted again is accepted', () => {
      given([received(freshAffiliationId()), assigned(), documentRejected('PROOF_OF_INCOME')])
        .when(submit('PROOF_OF_INCOME', 'expediente/proof_of_income.pdf'), on('2026-03-03', agent, '10:00'))
        .then([documentSubmitted('PROOF_OF_INCOME')]);
    });

    it('an accepted document found faulty before verification may be rejected', () => {
      given([received(freshAffiliationId()), assigned(), documentSubmitted('PROOF_OF_INCOME')])
        .when(rejectDocument('PROOF_OF_INCOME'), on('2026-03-03', coordinator, '10:00'))
        .then([documentRejected('PROOF_OF_INCOME', 'Documento ilegible.', coordinator.id)]);
    });

    it('the same document submitted again with the same evidence changes nothing', () => {
      given([received(freshAffiliationId()), assigned(), documentSubmitted('APPLICATION_FORM')])
        .when(submit('APPLICATION_FORM', 'expediente/application_form.pdf'), on('2026-03-03', agent))
        .thenNothingHappens();
    });

    it('the same rejection again changes nothing', () => {
      given([received(freshAffiliationId()), assigned(), documentRejected('PROOF_OF_INCOME')])
        .when(rejectDocument('PROOF_OF_INCOME'), on('2026-03-03', agent))
        .thenNothingHappens();
    });

    it('a document type outside this application’s checklist is refused', () => {
      given([received(freshAffiliationId()), assigned()])
        .when(submit('RUT'), on('2026-03-03', agent))
        .thenRefuses('DOCUMENT_NOT_IN_CHECKLIST', 'documentType');
    });

    it('rejecting a document type outside the checklist is refused', () => {
      given([received(freshAffiliationId()), assigned()])
        .when(rejectDocument('CHAMBER_OF_COMMERCE_CERTIFICATE'), on('2026-03-03', agent))
        .thenRefuses('DOCUMENT_NOT_IN_CHECKLIST', 'documentType');
    });

    it('a document without type is refused', () => {
      given([received(freshAffiliationId()), assigned()])
        .when(submit(''), on('2026-03-03', agent))
        .thenRefuses('DOCUMENT_TYPE_REQUIRED', 'documentType');
    });

    it('a document without evidence reference is refused', () => {
      given([received(freshAffiliationId()), assigned()])
        .when(submit('IDENTITY_DOCUMENT', ' '), on('2026-03-03', agent))
        .thenRefuses('EVIDENCE_REQUIRED', 'evidenceReference');
    });

    it('a document rejection without reason is refused', () => {
      given([received(freshAffiliationId()), assigned()])
        .when(rejectDocument('IDENTITY_DOCUMENT', ''), on('2026-03-03', agent))
        .thenRefuses('REASON_REQUIRED', 'reason');
    });

    it('an agent checks documents only of the affiliations assigned to them', () => {
      given([received(freshAffiliationId()), assigned()])
        .when(submit('IDENTITY_DOCUMENT'), on('2026-03-03', otherAgent))
        .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
    });

    it('an agent rejects documents only of the affiliations assigned to them', () => {
      given([received(freshAffiliationId())])
        .when(rejectDocument('IDENTITY_DOCUMENT'), on('2026-03-03', agent))
        .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
    });

    it('a coordinator checks documents without being assigned', () => {
      given([received(freshAffiliationId())])
        .when(
          submit('IDENTITY_DOCUMENT', 'expediente/identity_document.pdf'),
          on('2026-03-03', coordinator, '10:00'),
        )
        .then([documentSubmitted('IDENTITY_DOCUMENT', coordinator.id)]);
    });
  });

  describe('verifying its requirements', () => {
    it('every required document accepted verifies them', () => {
      given([received(freshAffiliationId()), assigned(), ...allDocumentsSubmitted()])
        .when(verify, on('2026-03-04', agent, '10:00'))
        .then([
          {
            type: 'RequirementsVerified',
            data: {
              verifiedDocuments: ['IDENTITY_DOCUMENT', 'APPLICATION_FORM', 'PROOF_OF_INCOME'],
              verifiedBy: agent.id,
              verifiedAt: at('2026-03-04'),
            },
          },
        ]);
    });

    it('is refused while documents are missing, naming them (and why a rejected one was)', () => {
      const refusal = given([
        received(freshAffiliationId()),
        assigned(),
        documentSubmitted('IDENTITY_DOCUMENT'),
        documentRejected('PROOF_OF_INCOME', 'Sin firma.'),
      ])
        .when(verify, on('2026-03-04', agent))
        .thenRefuses('REQUIRED_DOCUMENTS_MISSING');
      expect(refusal.message).toContain('APPLICATION_FORM');
      expect(refusal.message).toContain('PROOF_OF_INCOME (rechazado)');
      expect(refusal.message).not.toContain('IDENTITY_DOCUMENT');
    });

    it('an agent verifies only the affiliations assigned to them', () => {
      given([received(freshAffiliationId()), assigned(), ...allDocumentsSubmitted()])
        .when(verify, on('2026-03-04', otherAgent))
        .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
    });
  });
});

describe('when the requirements are verified', () => {
  it('verifying them again changes nothing', () => {
    given(verifiedHistory(freshAffiliationId())).when(verify, on('2026-03-05', agent)).thenNothingHappens();
  });

  it('documents no longer change', () => {
    given(verifiedHistory(freshAffiliationId()))
      .when(rejectDocument('IDENTITY_DOCUMENT'), on('2026-03-05', agent))
      .thenRefuses('REQUIREMENTS_ALREADY_VERIFIED');
  });

  it('a new document is refused', () => {
    given(verifiedHistory(freshAffiliationId()))
      .when(submit('IDENTITY_DOCUMENT', 'otra/cedula.pdf'), on('2026-03-05', agent))
      .thenRefuses('REQUIREMENTS_ALREADY_VERIFIED');
  });

  it('it may still be reassigned', () => {
    given(verifiedHistory(freshAffiliationId()))
      .when(assign(otherAgent.id), on('2026-03-05'))
      .then([assigned(otherAgent.id, agent.id)]);
  });
});

describe('when the affiliation is decided', () => {
  it('an approved affiliation is not reassigned', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(assign(otherAgent.id), on('2026-03-09'))
      .thenRefuses('AFFILIATION_DECIDED');
  });

  it('a rejected affiliation takes no more documents', () => {
    given([received(freshAffiliationId()), assigned(), rejected()])
      .when(submit('IDENTITY_DOCUMENT'), on('2026-03-09', agent))
      .thenRefuses('AFFILIATION_DECIDED');
  });

  it('a rejected affiliation has no requirements to verify', () => {
    given([received(freshAffiliationId()), assigned(), rejected()])
      .when(verify, on('2026-03-09', agent))
      .thenRefuses('AFFILIATION_DECIDED');
  });

  it('verifying an approved affiliation changes nothing', () => {
    given(approvedHistory(freshAffiliationId())).when(verify, on('2026-03-09', agent)).thenNothingHappens();
  });
});
