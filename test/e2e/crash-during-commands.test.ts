// What speed must not cost: the server, killed with SIGKILL while sixteen cases are worked at once (the
// receipts pipelined on the radicado counter, the appends committed in groups, the read models nobody is
// reading left to gather), loses no command it acknowledged; after a restart every read model equals a
// rebuild from the log. The writer is the real application, compiled for the occasion (tsc, no type
// check: that is `npm run typecheck`'s job) and run as a child process that prints each acknowledgement.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { deadLetterCollectionOf } from '../../src/engine/projections/projection.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { APPLICATION_PROJECTIONS } from '../../src/features/read-models.js';
import { dumpCollection, temporaryReadModels } from '../projections/fixtures/read-model-fixtures.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so the compiled application resolves its packages from node_modules.
const buildDir = join(projectRoot, 'node_modules', '.cache', 'ventanilla-crash-during-commands');
const CASES_IN_FLIGHT = 16;
const KILL_AFTER_ACKNOWLEDGED = 240;

/** The writer: the application on the data folder, sixteen cases at a time, each acknowledgement printed. */
const WRITER = `
import { CommandBus } from '@nestjs/cqrs';
const build = process.env.BUILD_DIR;
const { createVentanillaApp } = await import(build + '/src/app.js');
const { loadConfiguration } = await import(build + '/src/config/configuration.js');
const { RunCommand } = await import(build + '/src/engine/commands/run-command.js');
const { pqrsCase, RADICADO_TO_BE_ISSUED } = await import(build + '/src/features/pqrs/commands.js');
const { staffMemberNamed } = await import(build + '/src/domain/shared/staff-member.js');
const { BENCH_ADMIN_SETTING } = await import(build + '/bench/bench-app.js');
const { benchAdministrator, createStaffMember, commandMetadata } = await import(build + '/bench/bench-staff.js');

const app = await createVentanillaApp(
  loadConfiguration({
    VENTANILLA_DATA_DIR: process.env.DATA_DIR,
    VENTANILLA_BOOTSTRAP_ADMIN: BENCH_ADMIN_SETTING,
    LOG_LEVEL: 'error',
    PORT: '0',
  }),
);
await app.init();
const bus = app.get(CommandBus);
const coordinator = await benchAdministrator(app);
const agent = await createStaffMember(app, coordinator, 'agente.caida', 'AGENT');
const run = async (actor, id, command, options = {}) => {
  const outcome = await bus.execute(new RunCommand(pqrsCase, id, command, commandMetadata(actor), options));
  process.stdout.write(JSON.stringify({ stream: outcome.stream, revision: outcome.revision, type: command.type }) + '\\n');
  return outcome.id;
};
let next = 0;
const work = async () => {
  for (;;) {
    const index = next++;
    const radicado = await run(agent, null, {
      type: 'ReceivePqrs',
      data: {
        radicado: RADICADO_TO_BE_ISSUED, kind: 'PETITION', channel: 'IN_PERSON',
        subject: 'Certificado ' + index, description: 'Solicito un certificado.',
        petitionerId: '', receivedAt: null, priority: [],
      },
    }, {
      people: { petitionerId: {
        name: 'Peticionaria ' + index, documentType: 'CC', documentNumber: String(41000000 + index),
        email: 'p' + index + '@example.co', phone: null, address: null,
      } },
    });
    await run(coordinator, radicado, { type: 'AssignPqrs', data: { assignee: staffMemberNamed(agent.id), dependency: null } });
    await run(agent, radicado, { type: 'AnswerPqrs', data: { answer: 'Se expide el certificado.', answeredAt: null, accessDecision: null } });
  }
};
for (let worker = 0; worker < ${CASES_IN_FLIGHT}; worker++) void work();
`;

interface Acknowledged {
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
}

let dataDir: string;

