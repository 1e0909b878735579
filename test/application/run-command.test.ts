// The one command path, on the real application and its embedded stores: what the generic handler does
// for every command — the domain asked before anything is kept, the vault written only for an accepted
// command, a retry answered the same, no read model waited for.
import { jest } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import type { PqrsCommand } from '../../src/domain/pqrs/commands.js';
import type { Actor } from '../../src/domain/shared/decider.js';
import { staffMemberNamed } from '../../src/domain/shared/staff-member.js';
import { initialSurveyInstrumentState } from '../../src/domain/survey/index.js';
import { DomainRuleViolation } from '../../src/engine/application-errors.js';
import { RunCommand } from '../../src/engine/commands/run-command.js';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { ProjectionRunner } from '../../src/engine/projections/projection-runner.js';
import { pqrsCase, RADICADO_TO_BE_ISSUED } from '../../src/features/pqrs/commands.js';
import { surveyInstrument, surveyResponse } from '../../src/features/surveys/commands.js';
import {
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
  type PetitionerData,
} from '../../src/personal-data/personal-data-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

let harness: VentanillaHarness;
let commands: CommandBus;
let vault: PersonalDataStore;
let coordinator: Actor;

const person = (documentNumber: string): PetitionerData => ({
  name: 'Marta Rojas',
  documentType: 'CC',
  documentNumber,
  email: 'marta@example.co',
  phone: null,
  address: null,
});

const receipt = (
  overrides: Partial<Extract<PqrsCommand, { type: 'ReceivePqrs' }>['data']> = {},
): PqrsCommand => ({
  type: 'ReceivePqrs',
  data: {
    radicado: RADICADO_TO_BE_ISSUED,
    kind: 'PETITION',
    channel: 'EMAIL',
    subject: 'Certificado de afiliación',
    description: 'Solicito el certificado.',
    petitionerId: '',
    receivedAt: null,
    priority: [],
    ...overrides,
  },
});

beforeAll(async () => {
  harness = await VentanillaHarness.start();
  commands = harness.app.get(CommandBus);
  vault = harness.app.get<PersonalDataStore>(PERSONAL_DATA_STORE);
  const admin = await harness.login();
  const { id } = await harness.userWithRoles(admin, 'coordinadora.ruta', ['COORDINATOR']);
  coordinator = { id, role: 'COORDINATOR' };
});

afterAll(async () => {
  await harness.stop();
});

it('a receipt the domain refuses keeps no personal data and takes no radicado', async () => {
  const refused = commands.execute(
    new RunCommand(
      pqrsCase,
      null,
      receipt({ subject: '  ' }),
      { actor: coordinator },
      {
        people: { petitionerId: person('1010101010') },
      },
    ),
  );
  await expect(refused).rejects.toBeInstanceOf(DomainRuleViolation);
  expect(await vault.findByDocument('CC', '1010101010')).toBeNull();

  const accepted = await commands.execute(
    new RunCommand(
      pqrsCase,
      null,
      receipt(),
      { actor: coordinator },
      {
        people: { petitionerId: person('1010101010') },
      },
    ),
  );
  expect(accepted.id).toMatch(/^PQRS-\d{4}-000001$/);
  expect(await vault.findByDocument('CC', '1010101010')).toBe(
    (accepted.events[0] as { data: { petitionerId: string } }).data.petitionerId,
  );
});

it("a survey whose look-ups refuse it (a case that does not exist) keeps no respondent's data", async () => {
  const { id: instrumentId } = await commands.execute(
    new RunCommand(
      surveyInstrument,
      'instrumento-ruta',
      {
        type: 'CreateSurveyInstrument',
        data: {
          instrumentId: 'instrumento-ruta',
          name: 'Satisfacción',
          questions: [{ id: null, text: '¿Cómo lo atendimos?', kind: 'SCALE_1_5' }],
          satisfactionThreshold: null,
        },
      },
      { actor: coordinator },
    ),
  );
  const answer = commands.execute(
    new RunCommand(
      surveyResponse,
      'respuesta-ruta',
      {
        type: 'AnswerSurvey',
        data: {
          responseId: 'respuesta-ruta',
          instrumentId,
          instrument: initialSurveyInstrumentState,
          instrumentVersion: null,
          answers: [{ questionId: 'q1', score: 5, yes: null, text: null }],
          channel: 'PHONE',
          answeredOn: null,
          evaluation: 'FIRST',
          radicado: 'PQRS-2026-999999',
          affiliationId: null,
          respondentId: null,
        },
      },
      { actor: coordinator },
      { people: { respondentId: person('2020202020') } },
    ),
  );
  await expect(answer).rejects.toMatchObject({ field: 'radicado' });
  expect(await vault.findByDocument('CC', '2020202020')).toBeNull();
});

