// The office's mailbox reader (a SYSTEM actor) radicates what arrives by e-mail, and nothing else.
import type { Actor } from '../shared/decider.js';
import type { ReceivePqrs } from './commands.js';
import { at, freshRadicado, given, on } from './pqrs-spec-fixtures.js';
import { pqrsDecider } from './decide.js';

const mailIntake: Actor = { id: 'mail-intake', role: 'SYSTEM' };

function mailReceipt(overrides: Partial<ReceivePqrs['data']> = {}): ReceivePqrs {
  return {
    type: 'ReceivePqrs',
    data: {
      radicado: freshRadicado(),
      kind: 'PETITION',
      channel: 'EMAIL',
      subject: 'Solicitud de certificado',
      description: 'Buenos días, solicito un certificado de afiliación.',
      petitionerId: 'person-7',
      answerChannel: 'EMAIL',
      receivedAt: at('2026-03-13', '08:15'),
      priority: [],
      ...overrides,
    },
  };
}

describe('the mailbox reader', () => {
  it('radicates a message on the e-mail channel, received when it arrived', () => {
    const decision = pqrsDecider.decide(
      mailReceipt(),
      pqrsDecider.initialState,
      on('2026-03-13', mailIntake),
    );
    expect(decision).toEqual([
      expect.objectContaining({
        type: 'Received',
        data: expect.objectContaining({
          channel: 'EMAIL',
          answerChannel: 'EMAIL',
          receivedAt: at('2026-03-13', '08:15'),
        }),
      }),
      // Acknowledged by e-mail, like every electronic filing.
      expect.objectContaining({
        type: 'NotificationRequested',
        data: expect.objectContaining({ kind: 'ACKNOWLEDGMENT', channel: 'EMAIL' }),
      }),
    ]);
  });

  it('radicates nothing that did not come by e-mail', () => {
    given([])
      .when(mailReceipt({ channel: 'WEB' }), on('2026-03-13', mailIntake))
      .thenRefuses('SYSTEM_CHANNEL', 'channel');
  });
});
