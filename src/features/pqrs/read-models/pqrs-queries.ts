// The read side of PQRS: cases from the read models; a case's history replayed from the
// event store (the one query that reads the log, so auditors see any moment of it), with the milestones
// of the improvement actions formulated from the case merged in.
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput, NotFound } from '../../../engine/application-errors.js';
import { findKeysetPage, keysetCursorOf, type KeysetOrder } from '../../../engine/read-models/keyset-page.js';
import { fold } from '../../../domain/shared/decider.js';
import type { BusinessCalendar } from '../../../domain/shared/business-calendar.js';
import { bogotaDateOf } from '../../../domain/shared/time.js';
import { pqrsStreamOf, upcastPqrsEvent, type PqrsEvent } from '../../../domain/pqrs/events.js';
import {
  businessDaysLeft,
  pqrsDecider,
  termOnCaseCalendar,
  trafficLightOf,
  type PqrsState,
  type TrafficLight,
  type TrafficLightSubject,
} from '../../../domain/pqrs/index.js';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../../engine/eventstore/event-store.js';
import type { Filter, ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import {
  IMPROVEMENT_ACTIONS_COLLECTION,
  improvementActionsProjection,
  type ImprovementActionDocument,
} from '../../improvement-actions/index.js';
import { improvementActionStreamOf } from '../../../domain/improvement-action/events.js';
import {
  CASES_COLLECTION,
  casesProjection,
  RUNNING_TERM_STATUSES,
  type CaseDocument,
} from './cases-projection.js';
import { BUSINESS_CALENDAR, CLOCK } from '../../../engine/tokens.js';
import {
  negativeSilenceOf,
  positiveSilenceOf,
  type NegativeSilence,
  type PositiveSilence,
} from '../../../domain/pqrs/silence.js';
import { negativeSilenceSubjectOf, positiveSilenceSubjectOf } from './case-silence.js';
import { VENTANILLA_CONFIG } from '../../../config/config-token.js';
import type { VentanillaConfig } from '../../../config/configuration.js';
import { filingReceiptOf, type FilingReceipt } from './filing-receipt.js';

export interface PqrsListFilter {
  readonly status?: string | null;
  readonly kind?: string | null;
  readonly channel?: string | null;
  readonly assigneeId?: string | null;
  readonly overdue?: boolean | null;
  readonly text?: string | null;
  /** The sealed subjects holding `text`, as the vault's search found them (references). */
  readonly subjectReferences?: readonly string[] | null;
  /**
   * The people whose name or document `text` names, as the vault found them, and whose cases they may be
   * found in: every case, or only those assigned to or filed by one staff member (an agent). Null for a
   * role that may not find cases by the person (see personSearchScopeOf).
   */
  readonly petitioners?: PetitionersNamed | null;
  readonly receivedFrom?: string | null;
  readonly receivedTo?: string | null;
}

export interface PetitionersNamed {
  readonly personIds: readonly string[];
  /** Only the cases assigned to or filed by this staff member; null for every case. */
  readonly onlyCasesOf: string | null;
}

/**
 * The radicados of the cases the people filed, within the scope given: one read through the petitionerId
 * index. Null when they filed more than `limit` (the caller asks to narrow the search).
 */
export async function radicadosFiledBy(
  readModels: ReadModelReader,
  { personIds, onlyCasesOf }: PetitionersNamed,
  limit: number,
): Promise<string[] | null> {
  if (personIds.length === 0) return [];
  const cases = await readModels.find<CaseDocument>(
    CASES_COLLECTION,
    {
      petitionerId: { $in: personIds },
      ...(onlyCasesOf === null ? {} : { $or: [{ assigneeId: onlyCasesOf }, { receivedBy: onlyCasesOf }] }),
    },
    { limit: limit + 1 },
  );
  return cases.length > limit ? null : cases.map((document) => document.radicado);
}

export interface CaseView extends CaseDocument {
  readonly trafficLight: TrafficLight | null;
}

export interface PqrsPage {
  readonly nodes: readonly CaseView[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export interface CaseHistory {
  /** The case's own events and its improvement actions' milestones, in recorded (global) order. */
  readonly events: readonly RecordedEvent[];
  /** The case as its own events leave it: improvement actions never change it. */
  readonly state: PqrsState;
}

/** What a case's history shows of each improvement action formulated from it. */
const IMPROVEMENT_ACTION_MILESTONES: ReadonlySet<string> = new Set(['ActionFormulated', 'ActionClosed']);

/** The orders the case list offers; newest received first unless asked otherwise. */
export const PQRS_LIST_SORTS = [
  'RECEIVED_AT_DESC',
  'RECEIVED_AT_ASC',
  'DUE_DATE_ASC',
  'DUE_DATE_DESC',
  'PRIORITY_FIRST',
] as const;
export type PqrsListSort = (typeof PQRS_LIST_SORTS)[number];
export const DEFAULT_PQRS_LIST_SORT: PqrsListSort = 'RECEIVED_AT_DESC';

/**
 * Radicado breaks ties in the same direction, so every order is total and the cursor a stable keyset
 * position: many cases share a due date (a calendar day), and a bulk intake shares a receipt instant.
 */
const CASES_ORDERS: Readonly<Record<PqrsListSort, KeysetOrder>> = {
  RECEIVED_AT_DESC: { sortField: 'receivedAt', tieField: 'radicado', direction: 'desc' },
  RECEIVED_AT_ASC: { sortField: 'receivedAt', tieField: 'radicado', direction: 'asc' },
  DUE_DATE_ASC: { sortField: 'dueDate', tieField: 'radicado', direction: 'asc' },
  DUE_DATE_DESC: { sortField: 'dueDate', tieField: 'radicado', direction: 'desc' },
  // Open cases with a life-or-integrity alert, then art. 20's priority, then art. 5.6's preferential
  // attention, each by due date; then every other case by due date (see CaseDocument.priorityOrder).
  PRIORITY_FIRST: { sortField: 'priorityOrder', tieField: 'radicado', direction: 'asc' },
};

/** The most cases of the petitioners a text names that one search looks through. */
const PETITIONER_CASES_LIMIT = 2000;

/** What the PQRS queries read: the cases, and the improvement actions formulated from them. */
export const PQRS_READ_MODELS = Symbol('PqrsReadModels');
export const pqrsReadModels = readModelsProvider(PQRS_READ_MODELS, [
  casesProjection,
  improvementActionsProjection,
]);

export interface CaseFacts {
  readonly facts: readonly { readonly event: PqrsEvent; readonly recordedAt: string }[];
  readonly state: PqrsState;
}

@Injectable()
export class PqrsQueries {
  constructor(
    @Inject(PQRS_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: (version?: string) => BusinessCalendar,
    @Inject(CLOCK) private readonly clock: () => Date,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
  ) {}

  today(): string {
    return bogotaDateOf(this.clock().toISOString());
  }

  async getCase(radicado: string): Promise<CaseView> {
    const document = await this.readModels.get<CaseDocument>('cases', radicado);
    if (!document) throw new NotFound(`No existe un caso con radicado ${radicado}.`);
    return this.view(document, this.today());
  }

  /**
   * Positive silence (art. 14.1) as of today in Bogotá: silence is the law's reading of the facts on a
   * day, not a recorded fact (see src/domain/pqrs/silence.ts), so the screens judge it on today.
   */
  positiveSilenceOf(document: CaseDocument): PositiveSilence | null {
    return positiveSilenceOf(positiveSilenceSubjectOf(document), this.today(), this.calendar());
  }

  /** Negative silence (CPACA art. 83) as of today in Bogotá. */
  negativeSilenceOf(document: CaseDocument): NegativeSilence | null {
    return negativeSilenceOf(negativeSilenceSubjectOf(document), this.today());
  }

  /** The radicados of the filings that present the withdrawn case again (art. 17), oldest first. */
  async refilingsOf(radicado: string): Promise<readonly string[]> {
    const refilings = await this.readModels.find<CaseDocument>(CASES_COLLECTION, { refilingOf: radicado });
    return refilings.map((document) => document.radicado).sort();
  }

  /** Business days left on the case's running term as of today in Bogotá; null when it does not run. */
  businessDaysLeftOf(subject: TrafficLightSubject & { readonly calendarVersion?: string }): number | null {
    return businessDaysLeft(subject, this.today(), this.calendar(subject.calendarVersion));
  }

  /** The constancia de radicación of a case, with the entity's and office's names as configured. */
  async filingReceipt(radicado: string): Promise<FilingReceipt> {
    const document = await this.readModels.get<CaseDocument>('cases', radicado);
    if (!document) throw new NotFound(`No existe un caso con radicado ${radicado}.`);
    return filingReceiptOf(document, this.config.reports);
  }

  async list(
    filter: PqrsListFilter,
    first: number,
    after: string | null,
    sort: PqrsListSort = DEFAULT_PQRS_LIST_SORT,
  ): Promise<PqrsPage> {
    const today = this.today();
    const petitionersCases = await this.casesOfPetitioners(filter.petitioners ?? null);
    const base = this.toFilter(filter, today, petitionersCases);
    const page = await findKeysetPage<CaseDocument>(this.readModels, 'cases', base, {
      ...CASES_ORDERS[sort],
      first,
      after,
      totalCount:
        filter.overdue === false ? () => this.countNotOverdue(filter, today, petitionersCases) : undefined,
    });
    return { ...page, nodes: page.nodes.map((document) => this.view(document, today)) };
  }

  /**
   * A case's own facts as the log holds them (upcast, each with when it was recorded) and the case folded
   * from them; null for a radicado never received. The tracking page of the Ventanilla virtual reads this:
   * the log, so a citizen sees their filing the moment it is acknowledged.
   */
  async caseFacts(radicado: string): Promise<CaseFacts | null> {
    const recorded = await this.store.readStream(pqrsStreamOf(radicado));
    if (recorded.length === 0) return null;
    const facts = recorded.map((event) => ({
      event: upcastPqrsEvent(event),
      recordedAt: event.metadata.recordedAt,
    }));
    return {
      facts,
      state: fold(
        pqrsDecider,
        facts.map(({ event }) => event),
      ),
    };
  }

  async history(radicado: string, asOf: string | null): Promise<CaseHistory> {
    const events = await this.store.readStream(
      pqrsStreamOf(radicado),
      asOf === null ? undefined : { recordedUpTo: asOf },
    );
    if (events.length === 0 && asOf === null)
      throw new NotFound(`No existe un caso con radicado ${radicado}.`);
    const state = fold(pqrsDecider, events.map(upcastPqrsEvent));
    const milestones = await this.improvementActionMilestones(radicado, asOf);
    if (milestones.length === 0) return { events, state };
    return {
      events: [...events, ...milestones].sort((left, right) => left.position - right.position),
      state,
    };
  }

  /**
   * The ActionFormulated and ActionClosed events of the improvement actions formulated from the case,
   * merged at query time rather than copied into the case's stream. Finding the actions through the read
   * model is safe for any asOf: an action's source never changes, so the link radicado → action ids only
   * grows. Each action's own stream is then read with the same asOf cut, so an action formulated (or
   * closed) after that instant does not show. Global positions give the recorded order across streams.
   */
  private async improvementActionMilestones(radicado: string, asOf: string | null): Promise<RecordedEvent[]> {
    const actions = await this.readModels.find<ImprovementActionDocument>(IMPROVEMENT_ACTIONS_COLLECTION, {
      sourceKind: 'PQRS',
      sourceReference: radicado,
    });
    const streams = await Promise.all(
      actions.map((action) =>
        this.store.readStream(
          improvementActionStreamOf(action.id),
          asOf === null ? undefined : { recordedUpTo: asOf },
        ),
      ),
    );
    return streams.flat().filter((event) => IMPROVEMENT_ACTION_MILESTONES.has(event.type));
  }

  /**
   * "Not overdue" is an OR no index answers: counting it reads every matching entry (all the cases, with
   * no other filter). Its complement within the other filters is what indexes answer at once: running
   * cases due before today (overdue) and running cases with no due date (neither side of the OR).
   */
  private async countNotOverdue(
    filter: PqrsListFilter,
    today: string,
    petitionersCases: readonly string[],
  ): Promise<number> {
    const others = this.toFilter({ ...filter, overdue: null }, today, petitionersCases);
    const running = this.toFilter({ ...filter, overdue: true }, today, petitionersCases);
    const [all, overdue, undated] = await Promise.all([
      this.readModels.count('cases', others),
      this.readModels.count('cases', running),
      this.readModels.count('cases', { ...running, dueDate: null }),
    ]);
    return all - overdue - undated;
  }

  /**
   * The radicados of the cases the named petitioners filed, within the scope given. The list then matches
   * them by id (a case's id is its radicado), which the key finds without reading any other case.
   */
  private async casesOfPetitioners(petitioners: PetitionersNamed | null): Promise<string[]> {
    if (petitioners === null) return [];
    const radicados = await radicadosFiledBy(this.readModels, petitioners, PETITIONER_CASES_LIMIT);
    if (radicados === null) {
      throw new BadUserInput(
        'text',
        `Las personas con esas palabras en el nombre radicaron más de ${PETITIONER_CASES_LIMIT.toLocaleString('es-CO')} casos: precise la búsqueda.`,
      );
    }
    return radicados;
  }

  /**
   * The case on its own calendar: the version it recorded, plus later retroactive changes, which re-count
   * its due date (the stored one, and the Bandeja's overdue filter on it, wait for its next fact).
   */
  private view(document: CaseDocument, today: string): CaseView {
    const calendar = this.calendar(document.calendarVersion);
    const onItsCalendar =
      document.termStartedOn === undefined ? document : termOnCaseCalendar(document, calendar);
    return { ...onItsCalendar, trafficLight: trafficLightOf(onItsCalendar, today, calendar) };
  }

  private toFilter(filter: PqrsListFilter, today: string, petitionersCases: readonly string[]): Filter {
    const conditions: Record<string, Filter[string]> = {};
    if (filter.status) conditions['status'] = filter.status;
    if (filter.kind) conditions['kind'] = filter.kind;
    if (filter.channel) conditions['channel'] = filter.channel;
    if (filter.text) {
      // The text is read three ways and a case matches when any one holds it whole: its radicado (or a
      // subject stored in clear before texts were sealed) contains it; its sealed subject holds every word
      // (the vault's text search); or its petitioner's name holds every word, or their document number is
      // the text (the vault's person search). Words are not split between the person and the subject:
      // "yolanda agua" finds Yolanda's cases only if "agua" is in her name too. One box stays predictable
      // that way, and a search by the person narrows by the Bandeja's other filters.
      conditions['$and'] = [
        {
          $or: [
            { searchText: { $contains: filter.text } },
            { subject: { $in: filter.subjectReferences ?? [] } },
            // Only when the petitioners filed any: a search that names no one is the very query it was
            // before people were searchable. By id (the radicado): the key finds them without a scan.
            ...(petitionersCases.length > 0 ? [{ id: { $in: petitionersCases } }] : []),
          ],
        },
      ];
    }
    if (filter.assigneeId) conditions['assigneeId'] = filter.assigneeId;
    if (filter.receivedFrom || filter.receivedTo) {
      conditions['receivedOn'] = {
        ...(filter.receivedFrom ? { $gte: filter.receivedFrom } : {}),
        ...(filter.receivedTo ? { $lte: filter.receivedTo } : {}),
      };
    }
    if (filter.overdue === true) {
      // The clock stops while waiting for the petitioner (art. 17): such a case is not overdue.
      conditions['dueDate'] = { $lt: today };
      conditions['status'] = filter.status
        ? { $in: RUNNING_TERM_STATUSES.filter((status) => status === filter.status) }
        : { $in: RUNNING_TERM_STATUSES };
    } else if (filter.overdue === false) {
      return {
        ...conditions,
        $or: [{ dueDate: { $gte: today } }, { status: { $nin: RUNNING_TERM_STATUSES } }],
      } as Filter;
    }
    return conditions as Filter;
  }
}

/** The cursor of a case in the list ordered by `sort`. */
export function encodeCursor(
  view: Pick<CaseView, 'receivedAt' | 'dueDate' | 'radicado'>,
  sort: PqrsListSort = DEFAULT_PQRS_LIST_SORT,
): string {
  return keysetCursorOf(view, CASES_ORDERS[sort]);
}
