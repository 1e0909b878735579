// Verifies the audit trail: walks the global log once, in order, through the EventStore port, and checks
//   - each event against its stream: its revision is the next one, it chains onto the stream's previous
//     event, and its content gives its hash (under the scheme it was sealed with, hash-chain.ts);
//   - the global order: positions strictly increase, recordedAt never decreases, and an event that
//     carries its sequence in the log sits at that very place;
//   - the stream list the store keeps apart from the events (revision and last hash of each stream);
//   - anchors: heads of the log (how many events, and the chain over them, log-chain.ts) that the log
//     must still extend — the signed heads recorded in the log, and one printed on a report;
//   - whatever a caller plugs in (LogCheck): the features' own cross-checks, such as every radicado
//     issued having its case.
// Every finding names what and where, in Spanish, for the auditor.
import type {
  EventMetadata,
  EventStore,
  GlobalPosition,
  RecordedEvent,
  UnusableStreamReason,
} from './event-store.js';
import { eventHash, GENESIS_HASH } from './hash-chain.js';
import { extendLogChain, LOG_CHAIN_GENESIS, type LogHead } from './log-chain.js';

/**
 * What was found. The store's own kinds:
 * HASH_MISMATCH: the event's content no longer gives its stored hash (it was edited).
 * CHAIN_BROKEN: its previousHash is not the hash of the event before it (one was replaced or re-hashed).
 * REVISION_GAP: its revision is not the next one (an event before it was deleted or renumbered).
 * SEQUENCE_MISMATCH: it was recorded as the n-th event of the log and is not there (events were deleted,
 *   inserted or moved before it).
 * POSITION_NOT_INCREASING / RECORDED_AT_DECREASES: the global order goes back.
 * STREAM_NOT_LISTED / STREAM_HEAD_MISMATCH / STREAM_WITHOUT_EVENTS: the stream list and the events disagree.
 * STREAM_DELETED / STREAM_TRUNCATED / STREAM_FOREIGN_EVENTS: the store names a stream it cannot hand over
 *   whole: deleted (soft or for good) or truncated on the server, or holding events that are not ours.
 * HEAD_NOT_EXTENDED / HEAD_BEYOND_LOG: the log is no longer the one an anchor (a signed head) summed up.
 * Checks plugged in add their own kinds (RADICADO_WITHOUT_CASE, HEAD_SIGNATURE_INVALID, …).
 */
export type AuditFindingKind =
  | 'HASH_MISMATCH'
  | 'CHAIN_BROKEN'
  | 'REVISION_GAP'
  | 'SEQUENCE_MISMATCH'
  | 'POSITION_NOT_INCREASING'
  | 'RECORDED_AT_DECREASES'
  | 'STREAM_NOT_LISTED'
  | 'STREAM_HEAD_MISMATCH'
  | 'STREAM_WITHOUT_EVENTS'
  | 'STREAM_DELETED'
  | 'STREAM_TRUNCATED'
  | 'STREAM_FOREIGN_EVENTS'
  | 'HEAD_NOT_EXTENDED'
  | 'HEAD_BEYOND_LOG';

export interface AuditFinding {
  readonly kind: AuditFindingKind | (string & {});
  /** What and where, in Spanish. */
  readonly description: string;
  readonly stream?: string;
  readonly revision?: number;
  readonly position?: GlobalPosition;
  readonly eventId?: string;
  readonly type?: string;
}

/** The first finding that names an event, as the report has always given it. */
export interface AuditMismatch {
  readonly stream: string;
  readonly revision: number;
  readonly position: GlobalPosition;
  readonly eventId: string;
  readonly type: string;
  readonly reason: string;
}

/** A head of the log the log must still extend. */
export interface LogAnchor extends LogHead {
  /** What it is, in Spanish, to start a sentence: "La cabeza firmada nº 3 (registrada el …)". */
  readonly label: string;
}

