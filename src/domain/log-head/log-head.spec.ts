import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { LogHeadCommand, LogHeadFacts } from './commands.js';
import { logHeadDecider, type LogHeadState } from './decide.js';
import type { LogHeadEvent, LogHeadSigned } from './events.js';

const given = deciderSpecification<LogHeadCommand, LogHeadEvent, LogHeadState>(logHeadDecider);
const calendar = createBusinessCalendar();
const installation: DecisionContext = {
  now: '2026-03-13T15:00:00.000Z',
  actor: { id: 'firmante-del-registro', role: 'ADMIN' },
  calendar,
};

function facts(sequence: number, chainHash = 'a'.repeat(64)): LogHeadFacts {
  return {
    sequence,
    chainHash,
    position: sequence,
    lastEventId: `event-${sequence}`,
    signature: 'S'.repeat(86),
    publicKey: 'K'.repeat(43),
  };
}
const sign = (sequence: number, chainHash?: string): LogHeadCommand => ({
  type: 'SignLogHead',
  data: facts(sequence, chainHash),
});
const signed = (sequence: number, chainHash?: string): LogHeadSigned => ({
  type: 'LogHeadSigned',
  data: { ...facts(sequence, chainHash), signedAt: installation.now },
});

describe('when no head has been signed', () => {
  it('the first head is recorded with the moment it was signed', () => {
    given([])
      .when(sign(12), installation)
      .then([signed(12)]);
  });

  it('a head that covers no event is refused', () => {
    given([]).when(sign(0), installation).thenRefuses('INVALID_LOG_HEAD', 'sequence');
  });

  it('a chain hash that is not a SHA-256 is refused', () => {
    given([]).when(sign(3, 'xyz'), installation).thenRefuses('INVALID_LOG_HEAD', 'chainHash');
  });

  it('a signature that is not an Ed25519 one in base64url is refused', () => {
    const command: LogHeadCommand = { type: 'SignLogHead', data: { ...facts(3), signature: 'no+es/base64' } };
    given([]).when(command, installation).thenRefuses('INVALID_LOG_HEAD', 'signature');
  });

  it('only the administrators (the installation in their name) sign heads', () => {
    given([])
      .when(sign(3), { ...installation, actor: { id: 'user-coordinator', role: 'COORDINATOR' } })
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('when heads have been signed', () => {
  it('a head further along the log is recorded', () => {
    given([signed(12)])
      .when(sign(40, 'b'.repeat(64)), installation)
      .then([signed(40, 'b'.repeat(64))]);
  });

  it('a head that covers no more than the last one is refused', () => {
    given([signed(12)])
      .when(sign(11), installation)
      .thenRefuses('LOG_HEAD_NOT_AFTER_LAST', 'sequence');
  });

  it('the same head signed again changes nothing', () => {
    given([signed(12)])
      .when(sign(12), installation)
      .thenNothingHappens();
  });

  it('another chain hash for the last head is refused', () => {
    given([signed(12)])
      .when(sign(12, 'c'.repeat(64)), installation)
      .thenRefuses('LOG_HEAD_NOT_AFTER_LAST', 'sequence');
  });
});
