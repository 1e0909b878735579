// The mailbox reader's own file: which message became which radicado, and the queue «Correo por revisar»,
// whose senders and subjects go when a staff member dismisses the message.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAIL_INTAKE_FILE, MailIntakeStore } from '../../src/features/mail-intake/mail-intake-store.js';

let dataDir: string;
let store: MailIntakeStore;
const now = new Date('2026-12-04T15:00:00Z');

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-mail-intake-'));
  store = MailIntakeStore.open(dataDir, () => now);
});

afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const message = {
  receivedAt: '2026-12-04T14:00:00.000Z',
  from: 'Ana Zuluaga <ana@correo.example>',
  subject: 'Solicitud sin texto',
  reason: 'El mensaje no trae texto ni archivos adjuntos.',
};

it('remembers the radicado a message became, and only the first', () => {
  expect(store.radicadoOf('mail-id:1')).toBeNull();

  store.recordRadicated('mail-id:1', 'PQRS-2026-000001');
  store.recordRadicated('mail-id:1', 'PQRS-2026-000002');

  expect(store.radicadoOf('mail-id:1')).toBe('PQRS-2026-000001');
});

it('queues a message once, however many copies arrive', () => {
  const first = store.queueForReview('mail-id:2', message);
  const again = store.queueForReview('mail-id:2', { ...message, reason: 'Otro motivo.' });

  expect(again).toBe(first);
  expect(store.pendingReview()).toEqual([
    { id: first, ...message, reason: 'Otro motivo.', queuedAt: now.toISOString() },
  ]);
});

it('takes a dismissed message out of the queue with who and why, and forgets its sender and subject', async () => {
  const id = store.queueForReview('mail-id:3', message);

  expect(store.dismiss(id, 'user-7', 'Correo no deseado.')).toEqual({
    id,
    dismissedAt: now.toISOString(),
    dismissedBy: 'user-7',
    reason: 'Correo no deseado.',
  });
  expect(store.pendingReview()).toEqual([]);
  expect(store.dismiss(id, 'user-7', 'Otra vez.')).toBeNull();
  expect(store.dismiss('no-existe', 'user-7', 'x')).toBeNull();

  await store.close();
  const bytes = readFileSync(join(dataDir, MAIL_INTAKE_FILE));
  expect(bytes.includes(Buffer.from('ana@correo.example'))).toBe(false);
  expect(bytes.includes(Buffer.from('Solicitud sin texto'))).toBe(false);
  store = MailIntakeStore.open(dataDir, () => now);
});

it('puts a dismissed message back in the queue when a copy of it arrives again', () => {
  const id = store.queueForReview('mail-id:4', message);
  store.dismiss(id, 'user-7', 'Resuelto.');

  store.queueForReview('mail-id:4', message);

  expect(store.pendingReview().map((queued) => queued.id)).toEqual([id]);
});