/** A cross-check over the walk, plugged in by the caller. */
export interface LogCheck {
  /** Each event, in global order, with its place in the log and the chain over the log up to it. */
  observe(event: RecordedEvent, place: LogHead): void;
  /** What it found, once the walk is over; it may read the store (what was appended during the walk). */
  finish(store: Pick<EventStore, 'readStream'>, walked: WalkedLog): Promise<readonly AuditFinding[]>;
}

/** How far the walk went: events recorded after it are not judged. */
export interface WalkedLog {
  /** Position of the last event walked; null for an empty log. */
  readonly lastPosition: GlobalPosition | null;
  readonly head: LogHead | null;
}

export interface AuditReport {
  readonly streamsChecked: number;
  readonly eventsChecked: number;
  readonly ok: boolean;
  /** The finding earliest in the log that names an event, when there is one. */
  readonly firstMismatch?: AuditMismatch;
  /** Everything found, in the order of the log (at most MAX_FINDINGS). */
  readonly findings: readonly AuditFinding[];
  /** Findings beyond MAX_FINDINGS, counted but not listed. */
  readonly findingsLeftOut: number;
  readonly anchorsChecked: number;
  /** The head of the log walked (its length and the chain over it); null for an empty log. */
  readonly logHead: LogHead | null;
}

export interface VerifyAuditTrailOptions {
  readonly anchors?: readonly LogAnchor[];
  readonly checks?: readonly LogCheck[];
  readonly pageSize?: number;
}

export type AuditableStore = Pick<EventStore, 'readAll' | 'readStream' | 'headPosition' | 'streamHeads'>;

export const MAX_FINDINGS = 100;
const DEFAULT_PAGE_SIZE = 1_000;
const EVENT_FINDINGS: ReadonlySet<string> = new Set([
  'HASH_MISMATCH',
  'CHAIN_BROKEN',
  'REVISION_GAP',
  'SEQUENCE_MISMATCH',
  'POSITION_NOT_INCREASING',
  'RECORDED_AT_DECREASES',
]);

interface WalkedStream {
  readonly revision: number;
  readonly lastHash: string;
  readonly events: number;
}

class Findings {
  readonly listed: AuditFinding[] = [];
  leftOut = 0;
  firstMismatch: AuditMismatch | undefined;

  add(finding: AuditFinding): void {
    if (
      this.firstMismatch === undefined &&
      finding.eventId !== undefined &&
      finding.stream !== undefined &&
      finding.revision !== undefined &&
      finding.position !== undefined
    ) {
      this.firstMismatch = {
        stream: finding.stream,
        revision: finding.revision,
        position: finding.position,
        eventId: finding.eventId,
        type: finding.type ?? '',
        reason: finding.kind,
      };
    }
    if (this.listed.length < MAX_FINDINGS) this.listed.push(finding);
    else this.leftOut++;
  }
}

