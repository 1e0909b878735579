// The audit feature: verification of the whole log (hash chains, global order, stream list, radicados,
// signed heads), the installation's signer of heads of the log, and the log searched for auditors.
import { Module } from '@nestjs/common';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import { AuditTrail } from './audit-trail.js';
import { AuditEventsResolver } from './graphql/audit-events.resolver.js';
import { AuditResolver } from './graphql/audit.resolver.js';
import { LogHeadSigning } from './log-heads/log-head-signing.js';
import { LOG_HEAD_SIGNING_KEY, loadOrCreateSigningKey } from './log-heads/signing-key.js';
import { AuditLogQueries, auditReadModels } from './read-models/audit-log-queries.js';

@Module({
  providers: [
    {
      provide: LOG_HEAD_SIGNING_KEY,
      useFactory: (config: VentanillaConfig) => loadOrCreateSigningKey(config.dataDir, config.signingKey),
      inject: [VENTANILLA_CONFIG],
    },
    LogHeadSigning,
    AuditTrail,
    AuditResolver,
    AuditEventsResolver,
    auditReadModels,
    AuditLogQueries,
  ],
  exports: [LogHeadSigning],
})
export class AuditModule {}
