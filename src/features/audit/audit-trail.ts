// The audit trail as auditors query it: the whole log verified through the event store port
// (audit-verification.ts) with the application's signing key trusted — the one check that must read the
// log itself, not a read model — optionally against a head printed on a report.
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput } from '../../engine/application-errors.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import { parsePrintableLogHead, type LogHeadSigningKey } from '../../engine/eventstore/log-chain.js';
import { verifyLog, type LogVerification } from './audit-verification.js';
import { LOG_HEAD_SIGNING_KEY } from './log-heads/signing-key.js';

@Injectable()
export class AuditTrail {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(LOG_HEAD_SIGNING_KEY) private readonly signingKey: LogHeadSigningKey,
  ) {}

  verify(printedHead?: string | null): Promise<LogVerification> {
    const head =
      printedHead == null || printedHead.trim() === '' ? undefined : parsePrintableLogHead(printedHead);
    if (head === null) {
      throw new BadUserInput(
        'head',
        'La cabeza indicada no tiene la forma que imprimen los informes (VLH1.<evento>.<cadena>.<firma>).',
      );
    }
    return verifyLog(this.eventStore, {
      trustedKeys: [this.signingKey.publicKey],
      ...(head === undefined ? {} : { printedHead: head }),
    });
  }
}
