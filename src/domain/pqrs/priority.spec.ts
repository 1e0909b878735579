import type { NotificationRequested } from '../notifications/notifications.js';
import { decide } from './decide.js';
import type { ReceivePqrs } from './commands.js';
import type { PqrsEvent } from './events.js';
import { PRIORITY_BASIS, priorityRankOf } from './priority.js';
import { at, freshRadicado, given, on } from './pqrs-spec-fixtures.js';

const PROOF_FILE = {
  id: 'attachment-1',
  sha256: 'a'.repeat(64),
  fileName: 'ref-text-dictamen',
  mediaType: 'application/pdf',
  size: 1024,
};

/** A petition received on Monday 30 March 2026 (Holy Week: Thursday 2 and Friday 3 April are holidays). */
function receive(radicado: string, overrides: Partial<ReceivePqrs['data']> = {}): ReceivePqrs {
  return {
    type: 'ReceivePqrs',
    data: {
      radicado,
      kind: 'PETITION',
      channel: 'IN_PERSON',
      subject: 'Medicamento no entregado',
      description: 'Solicito la entrega urgente del medicamento formulado.',
      petitionerId: 'person-1',
      receivedAt: at('2026-03-30', '09:00'),
      priority: [],
      attachments: [PROOF_FILE],
      ...overrides,
    },
  };
}

function eventsOf(command: ReceivePqrs): readonly PqrsEvent[] {
  const decision = decide(command, { status: 'NOT_RECEIVED' }, on('2026-03-30'));
  if (!Array.isArray(decision)) throw new Error(`Refused: ${JSON.stringify(decision)}`);
  return decision as readonly PqrsEvent[];
}

describe('priority at filing (Ley 1755 de 2015 art. 20; Ley 1437 de 2011 art. 5 num. 6)', () => {
  it('art. 20 reasons change the order of attention; art. 5.6 reasons are preferential attention', () => {
    expect(PRIORITY_BASIS).toEqual({
      FUNDAMENTAL_RIGHT_RISK: 'ART_20',
      JOURNALIST: 'ART_20',
      MINOR: 'ART_20',
      DISABILITY: 'CPACA_5_6',
      PREGNANCY: 'CPACA_5_6',
      OLDER_ADULT: 'CPACA_5_6',
    });
  });

  it('the Bandeja puts an alert first, then art. 20, then art. 5.6, then the rest', () => {
    expect(priorityRankOf(['FUNDAMENTAL_RIGHT_RISK'], true)).toBe(0);
    expect(priorityRankOf(['OLDER_ADULT', 'JOURNALIST'], false)).toBe(1);
    expect(priorityRankOf(['PREGNANCY'], false)).toBe(2);
    expect(priorityRankOf([], false)).toBe(3);
  });

  it('preferential attention (older adult, pregnancy, disability) is recorded on Received and nothing else', () => {
    const radicado = freshRadicado();
    const events = eventsOf(receive(radicado, { priority: ['OLDER_ADULT', 'PREGNANCY', 'DISABILITY'] }));
    expect(events.map((event) => event.type)).toEqual(['Received']);
    expect(events[0]).toMatchObject({ data: { priority: ['OLDER_ADULT', 'PREGNANCY', 'DISABILITY'] } });
  });

  it('a fundamental-right risk with summary proof is recognised with the proof given', () => {
    const radicado = freshRadicado();
    const events = eventsOf(
      receive(radicado, {
        priority: ['FUNDAMENTAL_RIGHT_RISK'],
        priorityProof: 'Fórmula médica y dictamen que acreditan el tratamiento.',
        priorityProofAttachments: [PROOF_FILE.sha256],
      }),
    );
    expect(events.map((event) => event.type)).toEqual(['Received', 'PriorityRecognised']);
    expect(events[1]).toEqual({
      type: 'PriorityRecognised',
      data: {
        reasons: ['FUNDAMENTAL_RIGHT_RISK'],
        proofSummary: 'Fórmula médica y dictamen que acreditan el tratamiento.',
        proofAttachments: [PROOF_FILE.sha256],
        proofGiven: true,
        lifeOrIntegrityRisk: false,
        recognisedAt: '2026-03-30T16:00:00.000Z',
      },
    });
  });

  it('a fundamental-right risk without proof is radicated all the same, recorded as not proven', () => {
    const radicado = freshRadicado();
    const events = eventsOf(receive(radicado, { priority: ['FUNDAMENTAL_RIGHT_RISK'] }));
    expect(events[1]).toMatchObject({
      type: 'PriorityRecognised',
      data: { proofGiven: false, proofSummary: null, proofAttachments: [] },
    });
  });

  it('a risk to life or integrity raises an alert and mails the coordinators, after the acknowledgment', () => {
    const radicado = freshRadicado();
    const command = receive(radicado, {
      channel: 'EMAIL',
      priority: ['OLDER_ADULT'],
      lifeOrIntegrityRisk: true,
      priorityProof: 'Historia clínica con diagnóstico de riesgo vital.',
    });
    given([]).when(command, on('2026-03-30')).thenSetsAside(['ACKNOWLEDGMENT/EMAIL', 'PRIORITY_ALERT/EMAIL']);
    const events = eventsOf(command);
    expect(events.map((event) => event.type)).toEqual([
      'Received',
      'NotificationRequested',
      'PriorityRecognised',
      'PriorityAlertRaised',
      'NotificationRequested',
    ]);
    // The risk to life is a fundamental-right risk: it is added to the reasons.
    expect(events[0]).toMatchObject({ data: { priority: ['OLDER_ADULT', 'FUNDAMENTAL_RIGHT_RISK'] } });
    expect(events[3]).toEqual({
      type: 'PriorityAlertRaised',
      data: { reasons: ['OLDER_ADULT', 'FUNDAMENTAL_RIGHT_RISK'], raisedAt: '2026-03-30T16:00:00.000Z' },
    });
    const alert = events[4] as NotificationRequested;
    expect(alert.data).toMatchObject({
      notificationId: `${radicado}-N2`,
      kind: 'PRIORITY_ALERT',
      channel: 'EMAIL',
      recipient: { role: 'COORDINATORS', personId: null, name: null, addressRef: null },
      follows: 'PriorityAlertRaised',
    });
  });

  it('a child who files is attended with priority, and only once so named', () => {
    const radicado = freshRadicado();
    const events = eventsOf(receive(radicado, { personType: 'MINOR', priority: ['MINOR', 'DISABILITY'] }));
    expect(events[0]).toMatchObject({ data: { priority: ['MINOR', 'DISABILITY'] } });
  });

  it('summary proof without a fundamental-right risk is refused', () => {
    given([])
      .when(
        receive(freshRadicado(), { priority: ['JOURNALIST'], priorityProof: 'Carné de prensa.' }),
        on('2026-03-30'),
      )
      .thenRefuses('PRIORITY_PROOF_WITHOUT_RISK', 'priorityProof');
  });

  it('a proof file that is not among the filing’s files is refused', () => {
    given([])
      .when(
        receive(freshRadicado(), {
          priority: ['FUNDAMENTAL_RIGHT_RISK'],
          priorityProofAttachments: ['b'.repeat(64)],
        }),
        on('2026-03-30'),
      )
      .thenRefuses('PRIORITY_PROOF_ATTACHMENT_UNKNOWN', 'priorityProofAttachments');
  });
});
