import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { RecordPersonalDataAccess } from './commands.js';
import { personalDataAccessDecider } from './decide.js';

const given = deciderSpecification(personalDataAccessDecider);
const calendar = createBusinessCalendar();
const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };
const agent: Actor = { id: 'user-agent', role: 'AGENT' };
const on = (actor: Actor): DecisionContext => ({ now: '2026-03-13T15:00:00.000Z', actor, calendar });
const ana = { personId: 'person-1', version: 2, reference: 'PQRS-2026-000001' };

const access = (overrides: Partial<RecordPersonalDataAccess['data']> = {}): RecordPersonalDataAccess => ({
  type: 'RecordPersonalDataAccess',
  data: { purpose: 'CASE_WORK', people: [ana], reasonTextId: null, ...overrides },
});

describe('recording who saw personal data', () => {
  it('case work records every person shown, with the version and the record', () => {
    given([])
      .when(access(), on(agent))
      .then([
        { type: 'PersonalDataViewed', data: { purpose: 'CASE_WORK', people: [ana], reasonTextId: null } },
      ]);
  });

  it('an auditor’s reveal is recorded with its reason', () => {
    given([])
      .when(access({ purpose: 'REVEAL', reasonTextId: 'text-1' }), on(auditor))
      .then([
        { type: 'PersonalDataViewed', data: { purpose: 'REVEAL', people: [ana], reasonTextId: 'text-1' } },
      ]);
  });

  it('a reveal without a reason is refused', () => {
    given([])
      .when(access({ purpose: 'REVEAL', reasonTextId: null }), on(auditor))
      .thenRefuses('REVEAL_REASON_REQUIRED', 'reason');
  });

  it('an agent may not reveal', () => {
    given([])
      .when(access({ purpose: 'REVEAL', reasonTextId: 'text-1' }), on(agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an access naming nobody is refused', () => {
    given([])
      .when(access({ people: [] }), on(agent))
      .thenRefuses('ACCESS_WITHOUT_PEOPLE', 'people');
  });
});

describe('recording a staff member’s download of a file that is someone’s personal data', () => {
  const download = (overrides: Partial<{ ownerId: string; attachmentId: string; sha256: string }> = {}) => ({
    type: 'RecordFileDownload' as const,
    data: { ownerId: 'person-1', attachmentId: 'file-1', sha256: 'a'.repeat(64), ...overrides },
  });

  it('records whose file, which file and which bytes', () => {
    given([])
      .when(download(), on(agent))
      .then([
        {
          type: 'PersonalFileDownloaded',
          data: { ownerId: 'person-1', attachmentId: 'file-1', sha256: 'a'.repeat(64) },
        },
      ]);
  });

  it('is refused without the owner, the file or a SHA-256', () => {
    given([])
      .when(download({ ownerId: ' ' }), on(agent))
      .thenRefuses('INVALID_FILE_DOWNLOAD');
    given([])
      .when(download({ sha256: 'not-a-hash' }), on(agent))
      .thenRefuses('INVALID_FILE_DOWNLOAD');
  });

  it('is a staff member’s record: a citizen’s own download is not an access to someone else’s data', () => {
    given([])
      .when(download(), on({ id: 'ventanilla-virtual', role: 'CITIZEN' }))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('is not a purpose a view may claim', () => {
    given([])
      .when(access({ purpose: 'FILE_DOWNLOAD' }), on(agent))
      .thenRefuses('INVALID_ACCESS_PURPOSE', 'purpose');
  });
});
