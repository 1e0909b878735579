// Copying an event log from one store to another exactly as it was recorded (ids, metadata, hash chain),
// resumably, and checking afterwards that the copy holds every stream whole. Used by `npm run migrate`.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EventImporter, EventStore, GlobalPosition, RecordedEvent } from './event-store.js';

export interface CopyEventLogOptions {
  /**
   * JSON file holding the last source position fully copied: read on start (a resumed copy goes on from
   * there) and rewritten after each import. Losing its last write costs nothing: the importer skips
   * events already stored, so the window between an import and the write is copied again harmlessly.
   */
  readonly progressFile: string;
  /**
   * Names this source/target pair inside the progress file (no credentials: pass a hash or a redacted
   * form), so a file left by another copy is refused instead of resumed.
   */
  readonly copyKey: string;
  /** Events read from the source per page. */
  readonly pageSize?: number;
  /** Called after each page. */
  readonly onProgress?: (progress: CopyProgress) => void;
}

export interface CopyProgress {
  /** Source events handled in this run (written or found already there). */
  readonly eventsCopied: number;
  readonly eventsWritten: number;
  /** Last source position fully copied. */
  readonly position: GlobalPosition | null;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
}

export interface CopyResult extends CopyProgress {
  /** Where this run started (null: from the beginning of the log). */
  readonly resumedFrom: GlobalPosition | null;
}

/** What the progress file holds. */
export interface MigrationProgressRecord {
  readonly copyKey: string;
  readonly position: GlobalPosition | null;
  readonly eventsCopied: number;
  readonly updatedAt: string;
}

/**
 * A copy that must not start: the operator has to decide (another copy's progress, a non-empty target).
 * Its message is for the operator, in Spanish, like the report's mismatch descriptions.
 */
export class MigrationRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationRefusedError';
  }
}

const DEFAULT_PAGE_SIZE = 1_000;

/**
 * Copies the source's global log, in order, into the target. Consecutive events of one stream go in one
 * importRecorded call; the progress file moves forward after each. A target that already holds events
 * is only accepted when a progress file says they are this copy's own.
 */
export async function copyEventLog(
  source: Pick<EventStore, 'readAll'>,
  target: Pick<EventStore, 'headPosition'> & EventImporter,
  options: CopyEventLogOptions,
): Promise<CopyResult> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError('pageSize must be a positive integer');

  const record = readProgressRecord(options.progressFile);
  if (record === null) {
    if ((await target.headPosition()) !== null) {
      throw new MigrationRefusedError(
        'El destino ya tiene eventos y no hay archivo de progreso de esta copia: copie a un almacén vacío ' +
          `o indique el archivo de progreso de la copia que los escribió (se buscó ${options.progressFile}).`,
      );
    }
  } else if (record.copyKey !== options.copyKey) {
    throw new MigrationRefusedError(
      `El archivo de progreso ${options.progressFile} es de otra copia (${record.copyKey}, no ` +
        `${options.copyKey}): bórrelo o indique otro con --progress.`,
    );
  }

  const resumedFrom = record?.position ?? null;
  let position = resumedFrom;
  const previouslyCopied = record?.eventsCopied ?? 0;
  // Written before the first import: a copy interrupted at once is then recognised as this one's.
  if (record === null) writeProgressRecord(options.progressFile, options.copyKey, position, 0);

  const startedAt = performance.now();
  let eventsCopied = 0;
  let eventsWritten = 0;
  const progress = (): CopyProgress => {
    const elapsedMs = performance.now() - startedAt;
    return {
      eventsCopied,
      eventsWritten,
      position,
      elapsedMs,
      eventsPerSecond: elapsedMs > 0 ? Math.round((eventsCopied * 1000) / elapsedMs) : eventsCopied,
    };
  };

  for (;;) {
    const page = await source.readAll(position, pageSize);
    if (page.length === 0) break;
    for (const run of streamRuns(page)) {
      const result = await target.importRecorded(run[0].stream, run);
      eventsCopied += run.length;
      eventsWritten += result.written;
      position = run[run.length - 1].position;
      writeProgressRecord(options.progressFile, options.copyKey, position, previouslyCopied + eventsCopied);
    }
    options.onProgress?.(progress());
  }
  return { ...progress(), resumedFrom };
}

/** Splits a page of the global log into runs of consecutive events of one stream, keeping the order. */
export function streamRuns(events: readonly RecordedEvent[]): RecordedEvent[][] {
  const runs: RecordedEvent[][] = [];
  for (const event of events) {
    const current = runs[runs.length - 1];
    if (current !== undefined && current[0].stream === event.stream) current.push(event);
    else runs.push([event]);
  }
  return runs;
}

