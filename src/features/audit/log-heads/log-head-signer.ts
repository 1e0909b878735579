// The installation's signer of heads of the log. It follows the global log (a catch-up subscription, like a
// projection), keeps the chain over it (engine/eventstore/log-chain.ts), and signs the head — how many
// events, and the chain hash after the last — every `everyEvents` unsigned events, or once an event has
// waited `everyMinutes` unsigned; each head goes to the `log-heads` stream through the command path (the
// log-head decider), so it is a fact of the log like any other and the next head covers it.
//
// On start it resumes from the last head it can trust (its own signature, and the event it ends on still
// at its position), else it walks the log from the beginning. A log found unsigned (one written before
// heads existed) is signed once, when the signer has caught up with it.
import type { LogHeadFacts } from '../../../domain/log-head/index.js';
import { LOG_HEAD_STREAM } from '../../../domain/log-head/index.js';
import type {
  EventStore,
  GlobalPosition,
  RecordedEvent,
  Subscription,
} from '../../../engine/eventstore/event-store.js';
import {
  extendLogChain,
  LOG_CHAIN_GENESIS,
  logHeadSignatureValid,
  signLogHead,
  type LogHeadSigningKey,
  type SignedLogHead,
} from '../../../engine/eventstore/log-chain.js';
import { recordedLogHeads } from './signed-heads.js';

/** When heads are signed; 0 turns a trigger off (both off: only signNow signs). */
export interface LogHeadSchedule {
  readonly everyEvents: number;
  readonly everyMinutes: number;
}

export interface LogHeadSignerOptions {
  readonly store: Pick<EventStore, 'readAll' | 'readStream' | 'headPosition' | 'subscribeToAll'>;
  readonly key: LogHeadSigningKey;
  /** Records a signed head in the log (the command path); resolves once it is appended. */
  readonly record: (facts: LogHeadFacts) => Promise<void>;
  /** The application's clock: how long an event has waited unsigned. */
  readonly clock: () => Date;
  readonly schedule: LogHeadSchedule;
  readonly warn?: (message: string) => void;
  /** How often the time trigger is looked at (at most once a minute by default). */
  readonly checkEveryMs?: number;
}

interface ChainState {
  /** Events chained so far; their last one's position and id. */
  sequence: number;
  chainHash: string;
  position: GlobalPosition | null;
  lastEventId: string | null;
  /** The sequence of the last event that is not itself a head. */
  lastFactSequence: number;
  /** Events that are not heads, after the last head signed or seen. */
  unsigned: number;
  firstUnsignedRecordedAt: string | null;
}

const MINUTE_MS = 60_000;

export class LogHeadSigner {
  private state: ChainState = {
    sequence: 0,
    chainHash: LOG_CHAIN_GENESIS,
    position: null,
    lastEventId: null,
    lastFactSequence: 0,
    unsigned: 0,
    firstUnsignedRecordedAt: null,
  };
  private subscription: Subscription | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Following and signing take turns: a head is signed over exactly the events chained so far. */
  private turn: Promise<unknown> = Promise.resolve();
  /** The head of the log when the signer started: signing by count waits until it is caught up. */
  private startedAtHead: GlobalPosition | null = null;
  private caughtUp = false;
  private stopped = false;

  constructor(private readonly options: LogHeadSignerOptions) {}

