// The audit feature: verification of the event log's hash chains, and the log searched for auditors.
import { Module } from '@nestjs/common';
import { AuditEventsResolver } from '../graphql/audit/audit-events.resolver.js';
import { AuditResolver } from '../graphql/audit/audit.resolver.js';
import { AuditLogQueries } from './audit-log-queries.js';

@Module({ providers: [AuditResolver, AuditEventsResolver, AuditLogQueries] })
export class AuditModule {}
