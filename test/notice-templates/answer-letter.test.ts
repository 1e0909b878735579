// The answer letter on the real application: its outgoing number taken from the year's counter in the
// log (the same for a retried command), the PDF rendered from the ANSWER_LETTER template with the
// letterhead and signer of the configuration, and kept in the attachment store under its SHA-256.
import { createHash } from 'node:crypto';
import type { DomainCommand } from '../../src/domain/shared/decider.js';
import { AggregateCommandExecutor, eventIdFor } from '../../src/engine/commands/command-executor.js';
import type { CommandMetadata } from '../../src/engine/commands/command-metadata.js';
import type { LookUpContext } from '../../src/engine/commands/run-command.js';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { ATTACHMENT_STORE, type AttachmentStore } from '../../src/attachments/attachment-store.js';
import { AnswerLetters, type AnswerLetterInput } from '../../src/features/notice-templates/index.js';
import { extractPdf } from '../support/pdf-text.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

let ventanilla: VentanillaHarness;
let letters: AnswerLetters;

const letter: AnswerLetterInput = {
  radicado: 'PQRS-2026-000042',
  receivedOn: '2026-03-05',
  kindLabel: 'Petición',
  subject: 'Certificado de afiliación',
  answer:
    'Adjuntamos el certificado de afiliación solicitado.\n\nSi necesita una copia autenticada, puede pedirla en la sede principal.',
  answeredOn: '2026-03-20',
  addressee: {
    name: 'Ana María Gómez',
    email: 'ana.gomez@example.co',
    address: 'Calle 10 # 5-20, Zipaquirá',
  },
  annexes: ['Certificado de afiliación.pdf', 'Estado de cuenta marzo.xlsx'],
};

/**
 * What the command path hands an answer's look-ups, over the application's own executor and log: `issue`
 * runs the counter's command under this command's metadata and, for a retry, finds the event it issued.
 */
function lookUpContext(commandId: string): LookUpContext<DomainCommand> {
  const executor = ventanilla.app.get(AggregateCommandExecutor);
  const log = ventanilla.app.get<EventStore>(EVENT_STORE);
  const metadata: CommandMetadata = {
    commandId,
    actor: { id: 'agente-cartas', role: 'AGENT' },
    correlationId: commandId,
    causationId: commandId,
    issuedAt: '2026-03-20T15:00:00.000Z',
  };
  return {
    metadata,
    id: 'PQRS-2026-000042',
    lookUpData: undefined,
    peopleDescribed: [],
    precheck: async () => [],
    keepPersonalData: async (command) => command,
    issue: async (counter, id, command) => {
      const stream = counter.streamOf(id);
      const outcome = await executor.execute(counter, { stream, command, metadata });
      if (outcome.events[0] !== undefined) return outcome.events[0];
      const previous = (await log.readStream(stream)).find(
        (event) => event.id === eventIdFor(commandId, stream, 0),
      );
      return { type: previous!.type, data: previous!.data } as never;
    },
    stateOf: (aggregate, id) => executor.stateOf(aggregate, aggregate.streamOf(id)),
    exists: async (aggregate, id) =>
      (await log.readStream(aggregate.streamOf(id), { maxCount: 1 })).length > 0,
  };
}

beforeAll(async () => {
  ventanilla = await VentanillaHarness.start({
    VENTANILLA_ENTITY_NAME: 'Corporación Autónoma de Ensayo',
    VENTANILLA_OFFICE_NAME: 'Oficina de Atención al Ciudadano',
    VENTANILLA_LETTERHEAD: 'Carrera 7 # 12-34, Bogotá D. C. | Teléfono 601 555 0100',
    VENTANILLA_LETTER_SIGNER: 'Laura Restrepo Díaz',
    VENTANILLA_LETTER_SIGNER_TITLE: 'Jefe de la Oficina de Atención al Ciudadano',
  });
  letters = ventanilla.app.get(AnswerLetters);
});

afterAll(async () => {
  await ventanilla.stop();
});