export async function verifyAuditTrail(
  store: AuditableStore,
  options: VerifyAuditTrailOptions = {},
): Promise<AuditReport> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const checks = options.checks ?? [];
  const anchors = [...(options.anchors ?? [])].sort((left, right) => left.sequence - right.sequence);
  const findings = new Findings();
  // Events appended while the log is walked are not judged: the walk ends at the head it started from.
  const walkEnd = await store.headPosition();

  const streams = new Map<string, WalkedStream>();
  let sequence = 0;
  let chainHash = LOG_CHAIN_GENESIS;
  let previous: RecordedEvent | null = null;
  let lastPosition: GlobalPosition | null = null;
  let nextAnchor = 0;
  let lastMatchedAnchor = 0;
  // How far the recorded sequences are from the places they sit at: one deletion shifts every later
  // event, and is reported once, at the first event it shifted.
  const sequenceDrift = { offset: 0 };

  let after: GlobalPosition | null = null;
  walk: while (walkEnd !== null) {
    const page = await store.readAll(after, pageSize);
    for (const event of page) {
      if (event.position > walkEnd) break walk;
      sequence++;
      for (const finding of globalOrderFindings(event, previous, sequence, sequenceDrift))
        findings.add(finding);
      const walked = streams.get(event.stream);
      const streamFinding = streamFindingOf(event, walked);
      if (streamFinding !== null) findings.add(streamFinding);
      streams.set(event.stream, {
        revision: event.revision,
        lastHash: String(metadataOf(event)?.hash ?? ''),
        events: (walked?.events ?? 0) + 1,
      });
      chainHash = extendLogChain(chainHash, event);
      while (nextAnchor < anchors.length && anchors[nextAnchor].sequence === sequence) {
        const anchor = anchors[nextAnchor++];
        if (anchor.chainHash === chainHash) lastMatchedAnchor = sequence;
        else findings.add(anchorNotExtended(anchor, event, chainHash, lastMatchedAnchor));
      }
      for (const check of checks) check.observe(event, { sequence, chainHash });
      previous = event;
      lastPosition = event.position;
    }
    if (page.length < pageSize) break;
    after = page[page.length - 1].position;
  }

  for (const anchor of anchors.slice(nextAnchor)) {
    findings.add({
      kind: 'HEAD_BEYOND_LOG',
      description:
        `${anchor.label} cubre ${anchor.sequence} eventos, pero el registro solo tiene ${sequence}: ` +
        'se borraron eventos del final del registro.',
    });
  }
  const walkedLog: WalkedLog = {
    lastPosition,
    head: sequence === 0 ? null : { sequence, chainHash },
  };
  for (const finding of await streamListFindings(store, streams, walkedLog)) findings.add(finding);
  for (const check of checks)
    for (const finding of await check.finish(store, walkedLog)) findings.add(finding);

  const ok = findings.listed.length === 0;
  return {
    streamsChecked: streams.size,
    eventsChecked: sequence,
    ok,
    ...(findings.firstMismatch === undefined ? {} : { firstMismatch: findings.firstMismatch }),
    findings: findings.listed,
    findingsLeftOut: findings.leftOut,
    anchorsChecked: anchors.length,
    logHead: walkedLog.head,
  };
}

/** Whether a finding names a single event (its stream chain or its place in the global order). */
export function isEventFinding(finding: AuditFinding): boolean {
  return EVENT_FINDINGS.has(finding.kind);
}

function metadataOf(event: RecordedEvent): Partial<EventMetadata> | null {
  // Tampered metadata may be anything JSON allows, even null.
  const metadata = event.metadata as unknown;
  return metadata !== null && typeof metadata === 'object' ? (metadata as Partial<EventMetadata>) : null;
}

/** "flujo X, revisión R, id I (tipo T, posición P)": where an event is. */
export function eventPlace(
  event: Pick<RecordedEvent, 'stream' | 'revision' | 'id' | 'type' | 'position'>,
): string {
  return `flujo ${event.stream}, revisión ${event.revision}, id ${event.id} (tipo ${event.type}, posición ${event.position})`;
}

function eventFinding(event: RecordedEvent, kind: AuditFindingKind, description: string): AuditFinding {
  return {
    kind,
    description,
    stream: event.stream,
    revision: event.revision,
    position: event.position,
    eventId: event.id,
    type: event.type,
  };
}

