// What the application registers of the audit feature: its read model of the event log.
import { auditLogProjection } from './read-models/audit-log-projection.js';

export const AUDIT_PROJECTIONS = [auditLogProjection] as const;
