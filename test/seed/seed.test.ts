// `npm run seed -- --demo`: a small year seeded through the command path into a temporary folder, then read
// back through GraphQL and the event log — everything the dashboards need is there, recorded over the
// year, the hash chain whole; the same seed seeds the same events; a folder with events is refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAuditVerify } from '../../src/cli/audit-verify.js';
import { runSeed, SEED_EXIT_CODE } from '../../src/cli/seed.js';
import { LOG_HEAD_STREAM } from '../../src/domain/log-head/index.js';
import { PQRS_CHANNELS, PQRS_KINDS } from '../../src/domain/pqrs/events.js';
import { addCalendarDays, addCalendarMonths, bogotaDateOf } from '../../src/domain/shared/time.js';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { ADMIN, VentanillaHarness } from '../support/ventanilla-harness.js';

const CASES = '150';
const SEED = '7';
const UNTIL = addCalendarDays(bogotaDateOf(new Date().toISOString()), -1);
const FROM = addCalendarDays(addCalendarMonths(UNTIL, -12), 1);

interface SeedRun {
  readonly dataDir: string;
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

async function seed(dataDir: string, args: readonly string[] = []): Promise<SeedRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSeed(
    ['--demo', '--cases', CASES, '--seed', SEED, '--until', UNTIL, ...args],
    {
      VENTANILLA_DATA_DIR: dataDir,
      VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
      LOG_LEVEL: 'error',
    },
    { out: (line) => out.push(line), err: (line) => err.push(line) },
  );
  return { dataDir, code, out, err };
}

