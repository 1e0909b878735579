// `npm run audit:verify`: re-walks the event store's hash chain and tells an auditor, in Spanish,
// whether the log is whole or which event was altered. Exit code 0 when whole, 1 when altered,
// 2 when it could not be checked.
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { redactCredentials } from '../config/configuration.js';
import { verifyAuditTrail, type AuditMismatchReason } from '../engine/eventstore/audit-verifier.js';
import type { EventStore } from '../engine/eventstore/event-store.js';
import { KurrentDbEventStore } from '../engine/eventstore/kurrentdb/kurrentdb-event-store.js';
import { eventStoreFile } from '../engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../engine/eventstore/sqlite/sqlite-event-store.js';

export const AUDIT_EXIT_CODE = { intact: 0, tampered: 1, notVerifiable: 2 } as const;

export interface AuditVerifyOptions {
  readonly dataDir: string;
  /** EVENTSTORE_URL: walk the KurrentDB log there instead of the data directory's SQLite file. */
  readonly eventStoreUrl?: string | null;
  /** Where the report goes, one line at a time (stdout by default). */
  readonly print?: (line: string) => void;
}

const REASON_TEXT: Record<AuditMismatchReason, string> = {
  HASH_MISMATCH: 'su contenido no corresponde a su hash',
  CHAIN_BROKEN: 'no encadena con el evento anterior del flujo',
  REVISION_GAP: 'falta al menos un evento antes de esta revisión',
};

export async function runAuditVerify({
  dataDir,
  eventStoreUrl = null,
  print = console.log,
}: AuditVerifyOptions): Promise<number> {
  const file = eventStoreUrl === null ? eventStoreFile(dataDir) : redactCredentials(eventStoreUrl);
  // Opening a missing file would create an empty store and report it whole: say it is missing instead.
  if (eventStoreUrl === null && !existsSync(file)) {
    print(`No se encontró el almacén de eventos en ${file}`);
    return AUDIT_EXIT_CODE.notVerifiable;
  }

  let store: EventStore | undefined;
  try {
    const opened =
      eventStoreUrl === null
        ? await SqliteEventStore.open({ file })
        : await KurrentDbEventStore.connect({ connectionString: eventStoreUrl });
    store = opened;
    const report = await verifyAuditTrail(opened);
    if (report.firstMismatch === undefined) {
      print(
        `Cadena de auditoría íntegra: ${report.eventsChecked} eventos en ${report.streamsChecked} flujos`,
      );
      return AUDIT_EXIT_CODE.intact;
    }
    const mismatch = report.firstMismatch;
    print(`Evento alterado: flujo ${mismatch.stream}, revisión ${mismatch.revision}, id ${mismatch.eventId}`);
    print(
      `  tipo ${mismatch.type}, posición ${mismatch.position}: ${REASON_TEXT[mismatch.reason]} (${mismatch.reason})`,
    );
    print(`Revisados: ${report.eventsChecked} eventos en ${report.streamsChecked} flujos`);
    return AUDIT_EXIT_CODE.tampered;
  } catch (error) {
    print(
      `No se pudo verificar la cadena de auditoría en ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return AUDIT_EXIT_CODE.notVerifiable;
  } finally {
    await store?.close();
  }
}

function dataDirFromEnvironment(): string {
  // Same rule as src/config/configuration.ts: unset or blank means ./data.
  const configured = process.env.VENTANILLA_DATA_DIR?.trim();
  return resolve(configured === undefined || configured === '' ? './data' : configured);
}

function isRunAsScript(): boolean {
  const scriptPath = process.argv[1];
  if (scriptPath === undefined || !existsSync(scriptPath)) return false;
  return import.meta.url === pathToFileURL(realpathSync(scriptPath)).href;
}

if (isRunAsScript()) {
  void runAuditVerify({
    dataDir: dataDirFromEnvironment(),
    eventStoreUrl: process.env.EVENTSTORE_URL?.trim() || null,
  }).then((exitCode) => {
    process.exitCode = exitCode;
  });
}
