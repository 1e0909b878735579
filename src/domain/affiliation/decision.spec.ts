import type { ApproveAffiliation, NotifyDecision, RejectAffiliation } from './commands.js';
import {
  admin,
  agent,
  allDocumentsSubmitted,
  answered,
  approved,
  approvedHistory,
  assigned,
  at,
  coordinator,
  freshAffiliationId,
  given,
  noveltyReported,
  on,
  otherAgent,
  received,
  rejected,
  verifiedHistory,
} from './affiliation-spec-fixtures.js';

const approve = (memberNumber = 'AF-000123'): ApproveAffiliation => ({
  type: 'ApproveAffiliation',
  data: { memberNumber },
});
const reject = (reason = 'No cumple los requisitos de ingresos.'): RejectAffiliation => ({
  type: 'RejectAffiliation',
  data: { reason },
});
const notify = (channel: NotifyDecision['data']['channel'] = 'EMAIL'): NotifyDecision => ({
  type: 'NotifyDecision',
  data: { channel },
});

describe('approving an affiliation', () => {
  it('with its requirements verified, issues the member number and counts the days since receipt', () => {
    const approval = given(verifiedHistory(freshAffiliationId())).when(
      approve(),
      on('2026-03-06', coordinator, '11:00'),
    );
    approval.thenSetsAside(['AFFILIATION_DECISION/EMAIL']);
    approval.then([
      {
        type: 'Approved',
        data: {
          memberNumber: 'AF-000123',
          approvedAt: at('2026-03-06', '11:00'),
          approvedOn: '2026-03-06',
          daysToDecision: 4,
        },
      },
    ]);
  });

  it('before its requirements are verified is refused', () => {
    given([received(freshAffiliationId()), assigned(), ...allDocumentsSubmitted()])
      .when(approve(), on('2026-03-06'))
      .thenRefuses('REQUIREMENTS_NOT_VERIFIED');
  });

  it('with a malformed member number is refused', () => {
    given(verifiedHistory(freshAffiliationId()))
      .when(approve('AF-123'), on('2026-03-06'))
      .thenRefuses('INVALID_MEMBER_NUMBER', 'memberNumber');
  });

  it('is a coordinator’s decision, not an agent’s', () => {
    given(verifiedHistory(freshAffiliationId()))
      .when(approve(), on('2026-03-06', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('approving it again changes nothing (and takes no second number)', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(approve('AF-000124'), on('2026-03-07'))
      .thenNothingHappens();
  });

  it('a rejected affiliation is not approved', () => {
    given([...verifiedHistory(freshAffiliationId()), rejected()])
      .when(approve(), on('2026-03-07'))
      .thenRefuses('AFFILIATION_DECIDED');
  });
});

describe('rejecting an affiliation', () => {
  it('is possible before verification, with its reason', () => {
    const rejection = given([received(freshAffiliationId()), assigned()]).when(
      reject(' No cumple los requisitos de ingresos. '),
      on('2026-03-06', admin, '11:00'),
    );
    rejection.thenSetsAside(['AFFILIATION_DECISION/EMAIL']);
    rejection.then([rejected()]);
  });

  it('is possible after verification', () => {
    given(verifiedHistory(freshAffiliationId()))
      .when(reject(), on('2026-03-06', coordinator, '11:00'))
      .then([rejected()]);
  });

  it('without reason is refused', () => {
    given([received(freshAffiliationId())])
      .when(reject('  '), on('2026-03-06'))
      .thenRefuses('REASON_REQUIRED', 'reason');
  });

  it('rejecting it again for the same reason changes nothing', () => {
    given([received(freshAffiliationId()), rejected()])
      .when(reject(), on('2026-03-07'))
      .thenNothingHappens();
  });

  it('rejecting it again for another reason is refused', () => {
    given([received(freshAffiliationId()), rejected()])
      .when(reject('Otra razón.'), on('2026-03-07'))
      .thenRefuses('AFFILIATION_DECIDED');
  });

  it('an approved affiliation is not rejected', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(reject(), on('2026-03-07'))
      .thenRefuses('AFFILIATION_DECIDED');
  });

  it('is a coordinator’s decision, not an agent’s', () => {
    given([received(freshAffiliationId()), assigned()])
      .when(reject(), on('2026-03-06', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('notifying the applicant of the decision', () => {
  it('records the approval notified and the channel, and sends nothing', () => {
    const notified = given(approvedHistory(freshAffiliationId())).when(
      notify('EMAIL'),
      on('2026-03-09', agent, '11:00'),
    );
    notified.thenSetsAside([]);
    notified.then([answered('APPROVED')]);
  });

  it('records the rejection notified', () => {
    given([received(freshAffiliationId()), assigned(), rejected()])
      .when(notify('EMAIL'), on('2026-03-09', agent, '11:00'))
      .then([answered('REJECTED')]);
  });

  it('a retired affiliate’s approval may still be notified', () => {
    given([...approvedHistory(freshAffiliationId()), noveltyReported('RETIREMENT', '2026-03-08')])
      .when(notify('EMAIL'), on('2026-03-09', coordinator, '11:00'))
      .then([answered('APPROVED')]);
  });

  it('before a decision is refused', () => {
    given(verifiedHistory(freshAffiliationId()))
      .when(notify(), on('2026-03-09', agent))
      .thenRefuses('DECISION_PENDING');
  });

  it('through an unknown channel is refused', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(notify('PIGEON' as never), on('2026-03-09', agent))
      .thenRefuses('INVALID_CHANNEL', 'channel');
  });

  it('notifying again through the same channel changes nothing', () => {
    given([...approvedHistory(freshAffiliationId()), answered()])
      .when(notify('EMAIL'), on('2026-03-10', agent))
      .thenNothingHappens();
  });

  it('notifying again through another channel is refused', () => {
    given([...approvedHistory(freshAffiliationId()), answered()])
      .when(notify('PHONE'), on('2026-03-10', agent))
      .thenRefuses('DECISION_ALREADY_NOTIFIED');
  });

  it('an agent notifies only the affiliations assigned to them', () => {
    given(approvedHistory(freshAffiliationId()))
      .when(notify(), on('2026-03-09', otherAgent))
      .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
  });
});

describe('the approval', () => {
  it('needs the verified requirements and carries the member number into the state', () => {
    const state = given(verifiedHistory(freshAffiliationId()))
      .when(approve(), on('2026-03-06', coordinator, '11:00'))
      .then([approved()]);
    expect(state).toMatchObject({ status: 'APPROVED', memberNumber: 'AF-000123', notification: null });
  });
});
