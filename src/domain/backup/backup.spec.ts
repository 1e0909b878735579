import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { BackupCommand, BackupFacts } from './commands.js';
import { backupDecider, type BackupState } from './decide.js';
import type { BackupEvent, BackupTaken } from './events.js';

const given = deciderSpecification<BackupCommand, BackupEvent, BackupState>(backupDecider);
const calendar = createBusinessCalendar();
const schedule: DecisionContext = {
  now: '2026-03-13T15:00:05.000Z',
  actor: { id: 'copia-programada', role: 'SYSTEM' },
  calendar,
};
const administrator: DecisionContext = { ...schedule, actor: { id: 'cli:operador', role: 'ADMIN' } };

function facts(overrides: Partial<BackupFacts> = {}): BackupFacts {
  return {
    backupId: '20260313T150000Z-a1b2c3',
    takenAt: '2026-03-13T15:00:00.000Z',
    headPosition: 120,
    lastSignedHeadSequence: 100,
    manifestSha256: 'a'.repeat(64),
    files: 7,
    bytes: 4096,
    readModelsIncluded: true,
    keysIncluded: false,
    trigger: 'SCHEDULED',
    ...overrides,
  };
}
const record = (overrides?: Partial<BackupFacts>): BackupCommand => ({
  type: 'RecordBackup',
  data: facts(overrides),
});
const taken = (overrides?: Partial<BackupFacts>): BackupTaken => ({
  type: 'BackupTaken',
  data: facts(overrides),
});

describe('when the backup is not recorded yet', () => {
  it('the schedule records it with its head and its manifest hash', () => {
    given([]).when(record(), schedule).then([taken()]);
  });

  it('an administrator running the tool records it too', () => {
    given([])
      .when(record({ trigger: 'MANUAL' }), administrator)
      .then([taken({ trigger: 'MANUAL' })]);
  });

  it('a backup of an empty log, with no signed head, is recorded', () => {
    given([])
      .when(record({ headPosition: null, lastSignedHeadSequence: null }), schedule)
      .then([taken({ headPosition: null, lastSignedHeadSequence: null })]);
  });

  it('a coordinator may not record a backup', () => {
    given([])
      .when(record(), { ...schedule, actor: { id: 'coordinadora', role: 'COORDINATOR' } })
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a manifest hash that is not a SHA-256 is refused', () => {
    given([])
      .when(record({ manifestSha256: 'xyz' }), schedule)
      .thenRefuses('INVALID_BACKUP', 'manifestSha256');
  });

  it('a moment that is not an instant is refused', () => {
    given([])
      .when(record({ takenAt: '13/03/2026' }), schedule)
      .thenRefuses('INVALID_BACKUP', 'takenAt');
  });

  it('a negative head position is refused', () => {
    given([])
      .when(record({ headPosition: -1 }), schedule)
      .thenRefuses('INVALID_BACKUP', 'headPosition');
  });

  it('a backup without files is refused', () => {
    given([])
      .when(record({ files: 0 }), schedule)
      .thenRefuses('INVALID_BACKUP', 'files');
  });
});

describe('when the backup is recorded', () => {
  it('recording it again with the same manifest changes nothing', () => {
    given([taken()]).when(record(), schedule).then([]);
  });

  it('recording it with another manifest is refused', () => {
    given([taken()])
      .when(record({ manifestSha256: 'b'.repeat(64) }), schedule)
      .thenRefuses('BACKUP_ALREADY_RECORDED', 'manifestSha256');
  });
});
