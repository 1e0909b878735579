// The audit feature: verification of the event log's hash chains for auditors.
import { Module } from '@nestjs/common';
import { AuditResolver } from '../graphql/audit/audit.resolver.js';

@Module({ providers: [AuditResolver] })
export class AuditModule {}
