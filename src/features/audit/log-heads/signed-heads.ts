// The signed heads of the log as the audit reads them: from the `log-heads` stream itself, each signature
// checked against the keys the auditor trusts. A well-signed head becomes an anchor the log must still
// extend; one signed by another key, or not signed at all, is a finding of its own.
import type { KeyObject } from 'node:crypto';
import { LOG_HEAD_STREAM } from '../../../domain/log-head/index.js';
import type { AuditFinding, LogAnchor } from '../../../engine/eventstore/audit-verifier.js';
import type { EventStore, RecordedEvent } from '../../../engine/eventstore/event-store.js';
import {
  logHeadSignatureValid,
  printableLogHead,
  publicKeyFromText,
  publicKeyTextOf,
  type SignedLogHead,
} from '../../../engine/eventstore/log-chain.js';

/** A head as recorded in the log. */
export interface RecordedLogHead extends SignedLogHead {
  /** 1 for the first head signed. */
  readonly number: number;
  readonly publicKey: string;
  readonly signedAt: string;
  readonly event: RecordedEvent;
}

/** The heads recorded in the log, in order (an event that is not one is skipped: the chain check names it). */
export async function recordedLogHeads(store: Pick<EventStore, 'readStream'>): Promise<RecordedLogHead[]> {
  const events = await store.readStream(LOG_HEAD_STREAM);
  return events.flatMap((event, index) => {
    const data = event.data as Partial<Record<keyof RecordedLogHead, unknown>> | null;
    if (
      event.type !== 'LogHeadSigned' ||
      typeof data?.sequence !== 'number' ||
      typeof data.chainHash !== 'string' ||
      typeof data.signature !== 'string'
    )
      return [];
    return [
      {
        number: index + 1,
        sequence: data.sequence,
        chainHash: data.chainHash,
        signature: data.signature,
        publicKey: typeof data.publicKey === 'string' ? data.publicKey : '',
        signedAt: typeof data.signedAt === 'string' ? data.signedAt : event.metadata.recordedAt,
        event,
      },
    ];
  });
}

/** An instant as the office reads it: dd/mm/aaaa hh:mm:ss, Bogotá time. */
export function bogotaTimeOf(instant: string): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('es-CO', {
      timeZone: 'America/Bogota',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(parsed)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export interface CheckedHeads {
  /** The well-signed heads, for the walk to compare with the log. */
  readonly anchors: readonly LogAnchor[];
  /** Heads whose signature fails, or that a key the auditor does not trust signed. */
  readonly findings: readonly AuditFinding[];
  /** The last well-signed head, printable. */
  readonly lastSigned: string | null;
}

/** Checks every recorded head's signature against the trusted keys. */
export function checkRecordedHeads(
  heads: readonly RecordedLogHead[],
  trustedKeys: readonly KeyObject[],
): CheckedHeads {
  const trusted = new Map(trustedKeys.map((key) => [publicKeyTextOf(key), key]));
  const anchors: LogAnchor[] = [];
  const findings: AuditFinding[] = [];
  let lastSigned: string | null = null;
  for (const head of heads) {
    const label = `La cabeza firmada nº ${head.number} (evento nº ${head.sequence}, firmada el ${bogotaTimeOf(head.signedAt)})`;
    const where = {
      stream: head.event.stream,
      revision: head.event.revision,
      position: head.event.position,
      eventId: head.event.id,
      type: head.event.type,
    };
    const key = trusted.get(head.publicKey);
    if (key === undefined) {
      findings.push({
        kind: 'HEAD_KEY_UNTRUSTED',
        description:
          `${label} está firmada con una clave que no es la de firma configurada (${head.publicKey || 'ninguna'}): ` +
          'indique con --public-key la clave pública de entonces, o la cabeza no es auténtica.',
        ...where,
      });
      continue;
    }
    if (!logHeadSignatureValid(head, key)) {
      findings.push({
        kind: 'HEAD_SIGNATURE_INVALID',
        description: `${label} no tiene una firma válida: la cabeza se alteró después de firmada.`,
        ...where,
      });
      continue;
    }
    anchors.push({ sequence: head.sequence, chainHash: head.chainHash, label });
    lastSigned = printableLogHead(head);
  }
  return { anchors, findings, lastSigned };
}

/** A head printed on a report, checked against the trusted keys: an anchor, or why it cannot be one. */
export function checkPrintedHead(
  head: SignedLogHead,
  trustedKeys: readonly KeyObject[],
): { readonly anchor: LogAnchor } | { readonly finding: AuditFinding } {
  const label = `La cabeza impresa en el informe (evento nº ${head.sequence})`;
  if (trustedKeys.some((key) => logHeadSignatureValid(head, key))) {
    return { anchor: { sequence: head.sequence, chainHash: head.chainHash, label } };
  }
  return {
    finding: {
      kind: 'HEAD_SIGNATURE_INVALID',
      description: `${label} no tiene una firma válida de la clave de firma: no la firmó esta instalación, o se copió mal.`,
    },
  };
}

/** Public keys given as text (base64url or base64 of the raw 32 bytes); null for the first that is not one. */
export function publicKeysFromText(texts: readonly string[]): KeyObject[] | { readonly invalid: string } {
  const keys: KeyObject[] = [];
  for (const text of texts) {
    const key = publicKeyFromText(text);
    if (key === null) return { invalid: text };
    keys.push(key);
  }
  return keys;
}
