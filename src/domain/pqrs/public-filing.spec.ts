// The Ventanilla virtual in the domain: what a citizen files, what may be filed without naming anyone,
// and what the citizen may do afterwards on the tracking page.
import type { Actor } from '../shared/decider.js';
import type { AttachmentRef } from '../shared/attachments.js';
import type { ProvideInformation, ReceivePqrs } from './commands.js';
import {
  at,
  coordinator,
  freshRadicado,
  given,
  informationRequested,
  on,
  received,
} from './pqrs-spec-fixtures.js';
import { pqrsDecider } from './decide.js';

const citizen: Actor = { id: 'ventanilla-virtual', role: 'CITIZEN' };
const ACCESS_CODE_HASH = `sha256:${'c'.repeat(64)}`;
const letter: AttachmentRef = {
  id: '0b6f4a52-8a61-4d8e-9d0e-2f3f1c6a9e01',
  fileName: 'vault-text:carta',
  mediaType: 'application/pdf',
  size: 48_213,
  sha256: 'd'.repeat(64),
};

function portalReceipt(radicado: string, overrides: Partial<ReceivePqrs['data']> = {}): ReceivePqrs {
  return {
    type: 'ReceivePqrs',
    data: {
      radicado,
      kind: 'COMPLAINT',
      channel: 'WEB',
      subject: 'Mala atención en la sede',
      description: 'El funcionario no me atendió.',
      petitionerId: 'person-1',
      personType: 'NATURAL',
      answerChannel: 'EMAIL',
      dataProcessingConsent: { policyVersion: 'texto-abc', acceptedAt: at('2026-03-13', '11:00') },
      attachments: [letter],
      accessCodeHash: ACCESS_CODE_HASH,
      accessCode: 'vault-text:codigo',
      receivedAt: null,
      priority: [],
      ...overrides,
    },
  };
}