async function readLog(dataDir: string): Promise<RecordedEvent[]> {
  const store = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  try {
    return await store.readAll(null, 1_000_000);
  } finally {
    await store.close();
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Each stream as comparable text: its events' types, data, occurredAt and recordedAt, with the ids the
 * application draws at random (people, accounts, improvement actions) renamed by order of appearance.
 */
function streamsOf(events: readonly RecordedEvent[]): string[] {
  const byStream = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    // A signed head sums up the events' random ids and is signed with each folder's own key: it differs
    // between two seeds by nature (that it is there is checked apart).
    if (event.stream === LOG_HEAD_STREAM) continue;
    byStream.set(event.stream, [...(byStream.get(event.stream) ?? []), event]);
  }
  return [...byStream.entries()]
    .map(([stream, streamEvents]) => {
      const names = new Map<string, string>();
      const text = JSON.stringify({
        stream,
        events: streamEvents.map((event) => ({
          type: event.type,
          data: event.data,
          occurredAt: event.metadata.occurredAt,
          recordedAt: event.metadata.recordedAt,
        })),
      });
      return text.replace(UUID, (id) => {
        if (!names.has(id)) names.set(id, `<id ${names.size}>`);
        return names.get(id)!;
      });
    })
    .sort();
}

describe('npm run seed -- --demo', () => {
  let first: SeedRun;
  let log: RecordedEvent[];

  beforeAll(async () => {
    first = await seed(mkdtempSync(join(tmpdir(), 'ventanilla-seed-')));
    log = await readLog(first.dataDir);
  }, 180_000);

  afterAll(() => {
    rmSync(first.dataDir, { recursive: true, force: true });
  });

  it('seeds the year and prints the summary, with progress in Spanish on stderr', () => {
    expect(first.err.at(-1)).toMatch(/^Siembra terminada en/);
    expect(first.code).toBe(SEED_EXIT_CODE.seeded);
    expect(first.err.some((line) => line.startsWith('Simulando '))).toBe(true);
    expect(first.out[0]).toBe(`PQRS radicadas: ${CASES}`);
    expect(first.out.some((line) => line.startsWith('Cuentas de demostración creadas'))).toBe(true);
  });

  it('records the events over the year, never going back, never after its last day', () => {
    const recordedOn = log.map((event) => bogotaDateOf(event.metadata.recordedAt));
    const days = new Set(recordedOn);
    expect(days.size).toBeGreaterThan(150);
    expect(recordedOn[0]! >= FROM).toBe(true);
    expect(recordedOn.at(-1)! <= UNTIL).toBe(true);
    const recordedAt = log.map((event) => event.metadata.recordedAt);
    expect(recordedAt).toEqual([...recordedAt].sort());
    // Issued before (or when) recorded, as the metadata of a real command is.
    expect(log.every((event) => event.metadata.occurredAt <= event.metadata.recordedAt)).toBe(true);
  });

  it('leaves a hash chain that the audit verification finds whole, under one signed head of the year', async () => {
    const lines: string[] = [];
    const code = await runAuditVerify({ dataDir: first.dataDir, print: (line) => lines.push(line) });
    expect({ code, lines }).toEqual({
      code: 0,
      lines: [
        `Cadena de auditoría íntegra: ${log.length} eventos en ${new Set(log.map((event) => event.stream)).size} ` +
          `flujos; 1 cabeza firmada (la última de firma válida cubre ${log.length - 1} de ${log.length} eventos)`,
        // The answers' letters (and the portal filings' files), each found whole by its hash.
        expect.stringMatching(/^Archivos adjuntos íntegros: [1-9]\d* archivos referidos por el registro$/),
      ],
    });
    expect(log.at(-1)).toMatchObject({ stream: LOG_HEAD_STREAM, type: 'LogHeadSigned' });
  });

  it('extends, transfers, asks to complete (art. 17) and withdraws cases, and answers some exactly on the due date', () => {
    const ofType = (type: string) =>
      log.filter((event) => event.type === type && event.stream.startsWith('pqrs-'));
    expect(ofType('DeadlineExtended').length).toBeGreaterThan(0);
    expect(ofType('Transferred').length).toBeGreaterThan(0);
    expect(ofType('InformationRequested').length).toBeGreaterThan(0);
    expect(ofType('InformationProvided').length).toBeGreaterThan(0);
    const withdrawals = ofType('Withdrawn').map((event) => (event.data as { mode: string }).mode);
    expect(new Set(withdrawals)).toEqual(new Set(['EXPRESS', 'TACIT']));
    const answers = ofType('Answered').map(
      (event) => event.data as { answeredOn: string; dueDate: string; onTime: boolean },
    );
    expect(
      answers.filter((answer) => answer.answeredOn === answer.dueDate && answer.onTime).length,
    ).toBeGreaterThan(0);
    const lateShare = answers.filter((answer) => !answer.onTime).length / answers.length;
    expect(lateShare).toBeGreaterThan(0.04);
    expect(lateShare).toBeLessThan(0.16);
    // Each event names who did it and under which command, like any mutation's.
    expect(
      log.every(
        (event) => event.metadata.actorId && event.metadata.correlationId && event.metadata.causationId,
      ),
    ).toBe(true);
  });

  describe('read through GraphQL', () => {
    let ventanilla: VentanillaHarness;
    let token: string;

    beforeAll(async () => {
      ventanilla = await VentanillaHarness.start({}, first.dataDir);
      token = await ventanilla.login();
    }, 60_000);

    afterAll(async () => {
      await ventanilla.stop();
    });

    it('shows every kind and channel, answers on time and late, open and overdue cases', async () => {
      const { pqrsIndicators } = await ventanilla.ok(
        `query ($from: Date!, $to: Date!) {
          pqrsIndicators(from: $from, to: $to) {
            received answeredOnTime answeredLate open overdue
            byKind { kind count } byChannel { channel count }
          }
        }`,
        { from: FROM, to: UNTIL },
        token,
      );
      expect(pqrsIndicators.received).toBe(Number(CASES));
      expect(pqrsIndicators.answeredOnTime).toBeGreaterThan(pqrsIndicators.answeredLate);
      expect(pqrsIndicators.answeredLate).toBeGreaterThan(0);
      expect(pqrsIndicators.open).toBeGreaterThan(0);
      expect(pqrsIndicators.overdue).toBeGreaterThan(0);
      const kinds = pqrsIndicators.byKind
        .filter((entry: any) => entry.count > 0)
        .map((entry: any) => entry.kind);
      // Every kind the demo deals (not the habeas data requests of Ley 1581: KIND_SHARES, plan-pqrs.ts).
      expect(new Set(kinds)).toEqual(new Set(PQRS_KINDS.filter((kind) => !kind.startsWith('HABEAS_DATA_'))));
      const channels = pqrsIndicators.byChannel
        .filter((entry: any) => entry.count > 0)
        .map((entry: any) => entry.channel);
      expect(new Set(channels)).toEqual(new Set(PQRS_CHANNELS));
    });

    it('lists transferred and withdrawn cases', async () => {
      const count = async (status: string) =>
        (
          await ventanilla.ok(
            `query ($status: PqrsStatus) { pqrsList(filter: { status: $status }, first: 1) { totalCount } }`,
            { status },
            token,
          )
        ).pqrsList.totalCount;
      expect(await count('TRANSFERRED')).toBeGreaterThan(0);
      expect(await count('WITHDRAWN')).toBeGreaterThan(0);
      expect(await count('CLOSED')).toBeGreaterThan(0);
    });

    it('has affiliations, improvement actions of every kind of ending, and FAQ entries', async () => {
      const data = await ventanilla.ok(
        `{
          affiliations(first: 1) { totalCount }
          closedEffective: improvementActions(filter: { status: CLOSED_EFFECTIVE }, first: 1) { totalCount }
          closedNotEffective: improvementActions(filter: { status: CLOSED_NOT_EFFECTIVE }, first: 1) { totalCount }
          overdue: improvementActions(filter: { status: OVERDUE }, first: 1) { totalCount }
          open: improvementActions(filter: { status: OPEN }, first: 1) { totalCount }
          faqEntries(first: 10) { totalCount }
        }`,
        {},
        token,
      );
      expect(data.affiliations.totalCount).toBeGreaterThanOrEqual(12);
      for (const status of ['closedEffective', 'closedNotEffective', 'overdue', 'open']) {
        expect({ status, count: data[status].totalCount }).toEqual({ status, count: expect.any(Number) });
        expect(data[status].totalCount).toBeGreaterThan(0);
      }
      expect(data.faqEntries.totalCount).toBeGreaterThan(0);
    });

    it('has survey responses of both evaluations, with comments, linked to answered cases', async () => {
      const { surveyInstruments } = await ventanilla.ok(
        `{ surveyInstruments(first: 1) { nodes { id } } }`,
        {},
        token,
      );
      const { satisfactionResults } = await ventanilla.ok(
        `query ($id: ID!, $from: Date!, $to: Date!) {
          satisfactionResults(instrumentId: $id, from: $from, to: $to) {
            responses
            firstEvaluation { responses }
            secondEvaluation { responses }
            freeTextAnswers { text }
          }
        }`,
        { id: surveyInstruments.nodes[0].id, from: FROM, to: UNTIL },
        token,
      );
      expect(satisfactionResults.responses).toBeGreaterThanOrEqual(10);
      expect(satisfactionResults.firstEvaluation.responses).toBeGreaterThan(0);
      expect(satisfactionResults.secondEvaluation.responses).toBeGreaterThan(0);
      expect(satisfactionResults.freeTextAnswers.length).toBeGreaterThan(0);
      const linked = log
        .filter((event) => event.type === 'SurveyAnswered')
        .map((event) => (event.data as { radicado: string | null }).radicado);
      const answered = new Set(
        log.filter((event) => event.type === 'Answered').map((event) => event.stream.replace(/^pqrs-/, '')),
      );
      expect(linked.every((radicado) => radicado !== null && answered.has(radicado))).toBe(true);
    });
  });

  it('seeds the same events with the same seed', async () => {
    const second = await seed(mkdtempSync(join(tmpdir(), 'ventanilla-seed-')));
    try {
      expect(second.code).toBe(SEED_EXIT_CODE.seeded);
      const secondLog = await readLog(second.dataDir);
      expect(secondLog.length).toBe(log.length);
      expect(streamsOf(secondLog)).toEqual(streamsOf(log));
    } finally {
      rmSync(second.dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses a folder that already has events, in Spanish, writing nothing', async () => {
    const refused = await seed(first.dataDir);
    expect(refused.code).toBe(SEED_EXIT_CODE.refused);
    expect(refused.err.join('\n')).toMatch(
      /ya tiene eventos: no se siembran datos de demostración.*--force/s,
    );
    expect((await readLog(first.dataDir)).length).toBe(log.length);
  });

  it('with --force appends a year recorded after the events already there, and only then', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-seed-'));
    try {
      const earlier = await seed(dataDir, ['--cases', '20', '--until', addCalendarDays(FROM, -1)]);
      expect(earlier.code).toBe(SEED_EXIT_CODE.seeded);
      const beforeLog = await readLog(dataDir);
      const before = beforeLog.length;

      const appended = await seed(dataDir, ['--cases', '20', '--force']);
      expect(appended.code).toBe(SEED_EXIT_CODE.seeded);
      expect(appended.out.some((line) => line.startsWith('Cuentas de demostración que ya existían'))).toBe(
        true,
      );
      const after = await readLog(dataDir);
      expect(after.length).toBeGreaterThan(before);
      const petitionersOf = (events: readonly RecordedEvent[]) =>
        events
          .filter((event) => event.type === 'Received' && event.stream.startsWith('pqrs-'))
          .map((event) => (event.data as { petitionerId: string }).petitionerId);
      const newPetitioners = petitionersOf(after.slice(before));
      expect(newPetitioners).toHaveLength(20);
      // The invented people of the second year are new people, not the first year's renamed.
      const earlierPetitioners = new Set(petitionersOf(beforeLog));
      expect(newPetitioners.filter((id) => earlierPetitioners.has(id))).toEqual([]);

      // The year just seeded is recorded after the start of any other year ending before today.
      const again = await seed(dataDir, ['--cases', '20', '--force']);
      expect(again.code).toBe(SEED_EXIT_CODE.refused);
      expect(again.err.join('\n')).toMatch(
        /tiene eventos grabados hasta .* después del comienzo del año simulado/,
      );
      expect((await readLog(dataDir)).length).toBe(after.length);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
