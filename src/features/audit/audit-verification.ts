// The whole audit of the log, as `npm run audit:verify` and verifyAuditTrail run it: the heads recorded in
// the log checked against the trusted keys, then one walk of the log (engine/eventstore/audit-verifier.ts)
// with those heads — and a head printed on a report, when given — as anchors, and the radicado cross-check.
import type { KeyObject } from 'node:crypto';
import {
  verifyAuditTrail,
  type AuditReport,
  type AuditableStore,
} from '../../engine/eventstore/audit-verifier.js';
import type { SignedLogHead } from '../../engine/eventstore/log-chain.js';
import { checkPrintedHead, checkRecordedHeads, recordedLogHeads } from './log-heads/signed-heads.js';
import { radicadoCheck } from './radicado-check.js';

export interface LogVerificationOptions {
  /** The public keys whose signatures the auditor trusts: the signing key's, and earlier ones. */
  readonly trustedKeys: readonly KeyObject[];
  /** A head printed on a report: the log must still extend it. */
  readonly printedHead?: SignedLogHead;
}

export interface LogVerification extends AuditReport {
  /** Heads recorded in the log. */
  readonly signedHeads: number;
  /** The last recorded head whose signature verifies, printable; null when there is none. */
  readonly lastSignedHead: string | null;
  /** Events of the log after the last well-signed head: what no head anchors yet. */
  readonly eventsAfterLastSignedHead: number;
}

/** The log has signed heads, and there is no key to check them with. */
export class SigningKeyMissingError extends Error {
  constructor(readonly heads: number) {
    super(`El registro tiene ${heads} cabezas firmadas y no hay clave con qué verificarlas.`);
    this.name = 'SigningKeyMissingError';
  }
}

export async function verifyLog(
  store: AuditableStore,
  options: LogVerificationOptions,
): Promise<LogVerification> {
  const heads = await recordedLogHeads(store);
  if (heads.length > 0 && options.trustedKeys.length === 0) throw new SigningKeyMissingError(heads.length);
  const checked = checkRecordedHeads(heads, options.trustedKeys);
  const anchors = [...checked.anchors];
  const headFindings = [...checked.findings];
  if (options.printedHead !== undefined) {
    const printed = checkPrintedHead(options.printedHead, options.trustedKeys);
    if ('anchor' in printed) anchors.push(printed.anchor);
    else headFindings.push(printed.finding);
  }
  const report = await verifyAuditTrail(store, { anchors, checks: [radicadoCheck()] });
  const findings = [...report.findings, ...headFindings];
  const lastAnchored = Math.max(0, ...checked.anchors.map((anchor) => anchor.sequence));
  return {
    ...report,
    ok: findings.length === 0,
    findings,
    signedHeads: heads.length,
    lastSignedHead: checked.lastSigned,
    eventsAfterLastSignedHead: Math.max(0, report.eventsChecked - lastAnchored),
  };
}
