// `npm run audit:verify`: walks the whole event log and tells an auditor, in Spanish, whether it is whole —
// each stream's hash chain, the global order, the stream list, every radicado against its case, every
// signed head of the log — or what was altered and where. `--head <value>` also checks a head printed on
// a report; `--public-key <base64url>` (repeatable, or VENTANILLA_EARLIER_SIGNING_KEYS) trusts an earlier
// signing key. Then every attached file an event references is re-hashed against the event's SHA-256 (files
// erased with their owner's personal data are in order). Exit code 0 when whole,
// 1 when altered, 2 when it could not be checked.
import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  attachmentsInLog,
  verifyAttachments,
  type LogAttachmentsVerification,
} from '../attachments/attachment-verifier.js';
import { openAttachmentVerifier } from '../attachments/open-attachment-store.js';
import { redactCredentials } from '../config/configuration.js';
import type { EventStore } from '../engine/eventstore/event-store.js';
import { KurrentDbEventStore } from '../engine/eventstore/kurrentdb/kurrentdb-event-store.js';
import { parsePrintableLogHead, type SignedLogHead } from '../engine/eventstore/log-chain.js';
import { eventStoreFile } from '../engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../engine/eventstore/sqlite/sqlite-event-store.js';
import {
  findSigningKey,
  publicKeysFromText,
  SIGNING_KEY_FILE,
  SigningKeyMissingError,
  verifyLog,
  type LogVerification,
} from '../features/audit/index.js';
import { isRunAsScript } from './run-as-script.js';

export const AUDIT_EXIT_CODE = { intact: 0, tampered: 1, notVerifiable: 2 } as const;

export interface AuditVerifyOptions {
  readonly dataDir: string;
  /** EVENTSTORE_URL: walk the KurrentDB log there instead of the data directory's SQLite file. */
  readonly eventStoreUrl?: string | null;
  /** MONGODB_URL: the attached files are in its GridFS instead of the data directory. */
  readonly mongoUrl?: string | null;
  /** VENTANILLA_SIGNING_KEY: the signing key (else the data directory's signing.key, when there is one). */
  readonly signingKey?: string | null;
  /** Public keys also trusted (earlier signing keys), base64url of the raw 32 bytes. */
  readonly publicKeys?: readonly string[];
  /** A head printed on a report, that the log must still extend. */
  readonly head?: string | null;
  /** Where the report goes, one line at a time (stdout by default). */
  readonly print?: (line: string) => void;
}

const NO_KEY =
  `defina VENTANILLA_SIGNING_KEY, deje ${SIGNING_KEY_FILE} en la carpeta de datos o indique la clave ` +
  'pública con --public-key';

export async function runAuditVerify({
  dataDir,
  eventStoreUrl = null,
  mongoUrl = null,
  signingKey = null,
  publicKeys = [],
  head = null,
  print = console.log,
}: AuditVerifyOptions): Promise<number> {
  const file = eventStoreUrl === null ? eventStoreFile(dataDir) : redactCredentials(eventStoreUrl);
  // Opening a missing file would create an empty store and report it whole: say it is missing instead.
  if (eventStoreUrl === null && !existsSync(file)) {
    print(`No se encontró el almacén de eventos en ${file}`);
    return AUDIT_EXIT_CODE.notVerifiable;
  }

  let printedHead: SignedLogHead | undefined;
  if (head !== null && head.trim() !== '') {
    const parsed = parsePrintableLogHead(head);
    if (parsed === null) {
      print(
        'El valor de --head no es una cabeza como la imprimen los informes (VLH1.<evento>.<cadena>.<firma>).',
      );
      return AUDIT_EXIT_CODE.notVerifiable;
    }
    printedHead = parsed;
  }
  let trustedKeys: KeyObject[];
  try {
    const given = publicKeysFromText(publicKeys);
    if (!Array.isArray(given)) {
      print(`--public-key "${given.invalid}" no es una clave pública Ed25519 (32 bytes en base64url).`);
      return AUDIT_EXIT_CODE.notVerifiable;
    }
    const configured = findSigningKey(dataDir, signingKey);
    trustedKeys = configured === null ? given : [configured.publicKey, ...given];
  } catch (error) {
    print(`No se pudo leer la clave de firma: ${messageOf(error)}`);
    return AUDIT_EXIT_CODE.notVerifiable;
  }
  if (printedHead !== undefined && trustedKeys.length === 0) {
    print(`No se puede verificar la firma de la cabeza indicada sin la clave: ${NO_KEY}.`);
    return AUDIT_EXIT_CODE.notVerifiable;
  }

  let store: EventStore | undefined;
  try {
    const opened =
      eventStoreUrl === null
        ? await SqliteEventStore.open({ file })
        : await KurrentDbEventStore.connect({ connectionString: eventStoreUrl });
    store = opened;
    const report = await verifyLog(opened, {
      trustedKeys,
      ...(printedHead === undefined ? {} : { printedHead }),
    });
    for (const line of reportLines(report, printedHead)) print(line);
    const files = await verifyLoggedFiles(opened, dataDir, mongoUrl);
    for (const line of attachmentLines(files)) print(line);
    return report.ok && files.ok ? AUDIT_EXIT_CODE.intact : AUDIT_EXIT_CODE.tampered;
  } catch (error) {
    if (error instanceof SigningKeyMissingError) {
      print(`No se pudieron verificar las ${error.heads} cabezas firmadas del registro: ${NO_KEY}.`);
    } else {
      print(`No se pudo verificar la cadena de auditoría en ${file}: ${messageOf(error)}`);
    }
    return AUDIT_EXIT_CODE.notVerifiable;
  } finally {
    await store?.close();
  }
}

