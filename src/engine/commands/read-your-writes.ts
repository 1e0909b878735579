// Read-your-writes: what is read after a command shows the command's events. The command path notes the
// position each command's answer must reflect; every query reads through a reader that names the
// projections it reads, and waits, before each read, until those — and only those — have applied
// everything noted so far (usually at once). So a command pays for its one durable write and nothing per
// read model, and a read waits only while its own read models are behind.
import { Inject, Injectable, Logger, type FactoryProvider, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type GlobalPosition } from '../eventstore/event-store.js';
import type { Projection } from '../projections/projection.js';
import { ProjectionRunner, ProjectionWaitTimeoutError } from '../projections/projection-runner.js';
import {
  READ_MODEL_STORE,
  type Filter,
  type FindOptions,
  type ReadModelDocument,
  type ReadModelReader,
  type ReadModelStore,
} from '../read-models/read-model-store.js';

@Injectable()
export class ReadYourWrites implements OnModuleDestroy {
  private readonly logger = new Logger('ReadYourWrites');
  /** The furthest position a command of this process wrote or answered with. */
  private written: GlobalPosition | null = null;
  private readonly stopNoting: () => void;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
  ) {
    this.stopNoting = eventStore.onAppended((position) => this.noteWritten(position));
  }

  onModuleDestroy(): void {
    this.stopNoting();
  }

  /** A position the next reads must reflect (a command's last event, or the one a retry answers with). */
  noteWritten(position: GlobalPosition | null): void {
    if (position !== null && (this.written === null || position > this.written)) this.written = position;
  }

  /**
   * The read models of these projections, read only once they show every write noted so far. Reading a
   * collection the projections do not write is a programming error, caught at once: it would read
   * without waiting for the projection that does.
   */
  reader(projections: readonly Projection[]): ReadModelReader {
    const names = projections.map((projection) => projection.name);
    const collections = new Set(projections.flatMap((projection) => projection.collections));
    const ready = async (collection: string): Promise<void> => {
      if (!collections.has(collection)) {
        throw new Error(`The collection ${collection} is not written by ${names.join(', ')}`);
      }
      await this.caughtUp(names, this.written);
    };
    const store = this.readModels;
    return {
      async get<T extends ReadModelDocument>(collection: string, id: string) {
        await ready(collection);
        return store.get<T>(collection, id);
      },
      async find<T extends ReadModelDocument>(collection: string, filter: Filter, options?: FindOptions) {
        await ready(collection);
        return store.find<T>(collection, filter, options);
      },
      async count(collection: string, filter: Filter) {
        await ready(collection);
        return store.count(collection, filter);
      },
      getCheckpoint: (projection: string) => store.getCheckpoint(projection),
    };
  }

  /**
   * Waits until these projections hold every event in the log, other processes' included: reports
   * state figures "as recorded up to" an instant and must not miss any. False when they did not catch up.
   */
  async caughtUpWithHead(projections: readonly Projection[]): Promise<boolean> {
    const head = await this.eventStore.headPosition();
    return this.caughtUp(
      projections.map((projection) => projection.name),
      head,
    );
  }

  private async caughtUp(names: readonly string[], position: GlobalPosition | null): Promise<boolean> {
    if (position === null) return true;
    // A projection stopped on an error cannot move: read what it holds rather than hang every query.
    if (!this.projections.isFollowing(names)) return false;
    try {
      await this.projections.waitForPosition(position, undefined, names);
      return true;
    } catch (error) {
      if (!(error instanceof ProjectionWaitTimeoutError)) throw error;
      // The events are stored: the read answers from what the read model holds, a little behind.
      this.logger.warn(`Los modelos de lectura ${names.join(', ')} van atrasados: ${error.message}`);
      return false;
    }
  }
}

/**
 * The provider of one query class's reader: the read models of these projections, under its own token,
 * so what each query class reads — and waits for — is declared where it is wired.
 */
export function readModelsProvider(
  token: symbol,
  projections: readonly Projection[],
): FactoryProvider<ReadModelReader> {
  return {
    provide: token,
    useFactory: (readYourWrites: ReadYourWrites) => readYourWrites.reader(projections),
    inject: [ReadYourWrites],
  };
}
