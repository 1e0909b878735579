// The audit trail as auditors query it: the whole log verified through the event store port
// (audit-verification.ts) with the application's signing key trusted — the one check that must read the
// log itself, not a read model — optionally against a head printed on a report.
import { Inject, Injectable } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import { BadUserInput } from '../../engine/application-errors.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import { withPauses } from '../../engine/event-loop.js';
import {
  parsePrintableLogHead,
  publicKeyFromText,
  type LogHeadSigningKey,
} from '../../engine/eventstore/log-chain.js';
import { verifyLog, type LogVerification } from './audit-verification.js';
import { LOG_HEAD_SIGNING_KEY } from './log-heads/signing-key.js';

@Injectable()
export class AuditTrail {
  /** The signing key's public part, and those of the keys used before a rotation. */
  private readonly trustedKeys: readonly KeyObject[];

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(LOG_HEAD_SIGNING_KEY) signingKey: LogHeadSigningKey,
    @Inject(VENTANILLA_CONFIG) config: VentanillaConfig,
  ) {
    this.trustedKeys = [
      signingKey.publicKey,
      // Checked at start-up by the configuration: each is a key.
      ...config.earlierSigningKeys.map((text) => publicKeyFromText(text)!),
    ];
  }

  verify(printedHead?: string | null): Promise<LogVerification> {
    const head =
      printedHead == null || printedHead.trim() === '' ? undefined : parsePrintableLogHead(printedHead);
    if (head === null) {
      throw new BadUserInput(
        'head',
        'La cabeza indicada no tiene la forma que imprimen los informes (VLH1.<evento>.<cadena>.<firma>).',
      );
    }
    // The walk reads the whole log: between its reads, other requests get the event loop.
    return verifyLog(withPauses(this.eventStore), {
      trustedKeys: this.trustedKeys,
      ...(head === undefined ? {} : { printedHead: head }),
    });
  }
}
