// Whether a file an event references is still the file the event recorded: its bytes are re-hashed and
// compared with the event's SHA-256. `npm run audit:verify` runs this over every reference in the log, so a
// file replaced or lost behind the log's back is found like an edited event is.
import type { AttachmentRef } from '../domain/shared/attachments.js';
import type { EventStore, GlobalPosition } from '../engine/eventstore/event-store.js';
import { sha256Of, type AttachmentStore } from './attachment-store.js';
import type { StoredAttachment } from './sqlite-attachment-registry.js';

/**
 * ok: the bytes hash to the event's SHA-256; erased: the file went with its owner's personal data (as the
 * law asks: not a fault); missing: no bytes are kept for it; mismatch: the bytes kept, or the upload's own
 * record, differ from what the event recorded.
 */
export type AttachmentVerdict = 'ok' | 'erased' | 'missing' | 'mismatch';

/** What the verifier reads of the registry of uploads. */
export interface UploadRecords {
  find(id: string): StoredAttachment | null;
}

export class AttachmentVerifier {
  constructor(
    private readonly store: AttachmentStore,
    /** Null when there is no registry to ask (then an erased file reads as missing). */
    private readonly uploads: UploadRecords | null,
  ) {}

  async verify(ref: Pick<AttachmentRef, 'id' | 'sha256'>): Promise<AttachmentVerdict> {
    const upload = this.uploads?.find(ref.id) ?? null;
    if (upload?.erasedAt) return 'erased';
    if (!/^[0-9a-f]{64}$/.test(ref.sha256)) return 'mismatch';
    const bytes = await this.store.get(ref.sha256);
    if (bytes === null) return 'missing';
    if (sha256Of(bytes) !== ref.sha256) return 'mismatch';
    if (upload !== null && upload.sha256 !== ref.sha256) return 'mismatch';
    return 'ok';
  }
}

/** A reference to a file found in an event, with where it was found. */
export interface LoggedAttachment {
  readonly id: string;
  readonly sha256: string;
  readonly stream: string;
  readonly position: GlobalPosition;
  readonly type: string;
}

/**
 * The file references in an event's data: every object holding a `sha256` inside an `attachments` array
 * or under an `attachment` key, at any depth (a filing's files, an answer's, one document of a checklist).
 */
export function attachmentRefsIn(data: unknown): { id: string; sha256: string }[] {
  const found: { id: string; sha256: string }[] = [];
  const asRef = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const { id, sha256 } = value as { id?: unknown; sha256?: unknown };
    if (typeof sha256 === 'string') found.push({ id: typeof id === 'string' ? id : '', sha256 });
  };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    for (const [key, field] of Object.entries(value)) {
      if (key === 'attachments' && Array.isArray(field)) field.forEach(asRef);
      if (key === 'attachment') asRef(field);
      walk(field);
    }
  };
  walk(data);
  return found;
}

export interface LogAttachmentsVerification {
  /** Distinct files (id and SHA-256) the log references. */
  readonly checked: number;
  readonly erased: number;
  /** References whose file is altered or gone, each once, in log order. */
  readonly findings: readonly (LoggedAttachment & { readonly verdict: 'missing' | 'mismatch' })[];
  readonly ok: boolean;
}

const BATCH = 500;

/** Every file the log references, each (id and SHA-256) once, where it is first referenced. */
export async function attachmentsInLog(events: EventStore): Promise<LoggedAttachment[]> {
  const found = new Map<string, LoggedAttachment>();
  let after: GlobalPosition | null = null;
  for (;;) {
    const batch = await events.readAll(after, BATCH);
    if (batch.length === 0) break;
    for (const event of batch) {
      for (const ref of attachmentRefsIn(event.data)) {
        const key = `${ref.id}:${ref.sha256}`;
        if (!found.has(key)) {
          found.set(key, { ...ref, stream: event.stream, position: event.position, type: event.type });
        }
      }
    }
    after = batch.at(-1)!.position;
  }
  return [...found.values()];
}

/** Re-hashes every referenced file against its reference. */
export async function verifyAttachments(
  references: readonly LoggedAttachment[],
  verifier: AttachmentVerifier,
): Promise<LogAttachmentsVerification> {
  const findings: (LoggedAttachment & { verdict: 'missing' | 'mismatch' })[] = [];
  let erased = 0;
  for (const reference of references) {
    const verdict = await verifier.verify(reference);
    if (verdict === 'erased') erased += 1;
    if (verdict === 'missing' || verdict === 'mismatch') findings.push({ ...reference, verdict });
  }
  return { checked: references.length, erased, findings, ok: findings.length === 0 };
}
