// The audit feature: verification of the event log's hash chains, and the log searched for auditors.
import { Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail.js';
import { AuditEventsResolver } from './graphql/audit-events.resolver.js';
import { AuditResolver } from './graphql/audit.resolver.js';
import { AuditLogQueries, auditReadModels } from './read-models/audit-log-queries.js';

@Module({ providers: [AuditTrail, AuditResolver, AuditEventsResolver, auditReadModels, AuditLogQueries] })
export class AuditModule {}