describe('a citizen filing through the Ventanilla virtual', () => {
  it('is received now on the web channel, with its files, answer channel, consent and access code hash', () => {
    const radicado = freshRadicado();
    const decision = pqrsDecider.decide(
      portalReceipt(radicado),
      pqrsDecider.initialState,
      on('2026-03-13', citizen),
    );
    expect(decision).toEqual([
      expect.objectContaining({
        type: 'Received',
        data: expect.objectContaining({
          channel: 'WEB',
          personType: 'NATURAL',
          petitionerId: 'person-1',
          answerChannel: 'EMAIL',
          dataProcessingConsent: { policyVersion: 'texto-abc', acceptedAt: at('2026-03-13', '11:00') },
          attachments: [letter],
          accessCodeHash: ACCESS_CODE_HASH,
          receivedAt: at('2026-03-13', '11:00'),
          textOwnerId: null,
        }),
      }),
      // Acknowledged at once, by the channel chosen, with the access code (sealed) to follow the case.
      expect.objectContaining({
        type: 'NotificationRequested',
        data: expect.objectContaining({
          kind: 'ACKNOWLEDGMENT',
          channel: 'EMAIL',
          follows: 'Received',
          recipient: { role: 'PETITIONER', personId: 'person-1', name: null, addressRef: null },
          accessCodeRef: 'vault-text:codigo',
          template: { key: 'ACKNOWLEDGMENT', version: 1 },
        }),
      }),
    ]);
  });

  it('must authorise the processing of their data when they give it', () => {
    given([])
      .when(portalReceipt(freshRadicado(), { dataProcessingConsent: null }), on('2026-03-13', citizen))
      .thenRefuses('CONSENT_REQUIRED', 'dataProcessingConsent');
  });

  it('must say how they want the answer', () => {
    given([])
      .when(portalReceipt(freshRadicado(), { answerChannel: null }), on('2026-03-13', citizen))
      .thenRefuses('ANSWER_CHANNEL_REQUIRED', 'answerChannel');
  });

  it('cannot date the filing, nor file on another channel, nor without an access code', () => {
    given([])
      .when(portalReceipt(freshRadicado(), { receivedAt: at('2026-03-10') }), on('2026-03-13', citizen))
      .thenRefuses('CITIZEN_RECEIVED_AT', 'receivedAt');
    given([])
      .when(portalReceipt(freshRadicado(), { channel: 'IN_PERSON' }), on('2026-03-13', citizen))
      .thenRefuses('CITIZEN_CHANNEL', 'channel');
    given([])
      .when(portalReceipt(freshRadicado(), { accessCodeHash: null }), on('2026-03-13', citizen))
      .thenRefuses('ACCESS_CODE_REQUIRED', 'accessCodeHash');
  });

  it('as a child or adolescent is attended with priority', () => {
    const decision = pqrsDecider.decide(
      portalReceipt(freshRadicado(), { personType: 'MINOR', kind: 'PETITION' }),
      pqrsDecider.initialState,
      on('2026-03-13', citizen),
    );
    expect(decision).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ personType: 'MINOR', priority: ['MINOR'] }),
      }),
      expect.objectContaining({ type: 'NotificationRequested' }),
    ]);
  });

  it('may not assign, answer or ask anything of a case: only file it and provide what was asked', () => {
    const radicado = freshRadicado();
    given([received(radicado)])
      .when(
        { type: 'AnswerPqrs', data: { answer: 'Respuesta', answeredAt: null } },
        on('2026-03-16', citizen),
      )
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('an anonymous filing', () => {
  const anonymous = (radicado: string, overrides: Partial<ReceivePqrs['data']> = {}) =>
    portalReceipt(radicado, {
      kind: 'DENUNCIATION',
      personType: 'ANONYMOUS',
      petitionerId: null,
      answerChannel: null,
      dataProcessingConsent: null,
      textOwnerId: 'owner-of-texts',
      ...overrides,
    });

  it('names no one, keeps its texts under an owner of their own and is followed with its access code', () => {
    const decision = pqrsDecider.decide(
      anonymous(freshRadicado()),
      pqrsDecider.initialState,
      on('2026-03-13', citizen),
    );
    expect(decision).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({
          personType: 'ANONYMOUS',
          petitionerId: null,
          petitionerVersion: null,
          textOwnerId: 'owner-of-texts',
          answerChannel: null,
          accessCodeHash: ACCESS_CODE_HASH,
        }),
      }),
    ]);
  });

  it('is refused for a kind the office does not take anonymously, naming the kinds it does', () => {
    const refusal = pqrsDecider.decide(
      anonymous(freshRadicado(), { kind: 'PETITION' }),
      pqrsDecider.initialState,
      on('2026-03-13', citizen),
    );
    expect(refusal).toEqual(expect.objectContaining({ code: 'ANONYMOUS_NOT_ALLOWED', field: 'personType' }));
    expect((refusal as { message: string }).message).toContain('queja');
  });

  it('follows the kinds the office configured', () => {
    const context = { ...on('2026-03-13', citizen), anonymousPqrsKinds: ['PETITION'] };
    expect(
      pqrsDecider.decide(anonymous(freshRadicado(), { kind: 'PETITION' }), pqrsDecider.initialState, context),
    ).toEqual([expect.objectContaining({ type: 'Received' })]);
    expect(pqrsDecider.decide(anonymous(freshRadicado()), pqrsDecider.initialState, context)).toEqual(
      expect.objectContaining({ code: 'ANONYMOUS_NOT_ALLOWED' }),
    );
  });

  it('cannot name a petitioner nor an answer channel', () => {
    given([])
      .when(anonymous(freshRadicado(), { petitionerId: 'person-1' }), on('2026-03-13', citizen))
      .thenRefuses('ANONYMOUS_WITH_PETITIONER', 'petitionerId');
    given([])
      .when(anonymous(freshRadicado(), { answerChannel: 'EMAIL' }), on('2026-03-13', citizen))
      .thenRefuses('ANSWER_CHANNEL_WITHOUT_PETITIONER', 'answerChannel');
  });

  it('may also be received by staff (a letter with no sender), with no access code', () => {
    const decision = pqrsDecider.decide(
      anonymous(freshRadicado(), { channel: 'MAIL', accessCodeHash: null, receivedAt: at('2026-03-12') }),
      pqrsDecider.initialState,
      on('2026-03-13', coordinator),
    );
    expect(decision).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ personType: 'ANONYMOUS', accessCodeHash: null }),
      }),
    ]);
  });
});

describe('the citizen on the tracking page', () => {
  const provide = (overrides: Partial<ProvideInformation['data']> = {}): ProvideInformation => ({
    type: 'ProvideInformation',
    data: { providedAt: null, note: 'Adjunto la copia pedida.', attachments: [letter], ...overrides },
  });

  it('provides the information asked for now, with files: the term restarts', () => {
    const radicado = freshRadicado();
    given([received(radicado), informationRequested()])
      .when(provide(), on('2026-03-20', citizen))
      .then([
        {
          type: 'InformationProvided',
          data: expect.objectContaining({
            providedAt: at('2026-03-20', '11:00'),
            providedOn: '2026-03-20',
            dueDate: '2026-04-15',
            attachments: [letter],
          }) as never,
        },
      ]);
  });

  it('cannot date what they provide', () => {
    given([received(freshRadicado()), informationRequested()])
      .when(provide({ providedAt: at('2026-03-18') }), on('2026-03-20', citizen))
      .thenRefuses('CITIZEN_PROVIDED_AT', 'providedAt');
  });

  it('cannot provide anything when nothing was asked', () => {
    given([received(freshRadicado())])
      .when(provide(), on('2026-03-20', citizen))
      .thenRefuses('NOT_AWAITING_INFORMATION');
  });

  it('staff still record information provided by other means, dated', () => {
    given([received(freshRadicado()), informationRequested()])
      .when(provide({ providedAt: at('2026-03-19'), attachments: [] }), on('2026-03-20', coordinator))
      .then([
        {
          type: 'InformationProvided',
          data: expect.objectContaining({ providedAt: at('2026-03-19'), attachments: [] }) as never,
        },
      ]);
  });
});
