// The daily digest on the command path: the day's stream `digest-<date>` and its look-ups, which ask the
// domain first and only then hand the message to the mail server — so a digest already recorded for an
// account that day is never sent again — and complete the command with what the server answered.
import { Inject, Injectable } from '@nestjs/common';
import {
  DIGEST_EVENT_SCHEMA_VERSIONS,
  digestDayDecider,
  digestStreamOf,
  type DigestCommand,
  type DigestContents,
  type DigestDayState,
  type DigestEvent,
  upcastDigestEvent,
} from '../../domain/digest/index.js';
import type { TemplateUsed } from '../../domain/notifications/notice-kinds.js';
import type { Actor } from '../../domain/shared/decider.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../engine/commands/run-command.js';
import { CLOCK } from '../../engine/tokens.js';
import { MAILER, type Mailer, type OutgoingMail } from '../../mail/mailer.js';

/** Ventanilla's own process that sends the digests and records them. */
export const DAILY_DIGEST: Actor = { id: 'daily-digest', role: 'SYSTEM' };

/** What the command carries until the server has answered: the domain is asked with it first. */
export const DIGEST_NOT_SENT_YET = 'PENDIENTE';

/** The message, made only once the domain says this account has no digest yet today. */
export interface DigestToSend {
  readonly mail: OutgoingMail;
  readonly contents: DigestContents;
  /** The DAILY_DIGEST version it was written from. */
  readonly template: TemplateUsed;
}

/** Handed to the look-ups alone: the address and the text never reach the log. */
export interface DigestLookUpData {
  readonly compose: () => Promise<DigestToSend>;
}

@Injectable()
export class DigestLookUps implements CommandLookUps<DigestCommand> {
  constructor(
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  async complete(
    command: DigestCommand,
    context: LookUpContext<DigestCommand>,
  ): Promise<CompletedCommand<DigestCommand>> {
    // Nothing to record: this account had today's digest already (a restart, a second check).
    if ((await context.precheck(command)).length === 0) return { command };
    const { mail, contents, template } = await (context.lookUpData as DigestLookUpData).compose();
    // Throws MailNotSent when the server refuses or cannot be reached: nothing is recorded, the next
    // check tries again with the same Message-ID.
    const receipt = await this.mailer.send(mail);
    return {
      command: {
        ...command,
        data: {
          ...command.data,
          messageId: receipt.messageId,
          serverResponse: receipt.response,
          sentAt: this.clock().toISOString(),
          contents,
          template,
        },
      },
    };
  }
}

/** A business day's digests: `digest-<AAAA-MM-DD>`. */
export const digestDay: AggregateType<DigestCommand, DigestEvent, DigestDayState> = {
  decider: digestDayDecider,
  schemaVersions: DIGEST_EVENT_SCHEMA_VERSIONS,
  upcast: upcastDigestEvent,
  streamOf: digestStreamOf,
  lookUps: DigestLookUps,
};