function compileApplication(): void {
  rmSync(buildDir, { recursive: true, force: true });
  try {
    execFileSync(
      process.execPath,
      [
        join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
        ...['-p', join(projectRoot, 'tsconfig.build.json'), '--outDir', buildDir],
        ...['--tsBuildInfoFile', join(buildDir, '.tsbuildinfo'), '--noCheck'],
      ],
      { cwd: projectRoot, stdio: 'pipe' },
    );
  } catch (error) {
    // tsc reports but still emits; only a missing entry point is fatal here.
    if (!existsSync(join(buildDir, 'src', 'app.js'))) throw error;
  }
  // node_modules is a package boundary: without this the compiled ES modules would load as CommonJS.
  mkdirSync(buildDir, { recursive: true });
  writeFileSync(join(buildDir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(buildDir, 'writer.mjs'), WRITER);
}

/** Runs the writer and SIGKILLs it once it has acknowledged enough commands; what it acknowledged. */
function writeAndKill(): Promise<{ acknowledged: Acknowledged[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const writer = spawn(process.execPath, [join(buildDir, 'writer.mjs')], {
      cwd: projectRoot,
      // Jest's NODE_OPTIONS (--experimental-vm-modules) are not the writer's.
      env: { ...process.env, BUILD_DIR: buildDir, DATA_DIR: dataDir, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: Acknowledged[] = [];
    let stderr = '';
    writer.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(() => writer.kill('SIGKILL'), 120_000);
    createInterface({ input: writer.stdout }).on('line', (line) => {
      acknowledged.push(JSON.parse(line) as Acknowledged);
      if (acknowledged.length === KILL_AFTER_ACKNOWLEDGED) writer.kill('SIGKILL');
    });
    writer.on('error', reject);
    writer.on('exit', (_code, signal) => {
      clearTimeout(guard);
      if (acknowledged.length < KILL_AFTER_ACKNOWLEDGED) {
        reject(new Error(`The writer ended after ${acknowledged.length} commands: ${stderr}`));
      } else resolve({ acknowledged, signal });
    });
  });
}

beforeAll(() => {
  compileApplication();
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-crash-commands-'));
}, 120_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
});

it('keeps every acknowledged command through a SIGKILL, and the read models equal a rebuild after restarting', async () => {
  const { acknowledged, signal } = await writeAndKill();
  expect(signal).toBe('SIGKILL');

  const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  try {
    const eventOf: Record<string, string> = {
      ReceivePqrs: 'Received',
      AssignPqrs: 'Assigned',
      AnswerPqrs: 'Answered',
    };
    for (const { stream, revision, type } of acknowledged) {
      const events = await eventStore.readStream(stream);
      // The command's own event is in the stream at or before the revision it was acknowledged with.
      expect({
        stream,
        type,
        found: events.slice(0, revision + 1).some((e) => e.type === eventOf[type]),
      }).toEqual({ stream, type, found: true });
    }
    const receipts = acknowledged.filter(({ type }) => type === 'ReceivePqrs');
    expect(new Set(receipts.map(({ stream }) => stream)).size).toBe(receipts.length);
  } finally {
    await eventStore.close();
  }

  // The restart: whatever the crash interrupted is completed, and the read models catch up with the log.
  const ventanilla = await VentanillaHarness.start({}, dataDir);
  await ventanilla.stop();

  const finalStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  const live = await SqliteReadModelStore.open({ dataDir });
  const rebuilt = await temporaryReadModels('ventanilla-crash-commands-rebuilt-');
  try {
    const head = await finalStore.headPosition();
    await rebuildProjections(finalStore, rebuilt.store, APPLICATION_PROJECTIONS);
    for (const projection of APPLICATION_PROJECTIONS) {
      expect({ projection: projection.name, checkpoint: await live.getCheckpoint(projection.name) }).toEqual({
        projection: projection.name,
        checkpoint: head,
      });
      for (const collection of [...projection.collections, deadLetterCollectionOf(projection.name)]) {
        expect({ collection, documents: await dumpCollection(live, collection) }).toEqual({
          collection,
          documents: await dumpCollection(rebuilt.store, collection),
        });
      }
    }
  } finally {
    await rebuilt.cleanup();
    await live.close();
    await finalStore.close();
  }
}, 240_000);