it('prints the letterhead, outgoing number, addressee, reference, answer, signer and annexes', async () => {
  const pdf = await extractPdf(await letters.render({ ...letter, outgoingNumber: 'SAL-2026-000007' }));
  const text = pdf.pages.flat().join('\n');
  for (const expected of [
    'Corporación Autónoma de Ensayo',
    'Oficina de Atención al Ciudadano',
    'Carrera 7 # 12-34, Bogotá D. C.',
    'Teléfono 601 555 0100',
    'Radicado de salida SAL-2026-000007',
    '20 de marzo de 2026',
    'Ana María Gómez',
    'Calle 10 # 5-20, Zipaquirá',
    'ana.gomez@example.co',
    'radicado PQRS-2026-000042 del 05/03/2026 (petición)',
    'Respuesta a su solicitud «Certificado de afiliación»',
    'Adjuntamos el certificado de afiliación solicitado.',
    'Laura Restrepo Díaz',
    'Jefe de la Oficina de Atención al Ciudadano',
    'Certificado de afiliación.pdf',
    'Estado de cuenta marzo.xlsx',
  ]) {
    expect(text).toContain(expected);
  }
  expect(pdf.info.Title).toBe('Oficio de respuesta SAL-2026-000007');
});

it('addresses an anonymous petition to «Peticionario anónimo»', async () => {
  const pdf = await extractPdf(
    await letters.render({
      ...letter,
      addressee: { name: null, email: null, address: null },
      outgoingNumber: 'SAL-2026-000008',
    }),
  );
  expect(pdf.pages.flat()).toContain('Peticionario anónimo');
});

it('the same letter renders to the same bytes', async () => {
  const first = await letters.render({ ...letter, outgoingNumber: 'SAL-2026-000009' });
  const second = await letters.render({ ...letter, outgoingNumber: 'SAL-2026-000009' });
  expect(second.equals(first)).toBe(true);
});

describe('issuing a letter', () => {
  it('takes the next outgoing number of the answer year and keeps the PDF under its SHA-256', async () => {
    const issued = await letters.issue(lookUpContext('respuesta-1'), letter);
    expect(issued.outgoingNumber).toBe('SAL-2026-000001');
    expect(issued.template).toEqual({ key: 'ANSWER_LETTER', version: 1 });
    expect(issued.attachment).toMatchObject({
      fileName: 'Respuesta PQRS-2026-000042 SAL-2026-000001.pdf',
      mediaType: 'application/pdf',
    });
    const kept = await ventanilla.app.get<AttachmentStore>(ATTACHMENT_STORE).get(issued.attachment.sha256);
    expect(kept).not.toBeNull();
    expect(createHash('sha256').update(kept!).digest('hex')).toBe(issued.attachment.sha256);
    expect(issued.attachment.size).toBe(kept!.byteLength);
    const rendered = await letters.render({ ...letter, outgoingNumber: issued.outgoingNumber });
    expect(createHash('sha256').update(rendered).digest('hex')).toBe(issued.attachment.sha256);
  });

  it('a retried command gets the same number and the same bytes; another command the next number', async () => {
    const first = await letters.issue(lookUpContext('respuesta-2'), letter);
    const retried = await letters.issue(lookUpContext('respuesta-2'), letter);
    const other = await letters.issue(lookUpContext('respuesta-3'), letter);
    expect(first.outgoingNumber).toBe('SAL-2026-000002');
    expect(retried.outgoingNumber).toBe('SAL-2026-000002');
    expect(retried.attachment.sha256).toBe(first.attachment.sha256);
    expect(other.outgoingNumber).toBe('SAL-2026-000003');
    const counter = await ventanilla.app.get<EventStore>(EVENT_STORE).readStream('outgoing-2026');
    expect(counter.map((event) => [event.type, (event.data as { radicado: string }).radicado])).toEqual([
      ['OutgoingNumberIssued', 'PQRS-2026-000042'],
      ['OutgoingNumberIssued', 'PQRS-2026-000042'],
      ['OutgoingNumberIssued', 'PQRS-2026-000042'],
    ]);
  });
});