/** The first thing wrong with the event in its stream, as the chain is walked: one finding per event. */
function streamFindingOf(event: RecordedEvent, walked: WalkedStream | undefined): AuditFinding | null {
  const place = eventPlace(event);
  const expectedRevision = walked === undefined ? 0 : walked.revision + 1;
  if (event.revision !== expectedRevision) {
    return eventFinding(
      event,
      'REVISION_GAP',
      `Evento alterado: ${place}: se esperaba la revisión ${expectedRevision} del flujo; ` +
        'falta, sobra o se movió un evento antes de este.',
    );
  }
  const metadata = metadataOf(event);
  // Chain to the stored hash of the previous event, not a recomputed one: an edited event is reported
  // once, not again at every event after it.
  if (metadata?.previousHash !== (walked?.lastHash ?? GENESIS_HASH)) {
    return eventFinding(
      event,
      'CHAIN_BROKEN',
      `Evento alterado: ${place}: no encadena con el evento anterior del flujo.`,
    );
  }
  if (metadata.hash !== eventHash(event)) {
    return eventFinding(
      event,
      'HASH_MISMATCH',
      `Evento alterado: ${place}: su contenido (tipo, datos, metadatos o fecha de registro) no corresponde a su hash.`,
    );
  }
  return null;
}

function globalOrderFindings(
  event: RecordedEvent,
  previous: RecordedEvent | null,
  sequence: number,
  drift: { offset: number },
): AuditFinding[] {
  const found: AuditFinding[] = [];
  const place = eventPlace(event);
  if (previous !== null && !(event.position > previous.position)) {
    found.push(
      eventFinding(
        event,
        'POSITION_NOT_INCREASING',
        `Orden global alterado: ${place}: su posición no es mayor que la del evento anterior del registro (${previous.position}).`,
      ),
    );
  }
  const recorded = metadataOf(event)?.recordedAt;
  const previousRecorded = previous === null ? undefined : metadataOf(previous)?.recordedAt;
  if (
    typeof recorded === 'string' &&
    typeof previousRecorded === 'string' &&
    Date.parse(recorded) < Date.parse(previousRecorded)
  ) {
    found.push(
      eventFinding(
        event,
        'RECORDED_AT_DECREASES',
        `Orden global alterado: ${place}: su fecha de registro (${recorded}) es anterior a la del evento ` +
          `anterior del registro (${previousRecorded}, id ${previous!.id}).`,
      ),
    );
  }
  const recordedSequence = metadataOf(event)?.sequence;
  const offset = typeof recordedSequence === 'number' ? recordedSequence - sequence : Number.NaN;
  const shifted = recordedSequence !== undefined && recordedSequence !== sequence && offset !== drift.offset;
  if (recordedSequence !== undefined) drift.offset = offset;
  if (shifted) {
    found.push(
      eventFinding(
        event,
        'SEQUENCE_MISMATCH',
        `Orden global alterado: ${place}: fue registrado como el evento nº ${String(recordedSequence)} del ` +
          `registro y está en el lugar ${sequence}: se borraron, insertaron o movieron eventos antes de este.`,
      ),
    );
  }
  return found;
}

function anchorNotExtended(
  anchor: LogAnchor,
  event: RecordedEvent,
  chainHash: string,
  lastMatchedAnchor: number,
): AuditFinding {
  return {
    kind: 'HEAD_NOT_EXTENDED',
    description:
      `${anchor.label} ya no es un prefijo del registro: tras el evento nº ${anchor.sequence} ` +
      `(${eventPlace(event)}) la cadena global es ${chainHash.slice(0, 16)}…, no la firmada ` +
      `${anchor.chainHash.slice(0, 16)}…: se alteró, borró, insertó o reordenó algún evento entre el nº ` +
      `${lastMatchedAnchor + 1} y el nº ${anchor.sequence}.`,
    stream: event.stream,
    revision: event.revision,
    position: event.position,
    eventId: event.id,
    type: event.type,
  };
}