function reportLines(report: LogVerification, printedHead: SignedLogHead | undefined): string[] {
  const walked = `${report.eventsChecked} eventos en ${report.streamsChecked} flujos`;
  const heads =
    report.signedHeads === 0
      ? 'sin cabezas firmadas'
      : `${report.signedHeads} ${report.signedHeads === 1 ? 'cabeza firmada' : 'cabezas firmadas'} (la última ` +
        `de firma válida cubre ${report.eventsChecked - report.eventsAfterLastSignedHead} de ${report.eventsChecked} eventos)`;
  if (report.ok) {
    return [
      `Cadena de auditoría íntegra: ${walked}; ${heads}`,
      ...(printedHead === undefined
        ? []
        : [`La cabeza impresa (evento nº ${printedHead.sequence}) es auténtica y el registro la extiende.`]),
    ];
  }
  const count = report.findings.length + report.findingsLeftOut;
  return [
    `Registro alterado (${count} ${count === 1 ? 'hallazgo' : 'hallazgos'}):`,
    ...report.findings.map((finding) => `${finding.description} (${finding.kind})`),
    ...(report.findingsLeftOut > 0 ? [`… y ${report.findingsLeftOut} hallazgos más.`] : []),
    `Revisados: ${walked}; ${heads}`,
  ];
}

/** The files the log references, re-hashed; the file stores are opened only when there are any. */
async function verifyLoggedFiles(
  events: EventStore,
  dataDir: string,
  mongoUrl: string | null,
): Promise<LogAttachmentsVerification> {
  const references = await attachmentsInLog(events);
  if (references.length === 0) return { checked: 0, erased: 0, findings: [], ok: true };
  const { verifier, close } = await openAttachmentVerifier({ dataDir, mongoUrl });
  try {
    return await verifyAttachments(references, verifier);
  } finally {
    await close();
  }
}

function attachmentLines(files: LogAttachmentsVerification): string[] {
  if (files.checked === 0) return [];
  const erased =
    files.erased === 0
      ? ''
      : ` (${files.erased} ${files.erased === 1 ? 'borrado' : 'borrados'} con los datos personales de su titular)`;
  if (files.ok)
    return [
      `Archivos adjuntos íntegros: ${files.checked} ${files.checked === 1 ? 'archivo referido' : 'archivos referidos'} por el registro${erased}`,
    ];
  return [
    `Archivos adjuntos alterados o perdidos (${files.findings.length} de ${files.checked}):`,
    ...files.findings.map(
      (finding) =>
        `El archivo ${finding.id} (evento nº ${finding.position}, ${finding.type} en ${finding.stream}) ` +
        (finding.verdict === 'mismatch'
          ? `no coincide con la huella SHA-256 que el evento registra (${finding.sha256})`
          : `no se encuentra en el almacén de archivos (SHA-256 ${finding.sha256})`),
    ),
  ];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function dataDirFromEnvironment(): string {
  // Same rule as src/config/configuration.ts: unset or blank means ./data.
  const configured = process.env.VENTANILLA_DATA_DIR?.trim();
  return resolve(configured === undefined || configured === '' ? './data' : configured);
}

if (isRunAsScript(import.meta.url)) {
  let values: { head?: string; 'public-key'?: string[] };
  try {
    ({ values } = parseArgs({
      options: { head: { type: 'string' }, 'public-key': { type: 'string', multiple: true } },
    }));
  } catch (error) {
    console.log(`${messageOf(error)}. Uso: npm run audit:verify [-- --head <cabeza> --public-key <clave>]`);
    process.exit(AUDIT_EXIT_CODE.notVerifiable);
  }
  void runAuditVerify({
    dataDir: dataDirFromEnvironment(),
    eventStoreUrl: process.env.EVENTSTORE_URL?.trim() || null,
    mongoUrl: process.env.MONGODB_URL?.trim() || null,
    signingKey: process.env.VENTANILLA_SIGNING_KEY?.trim() || null,
    publicKeys: [
      ...(values['public-key'] ?? []),
      ...(process.env.VENTANILLA_EARLIER_SIGNING_KEYS ?? '').split(',').filter((key) => key.trim() !== ''),
    ],
    head: values.head ?? null,
  }).then((exitCode) => {
    process.exitCode = exitCode;
  });
}
