// A known set of events for the report tests: each command decided by the real domain (so due dates and
// business days are the domain's), recorded at the instant it was decided, projected into a temporary
// read-model store through the report source projections.
import type { PqrsCommand } from '../../src/domain/pqrs/commands.js';
import { pqrsDecider } from '../../src/domain/pqrs/index.js';
import { PQRS_EVENT_SCHEMA_VERSIONS, pqrsStreamOf } from '../../src/domain/pqrs/events.js';
import { createBusinessCalendar } from '../../src/domain/shared/business-calendar-factory.js';
import type { Actor, Decider, DomainEvent } from '../../src/domain/shared/decider.js';
import { isDomainError } from '../../src/domain/shared/domain-error.js';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { REPORT_SOURCE_PROJECTIONS } from '../../src/features/reports/read-models/report-source-projections.js';
import type { ReadModelStore } from '../../src/engine/read-models/read-model-store.js';
import type {
  ReportDocument,
  ReportFigures,
  ReportTable,
} from '../../src/features/reports/report-document.js';

const calendar = createBusinessCalendar();
export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };

/** A Bogotá wall-clock time as an instant: `bogota('2026-03-02', '10:00')`. */
export function bogota(date: string, time = '10:00'): string {
  return new Date(`${date}T${time}:00-05:00`).toISOString();
}

export class ScenarioLog {
  private readonly streams = new Map<string, { state: unknown; revision: number }>();
  readonly recorded: RecordedEvent[] = [];

  /**
   * Decides the command on the stream as it stands at `now` with the aggregate's own decider, and
   * records its events at `now` with their current schema versions.
   */
  decide<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    schemaVersions: Readonly<Record<string, number>>,
    stream: string,
    command: Command,
    now: string,
    actor: Actor = coordinator,
  ): State {
    const current = (this.streams.get(stream) as { state: State; revision: number } | undefined) ?? {
      state: decider.initialState,
      revision: -1,
    };
    const outcome = decider.decide(command, current.state, { now, actor, calendar });
    if (isDomainError(outcome)) throw new Error(`${stream}: ${outcome.code} ${outcome.message}`);
    let { state, revision } = current;
    for (const event of outcome) {
      state = decider.evolve(state, event);
      revision += 1;
      this.recorded.push({
        id: `${stream}-${revision}`,
        stream,
        revision,
        position: this.recorded.length + 1,
        type: event.type,
        schemaVersion: schemaVersions[event.type] ?? 1,
        data: event.data,
        metadata: {
          actorId: actor.id,
          actorRole: actor.role,
          occurredAt: now,
          recordedAt: now,
          correlationId: `c-${stream}`,
          causationId: `c-${stream}`,
          previousHash: '',
          hash: '',
        },
      });
    }
    this.streams.set(stream, { state, revision });
    return state;
  }

  pqrs(radicado: string, command: PqrsCommand, now: string, actor: Actor = coordinator): void {
    this.decide(pqrsDecider, PQRS_EVENT_SCHEMA_VERSIONS, pqrsStreamOf(radicado), command, now, actor);
  }

  receive(
    radicado: string,
    kind: string,
    channel: string,
    on: string,
    subject = 'Certificado de afiliación',
  ): void {
    this.pqrs(
      radicado,
      {
        type: 'ReceivePqrs',
        data: {
          radicado,
          kind: kind as never,
          channel: channel as never,
          subject,
          description: 'Texto de la solicitud.',
          petitionerId: `person-${radicado}`,
          receivedAt: bogota(on),
          priority: [],
        },
      },
      bogota(on),
    );
  }

  /** Applies every recorded event not applied yet, in log order, as the runner would. */
  async projectInto(store: ReadModelStore, from = 0): Promise<number> {
    for (const event of this.recorded.slice(from)) {
      await store.transaction(async (tx) => {
        for (const projection of REPORT_SOURCE_PROJECTIONS)
          if (projection.categories.some((category) => event.stream.startsWith(category)))
            await projection.apply(event, tx);
      });
    }
    return this.recorded.length;
  }
}

/** A figures section's values by label. */
export function figuresOf(document: ReportDocument, title: string): Record<string, unknown> {
  const section = document.sections.find((candidate) => candidate.title === title) as ReportFigures;
  return Object.fromEntries(section.items.map((item) => [item.label, item.value]));
}

export function tableOf(document: ReportDocument, title: string): ReportTable {
  return document.sections.find((candidate) => candidate.title === title) as ReportTable;
}