/** The progress file's record, or null when there is none. */
export function readProgressRecord(file: string): MigrationProgressRecord | null {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new MigrationRefusedError(
      `No se pudo leer el archivo de progreso ${file} (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (!isProgressRecord(parsed)) {
    throw new MigrationRefusedError(`El archivo ${file} no es un registro de progreso de migración.`);
  }
  return parsed;
}

function isProgressRecord(value: unknown): value is MigrationProgressRecord {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.copyKey === 'string' &&
    (record.position === null || (typeof record.position === 'number' && Number.isFinite(record.position))) &&
    typeof record.eventsCopied === 'number'
  );
}

function writeProgressRecord(
  file: string,
  copyKey: string,
  position: GlobalPosition | null,
  eventsCopied: number,
): void {
  const record: MigrationProgressRecord = {
    copyKey,
    position,
    eventsCopied,
    updatedAt: new Date().toISOString(),
  };
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed over: a crash mid-write leaves the previous record, never half a file.
  const partial = `${file}.partial`;
  writeFileSync(partial, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(partial, file);
}

/** MISSING_STREAM: the target lacks the stream; EXTRA_STREAM: the source lacks it; the rest: the stream differs. */
export type CopyMismatchReason =
  'MISSING_STREAM' | 'EXTRA_STREAM' | 'EVENT_COUNT' | 'LAST_REVISION' | 'LAST_EVENT' | 'EVENT_DIFFERS';

export interface CopyMismatch {
  readonly stream: string;
  readonly reason: CopyMismatchReason;
  /** What the source has and what the target has, in words for the report. */
  readonly source: string;
  readonly target: string;
}

export interface CopyVerificationReport {
  readonly streams: number;
  /** Events in the source. */
  readonly events: number;
  /** Events in the target (the same number when the copy is whole). */
  readonly targetEvents: number;
  readonly mismatches: readonly CopyMismatch[];
  readonly ok: boolean;
}

/**
 * Compares every source stream with the target's: the same number of events, the same last revision,
 * the same last event (id and hash) and the same id and hash at every revision; the target must hold no
 * other stream, so the totals are equal too.
 */
export async function verifyCopiedLog(
  source: Pick<EventStore, 'streamNames' | 'readStream'>,
  target: Pick<EventStore, 'streamNames' | 'readStream'>,
): Promise<CopyVerificationReport> {
  const mismatches: CopyMismatch[] = [];
  const sourceStreams = new Set<string>();
  let events = 0;
  let copiedEvents = 0;
  for await (const stream of source.streamNames()) {
    sourceStreams.add(stream);
    const original = await source.readStream(stream);
    const copy = await target.readStream(stream);
    events += original.length;
    copiedEvents += copy.length;
    const mismatch = streamMismatch(stream, original, copy);
    if (mismatch !== null) mismatches.push(mismatch);
  }

  let extraEvents = 0;
  for await (const stream of target.streamNames()) {
    if (sourceStreams.has(stream)) continue;
    const extra = await target.readStream(stream);
    extraEvents += extra.length;
    mismatches.push({
      stream,
      reason: 'EXTRA_STREAM',
      source: 'no existe',
      target: `${extra.length} eventos`,
    });
  }
  return {
    streams: sourceStreams.size,
    events,
    targetEvents: copiedEvents + extraEvents,
    mismatches,
    ok: mismatches.length === 0,
  };
}

function streamMismatch(
  stream: string,
  original: readonly RecordedEvent[],
  copy: readonly RecordedEvent[],
): CopyMismatch | null {
  if (copy.length === 0 && original.length > 0) {
    return { stream, reason: 'MISSING_STREAM', source: `${original.length} eventos`, target: 'no existe' };
  }
  if (copy.length !== original.length) {
    return {
      stream,
      reason: 'EVENT_COUNT',
      source: `${original.length} eventos`,
      target: `${copy.length} eventos`,
    };
  }
  const lastOriginal = original[original.length - 1];
  const lastCopy = copy[copy.length - 1];
  if (lastOriginal === undefined || lastCopy === undefined) return null;
  if (lastCopy.revision !== lastOriginal.revision) {
    return {
      stream,
      reason: 'LAST_REVISION',
      source: `revisión ${lastOriginal.revision}`,
      target: `revisión ${lastCopy.revision}`,
    };
  }
  if (lastCopy.id !== lastOriginal.id || lastCopy.metadata.hash !== lastOriginal.metadata.hash) {
    return {
      stream,
      reason: 'LAST_EVENT',
      source: describeEvent(lastOriginal),
      target: describeEvent(lastCopy),
    };
  }
  const differing = original.findIndex(
    (event, index) =>
      copy[index].id !== event.id ||
      copy[index].revision !== event.revision ||
      copy[index].metadata.hash !== event.metadata.hash,
  );
  if (differing >= 0) {
    return {
      stream,
      reason: 'EVENT_DIFFERS',
      source: describeEvent(original[differing]),
      target: describeEvent(copy[differing]),
    };
  }
  return null;
}

function describeEvent(event: RecordedEvent): string {
  return `revisión ${event.revision}, id ${event.id}, hash ${event.metadata.hash.slice(0, 12)}…`;
}
