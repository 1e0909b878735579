// The audit trail as auditors query it: every stream's hash chain re-walked through the event store port
// (engine/eventstore/audit-verifier.ts), the one check that must read the log itself, not a read model.
import { Inject, Injectable } from '@nestjs/common';
import { verifyAuditTrail, type AuditReport } from '../../engine/eventstore/audit-verifier.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import { withPauses } from '../../engine/event-loop.js';

@Injectable()
export class AuditTrail {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  verify(): Promise<AuditReport> {
    // The walk reads the whole log: between its reads, other requests get the event loop.
    return verifyAuditTrail(withPauses(this.eventStore));
  }
}
