// What other parts of the application use of the audit feature: its read model of the event log, the
// verification of the whole log (the audit:verify tool) and the signer of heads of the log (the seed).
import { auditLogProjection } from './read-models/audit-log-projection.js';

export const AUDIT_PROJECTIONS = [auditLogProjection] as const;

export { SigningKeyMissingError, verifyLog, type LogVerification } from './audit-verification.js';
export { LogHeadSigning } from './log-heads/log-head-signing.js';
export { publicKeysFromText } from './log-heads/signed-heads.js';
export { findSigningKey, SIGNING_KEY_FILE } from './log-heads/signing-key.js';