/** The stream list against the events walked. */
async function streamListFindings(
  store: AuditableStore,
  walked: ReadonlyMap<string, WalkedStream>,
  log: WalkedLog,
): Promise<AuditFinding[]> {
  const found: AuditFinding[] = [];
  const listed = new Set<string>();
  for await (const head of store.streamHeads()) {
    listed.add(head.stream);
    const events = walked.get(head.stream);
    if (head.unusable !== undefined) {
      found.push(unusableStreamFinding(head.stream, head.unusable, events));
      continue;
    }
    if (events !== undefined && events.revision === head.revision && events.lastHash === head.lastHash)
      continue;
    if (await appendedSinceWalk(store, head.stream, events, log)) continue;
    if (events === undefined) {
      found.push({
        kind: 'STREAM_WITHOUT_EVENTS',
        description:
          `Flujo sin eventos: la lista de flujos nombra ${head.stream} (revisión ${head.revision}), pero el ` +
          'registro no tiene ninguno de sus eventos: se borró el flujo.',
        stream: head.stream,
      });
      continue;
    }
    found.push({
      kind: 'STREAM_HEAD_MISMATCH',
      description:
        `Lista de flujos alterada: el flujo ${head.stream} figura con la revisión ${head.revision} (hash ` +
        `${head.lastHash.slice(0, 12)}…), pero sus eventos terminan en la revisión ${events.revision} (hash ` +
        `${events.lastHash.slice(0, 12)}…): se borraron sus últimos eventos o se editó la lista.`,
      stream: head.stream,
      revision: events.revision,
    });
  }
  for (const [stream, events] of walked) {
    if (listed.has(stream)) continue;
    found.push({
      kind: 'STREAM_NOT_LISTED',
      description:
        `Flujo fuera de la lista de flujos: ${stream} tiene ${events.events} ` +
        `${events.events === 1 ? 'evento' : 'eventos'} (el último, revisión ` +
        `${events.revision}), pero la lista de flujos del almacén no lo nombra: se borró de la lista.`,
      stream,
      revision: events.revision,
    });
  }
  return found;
}

const UNUSABLE_STREAM_FINDINGS: Readonly<
  Record<UnusableStreamReason, { readonly kind: AuditFindingKind; readonly what: string }>
> = {
  SOFT_DELETED: {
    kind: 'STREAM_DELETED',
    what:
      'se borró en el servidor (borrado lógico): ya no se puede leer, y escribir en él lo reiniciaría ' +
      'después de sus revisiones anteriores, rompiendo su cadena. Ventanilla no escribe en él',
  },
  TOMBSTONED: {
    kind: 'STREAM_DELETED',
    what: 'se borró definitivamente en el servidor (lápida): no se puede leer ni escribir',
  },
  TRUNCATED: {
    kind: 'STREAM_TRUNCATED',
    what:
      'el servidor oculta sus primeros eventos (truncado, o una edad o cantidad máxima en sus metadatos): ' +
      'su historia ya no empieza en la revisión 0',
  },
  NOT_OURS: {
    kind: 'STREAM_FOREIGN_EVENTS',
    what: 'contiene eventos que Ventanilla no escribió. Ventanilla no escribe en él',
  },
};

function unusableStreamFinding(
  stream: string,
  reason: UnusableStreamReason,
  walked: WalkedStream | undefined,
): AuditFinding {
  const { kind, what } = UNUSABLE_STREAM_FINDINGS[reason];
  const inLog =
    walked === undefined
      ? 'El registro global ya no tiene ninguno de sus eventos.'
      : `El registro global aún tiene ${walked.events} ${walked.events === 1 ? 'evento' : 'eventos'} ` +
        `suyos (el último, revisión ${walked.revision}).`;
  return {
    kind,
    description: `Flujo inutilizable: ${stream} ${what}. ${inLog}`,
    stream,
    ...(walked === undefined ? {} : { revision: walked.revision }),
  };
}

/** Whether the stream's events after those walked were appended after the walk ended (a live log). */
async function appendedSinceWalk(
  store: Pick<EventStore, 'readStream'>,
  stream: string,
  walked: WalkedStream | undefined,
  log: WalkedLog,
): Promise<boolean> {
  const [next] = await store.readStream(stream, {
    fromRevision: walked === undefined ? 0 : walked.revision + 1,
    maxCount: 1,
  });
  return next !== undefined && (log.lastPosition === null || next.position > log.lastPosition);
}