it('the same command again (a retry with its command id) changes nothing and answers the same', async () => {
  const origin = { actor: coordinator, commandId: '5a0d86f6-5e49-4ad4-9d7d-4d84f3d3a0a1' };
  const first = await commands.execute(
    new RunCommand(pqrsCase, null, receipt({ subject: 'Reintento' }), origin, {
      people: { petitionerId: person('3030303030') },
    }),
  );
  const again = await commands.execute(
    new RunCommand(pqrsCase, null, receipt({ subject: 'Reintento' }), origin, {
      people: { petitionerId: person('3030303030') },
    }),
  );
  // The receipt and its acknowledgment.
  expect(first.events.map((event) => event.type)).toEqual(['Received', 'NotificationRequested']);
  expect(again).toMatchObject({
    id: first.id,
    events: [],
    revision: first.revision,
    position: first.position,
  });
});

it('a retried receipt with changed data files the version its first attempt kept and records the change once', async () => {
  const first = await commands.execute(
    new RunCommand(
      pqrsCase,
      null,
      receipt(),
      { actor: coordinator },
      { people: { petitionerId: person('6060') } },
    ),
  );
  const personId = (first.events[0] as { data: { petitionerId: string } }).data.petitionerId;
  const origin = { actor: coordinator, commandId: '0c6d0f2e-8f43-4c8e-9a55-3d1f0b7e2a10' };
  const changed = { people: { petitionerId: { ...person('6060'), email: 'marta.nueva@example.co' } } };

  const filed = await commands.execute(new RunCommand(pqrsCase, null, receipt(), origin, changed));
  const retried = await commands.execute(new RunCommand(pqrsCase, null, receipt(), origin, changed));

  expect(filed.events[0]).toMatchObject({ data: { petitionerId: personId, petitionerVersion: 2 } });
  expect(retried).toMatchObject({ id: filed.id, events: [] });
  const personStream = await harness.app.get<EventStore>(EVENT_STORE).readStream(`person-${personId}`);
  expect(personStream.map((event) => [event.type, event.data])).toEqual([
    ['PersonalDataChanged', { personId, version: 2, previousVersion: 1, changedFields: ['email'] }],
  ]);
  expect(await vault.get(personId, 1)).toEqual(person('6060'));
});

it('an assignment the directory cannot back (no such account) is refused by the domain, naming the field', async () => {
  const { id: radicado } = await commands.execute(
    new RunCommand(
      pqrsCase,
      null,
      receipt(),
      { actor: coordinator },
      { people: { petitionerId: person('4040') } },
    ),
  );
  const assign = commands.execute(
    new RunCommand(
      pqrsCase,
      radicado,
      { type: 'AssignPqrs', data: { assignee: staffMemberNamed('nadie'), dependency: null } },
      { actor: coordinator },
    ),
  );
  await expect(assign).rejects.toMatchObject({
    domainError: { code: 'INVALID_ASSIGNEE', field: 'assigneeId' },
  });
});

it('a command waits for no read model: its cost is its write', async () => {
  const waits = jest.spyOn(harness.app.get(ProjectionRunner), 'waitForPosition');
  await commands.execute(
    new RunCommand(
      pqrsCase,
      null,
      receipt(),
      { actor: coordinator },
      { people: { petitionerId: person('5050') } },
    ),
  );
  expect(waits).not.toHaveBeenCalled();
  waits.mockRestore();
});
