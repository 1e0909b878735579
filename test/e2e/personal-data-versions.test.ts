// Finding 2 of the security review, over HTTP: a receipt with a known document number and other data
// ("Impostor", another e-mail, no address) does not change the earlier case's petitioner; the change is
// a fact in the log (who, which fields, when — never the values) and both versions stay in the vault.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `
  mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const CASE = `
  query ($radicado: String!) {
    pqrs(radicado: $radicado) {
      petitioner { id version name documentNumber email phone address erased masked }
    }
  }`;

const ana = {
  name: 'Ana Lucía Gómez Restrepo',
  documentType: 'CC',
  documentNumber: '52987654',
  email: 'ana.gomez@correo.example',
  phone: '3104567890',
  address: 'Calle 10 # 5-20, Zipaquirá',
};

const petition = (petitioner: Record<string, unknown>) => ({
  kind: 'PETITION',
  channel: 'EMAIL',
  subject: 'Certificado de afiliación',
  description: 'Solicito copia del certificado de afiliación.',
  petitioner,
});

describe('a receipt with a known document number and other data', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let agent: { id: string; token: string };
  let first: string;
  let second: string;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    agent = await ventanilla.userWithRoles(admin, 'agente.radicador', ['AGENT']);
    first = (await ventanilla.ok(RECEIVE, { input: petition(ana) }, agent.token)).receivePqrs.radicado;
    const impostor = { ...ana, name: 'Impostor', email: 'otro@correo.example', address: null };
    second = (await ventanilla.ok(RECEIVE, { input: petition(impostor) }, agent.token)).receivePqrs.radicado;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  const petitionerOf = async (radicado: string) =>
    (await ventanilla.ok(CASE, { radicado }, admin)).pqrs.petitioner as Record<string, unknown>;

  it('leaves the first case with the data it was filed with, address included', async () => {
    const { documentType: _notAsked, ...shown } = ana;
    expect(await petitionerOf(first)).toEqual({
      id: expect.any(String),
      version: 1,
      ...shown,
      erased: false,
      masked: false,
    });
  });

  it('files the second case with the new data, as a new version of the same person', async () => {
    const [earlier, later] = [await petitionerOf(first), await petitionerOf(second)];
    expect(later).toMatchObject({
      version: 2,
      name: 'Impostor',
      email: 'otro@correo.example',
      address: null,
    });
    expect(later['id']).toBe(earlier['id']);
  });

  it('records the change in the person’s stream: who, which fields and when, never the values', async () => {
    const personId = (await petitionerOf(first))['id'] as string;
    const events = await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`person-${personId}`);

    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'PersonalDataChanged',
      data: { personId, version: 2, previousVersion: 1, changedFields: ['name', 'email', 'address'] },
      metadata: { actorId: agent.id, actorRole: 'AGENT', occurredAt: expect.any(String) },
    });
    const raw = JSON.stringify(events);
    for (const value of ['Impostor', 'otro@correo.example', 'Zipaquirá', ana.name])
      expect(raw).not.toContain(value);
  });

  it('keeps the first case’s own history as it was: only its receipt and its acknowledgment', async () => {
    const history = await ventanilla.ok(
      `query ($r: String!) { caseHistory(radicado: $r) { events { type data } } }`,
      { r: first },
      admin,
    );
    // Filed by e-mail: the receipt comes with its acknowledgment, in the same decision.
    expect(history.caseHistory.events.map((event: { type: string }) => event.type)).toEqual([
      'Received',
      'NotificationRequested',
    ]);
    expect(history.caseHistory.events[0].data).toMatchObject({ petitionerVersion: 1 });
    expect(history.caseHistory.events[1].data).toMatchObject({ kind: 'ACKNOWLEDGMENT', follows: 'Received' });
  });

  it('records going back to earlier data as a change, and the same data once more as nothing', async () => {
    const again = (await ventanilla.ok(RECEIVE, { input: petition(ana) }, agent.token)).receivePqrs.radicado;
    const personId = (await petitionerOf(first))['id'] as string;

    // Ana's data differ from the last version (the impostor's): version 3, recorded like any change.
    expect(await petitionerOf(again)).toMatchObject({ id: personId, version: 3, name: ana.name });
    const third = (await ventanilla.ok(RECEIVE, { input: petition(ana) }, agent.token)).receivePqrs.radicado;
    expect(await petitionerOf(third)).toMatchObject({ version: 3 });
    const events = await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`person-${personId}`);
    expect(events.map((event) => (event.data as { version: number }).version)).toEqual([2, 3]);
  });

  it('keeps every version in the vault, sealed', () => {
    const vault = new Database(join(ventanilla.config.dataDir, 'personal-data.sqlite'), { readonly: true });
    const versions = vault.prepare('SELECT count(*) AS n FROM person_versions').get() as { n: number };
    vault.close();
    expect(versions.n).toBe(3);
  });
});
