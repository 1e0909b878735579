// No radicado without its case. A receipt takes its number from the year's counter, then writes its case:
// a process stopped between the two (a crash, a SIGKILL, a store that failed on the second write) would
// leave a number with no case — a hole in the numbering the Contraloría reads as a lost petition. The
// counter keeps the receipt each number was issued for (RadicadoIssued v2), so at start-up the receipts
// of the latest numbers whose case is missing are completed under their number, with the metadata of the
// command that took it. Event ids derive from that command's id, so a completion racing the original
// (another instance still running it) or a client's retry with the same idempotency key writes nothing twice.
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { pqrsStreamOf } from '../../domain/pqrs/index.js';
import { radicadoStreamOf, upcastRadicadoEvent } from '../../domain/radicado/index.js';
import type { ActorRole } from '../../domain/shared/decider.js';
import { bogotaDateOf, yearOf } from '../../domain/shared/time.js';
import { RunCommandHandler } from '../../engine/commands/run-command.handler.js';
import { RunCommand } from '../../engine/commands/run-command.js';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../engine/eventstore/event-store.js';
import { readStreamTail } from '../../engine/eventstore/stream-tail.js';
import { CLOCK } from '../../engine/tokens.js';
import { pqrsCase } from './commands.js';

/**
 * How many of a counter's latest numbers are checked: an interruption can only leave the receipts that
 * were in flight when it happened, far fewer than this.
 */
export const RECEIPTS_CHECKED_AT_START = 200;

export interface CompletedReceipt {
  readonly radicado: string;
  readonly requestedBy: string;
}

@Injectable()
export class InterruptedReceipts implements OnApplicationBootstrap {
  private readonly logger = new Logger('Radicación');

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    // The handler itself, not the command bus: the bus learns its handlers during this same start-up.
    @Inject(RunCommandHandler) private readonly handler: RunCommandHandler,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const completed = await this.complete();
    for (const { radicado, requestedBy } of completed) {
      this.logger.warn(`Radicación interrumpida completada: ${radicado} (orden ${requestedBy}).`);
    }
  }

  /** Completes every interrupted receipt among the latest numbers of this year and the previous one. */
  async complete(): Promise<readonly CompletedReceipt[]> {
    const year = yearOf(bogotaDateOf(this.clock().toISOString()));
    const completed: CompletedReceipt[] = [];
    // A receipt interrupted on the last evening of December is completed in January.
    for (const counterYear of [year - 1, year]) {
      // The counter's tail only: its stream holds every number of the year.
      const latest = await readStreamTail(
        this.eventStore,
        radicadoStreamOf(counterYear),
        RECEIPTS_CHECKED_AT_START,
      );
      for (const event of latest) {
        const done = await this.completeIfInterrupted(event);
        if (done !== null) completed.push(done);
      }
    }
    return completed;
  }

  private async completeIfInterrupted(event: RecordedEvent): Promise<CompletedReceipt | null> {
    const { data } = upcastRadicadoEvent(event);
    // Numbers issued before receipts were kept with them cannot be completed (and audit:verify names them).
    if (data.receipt === null) return null;
    const stream = pqrsStreamOf(data.radicado);
    if ((await this.eventStore.readStream(stream, { maxCount: 1 })).length > 0) return null;
    const { metadata } = event;
    const receipt = new RunCommand(
      pqrsCase,
      data.radicado,
      { type: 'ReceivePqrs', data: { ...data.receipt, radicado: data.radicado } },
      {
        actor: { id: metadata.actorId, role: metadata.actorRole as ActorRole },
        // The very command that took the number: same command id, same moment, same request.
        commandId: data.requestedBy,
        issuedAt: metadata.occurredAt,
        correlationId: metadata.correlationId,
        causationId: metadata.causationId,
      },
      // Its people were kept and its texts sealed before the number was taken: the receipt names them.
      { personalDataKept: true },
    );
    // The handler takes any aggregate's RunCommand, as the bus hands it over.
    await this.handler.execute(receipt as unknown as RunCommand);
    return { radicado: data.radicado, requestedBy: data.requestedBy };
  }
}