  async start(): Promise<void> {
    await this.resume();
    // Both triggers off: heads are signed only when asked (signNow), so nothing needs following.
    if (!this.scheduled()) return;
    this.startedAtHead = await this.options.store.headPosition();
    this.caughtUp = this.startedAtHead === null || this.startedAtHead === this.state.position;
    this.subscription = this.options.store.subscribeToAll(this.state.position, (event) =>
      this.inTurn(() => this.follow(event)),
    );
    void this.subscription.finished.catch((error: unknown) =>
      this.warn(`El firmante de cabezas del registro dejó de seguirlo: ${messageOf(error)}`),
    );
    const { everyMinutes } = this.options.schedule;
    if (everyMinutes > 0) {
      const every = this.options.checkEveryMs ?? Math.min(everyMinutes * MINUTE_MS, MINUTE_MS);
      this.timer = setInterval(() => void this.tick(), every);
      // The signer never keeps the process alive on its own.
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.subscription?.stop();
    this.subscription = null;
    await this.turn.catch(() => undefined);
  }

  /**
   * Catches up with the log as it is now and signs its head, when any event is unsigned; the head signed,
   * or null when there was nothing to sign. For tools that write a log in one go (the demo seed).
   */
  async signNow(): Promise<SignedLogHead | null> {
    const head = await this.options.store.headPosition();
    return this.inTurn(async () => {
      // Reads what the subscription (if any) has not chained yet; it skips what was chained here.
      if (head !== null) await this.catchUp(head);
      return this.state.unsigned > 0 ? this.sign() : null;
    });
  }

  /** Signs if a trigger is due (what the timer runs). */
  tick(): Promise<void> {
    return this.inTurn(() => this.signIfDue());
  }

  /** The chain as the signer holds it: how many events, and the chain hash after the last. */
  get chain(): { readonly sequence: number; readonly chainHash: string } {
    return { sequence: this.state.sequence, chainHash: this.state.chainHash };
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.turn.then(work);
    this.turn = run.catch(() => undefined);
    return run;
  }

  /** Starts from the last trustworthy head recorded, or from the beginning of the log. */
  private async resume(): Promise<void> {
    const last = (await recordedLogHeads(this.options.store)).at(-1);
    if (last === undefined) return;
    const data = last.event.data as Partial<LogHeadFacts>;
    if (typeof data.position !== 'number' || !logHeadSignatureValid(last, this.options.key.publicKey)) return;
    const [atHead] = await this.options.store.readAll(data.position > 0 ? data.position - 1 : null, 1);
    // A copied log places events elsewhere: the head is then found again by walking the log.
    if (atHead === undefined || atHead.position !== data.position || atHead.id !== data.lastEventId) return;
    this.state = {
      sequence: last.sequence,
      chainHash: last.chainHash,
      position: atHead.position,
      lastEventId: atHead.id,
      lastFactSequence: last.sequence,
      unsigned: 0,
      firstUnsignedRecordedAt: null,
    };
  }

  private async catchUp(head: GlobalPosition): Promise<void> {
    while (this.state.position === null || this.state.position < head) {
      const page = await this.options.store.readAll(this.state.position, 1_000);
      if (page.length === 0) return;
      for (const event of page) this.chainEvent(event);
    }
  }

  private async follow(event: RecordedEvent): Promise<void> {
    if (this.state.position !== null && event.position <= this.state.position) return;
    this.chainEvent(event);
    // A log found unsigned is judged once caught up, not once per `everyEvents` of its past.
    if (!this.caughtUp && (this.startedAtHead === null || event.position >= this.startedAtHead)) {
      this.caughtUp = true;
    }
    await this.signIfDue();
  }

  private chainEvent(event: RecordedEvent): void {
    const state = this.state;
    state.sequence++;
    state.chainHash = extendLogChain(state.chainHash, event);
    state.position = event.position;
    state.lastEventId = event.id;
    if (event.stream === LOG_HEAD_STREAM) {
      const covered = (event.data as Partial<LogHeadFacts> | null)?.sequence;
      // A head (signed here or by another instance) covering every fact so far leaves nothing unsigned.
      if (typeof covered === 'number' && covered >= state.lastFactSequence) {
        state.unsigned = 0;
        state.firstUnsignedRecordedAt = null;
      }
      return;
    }
    state.lastFactSequence = state.sequence;
    state.unsigned++;
    state.firstUnsignedRecordedAt ??= event.metadata.recordedAt;
  }

  private scheduled(): boolean {
    const { everyEvents, everyMinutes } = this.options.schedule;
    return everyEvents > 0 || everyMinutes > 0;
  }

  private async signIfDue(): Promise<void> {
    if (this.stopped || !this.caughtUp || this.state.unsigned === 0) return;
    const { everyEvents, everyMinutes } = this.options.schedule;
    const byCount = everyEvents > 0 && this.state.unsigned >= everyEvents;
    const waitedMs =
      this.state.firstUnsignedRecordedAt === null
        ? 0
        : this.options.clock().getTime() - Date.parse(this.state.firstUnsignedRecordedAt);
    const byTime = everyMinutes > 0 && waitedMs >= everyMinutes * MINUTE_MS;
    if (byCount || byTime) await this.sign();
  }

  /** Signs the head of the events chained so far and records it. Runs in turn. */
  private async sign(): Promise<SignedLogHead | null> {
    const state = this.state;
    if (state.position === null || state.lastEventId === null) return null;
    const head = signLogHead({ sequence: state.sequence, chainHash: state.chainHash }, this.options.key);
    try {
      await this.options.record({
        ...head,
        position: state.position,
        lastEventId: state.lastEventId,
        publicKey: this.options.key.publicKeyText,
      });
    } catch (error) {
      // Another instance signed further first, or the log is closing: the next trigger tries again.
      this.warn(`No se registró la cabeza firmada del evento nº ${head.sequence}: ${messageOf(error)}`);
      return null;
    }
    if (state.lastFactSequence <= head.sequence) {
      state.unsigned = 0;
      state.firstUnsignedRecordedAt = null;
    }
    return head;
  }

  private warn(message: string): void {
    if (!this.stopped) (this.options.warn ?? console.warn)(message);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
