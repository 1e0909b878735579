// What the seed left in the log, counted from the events themselves (each stream folded by its domain's
// evolve), and the Spanish lines the command prints about it.
import {
  affiliationDecider,
  affiliationStreamOf,
  upcastAffiliationEvent,
} from '../domain/affiliation/index.js';
import { AFFILIATION_STATUS_LABELS } from '../domain/affiliation/labels.js';
import {
  improvementActionDecider,
  improvementActionStreamOf,
  type ImprovementActionEvent,
} from '../domain/improvement-action/index.js';
import { PQRS_CHANNELS, PQRS_KINDS, pqrsStreamOf, type PqrsEvent } from '../domain/pqrs/events.js';
import { PQRS_CHANNEL_LABELS, PQRS_KIND_LABELS, PQRS_STATUS_LABELS } from '../domain/pqrs/labels.js';
import { isOpen, type PqrsState } from '../domain/pqrs/state.js';
import { fold } from '../domain/shared/decider.js';
import type { CalendarDate } from '../domain/shared/time.js';
import type { EventStore, RecordedEvent } from '../engine/eventstore/event-store.js';
import { pqrsCase } from '../features/pqrs/commands.js';
import type { SeededIds } from './demo-runner.js';

export interface SeedSummary {
  readonly pqrs: {
    readonly total: number;
    readonly byKind: Readonly<Record<string, number>>;
    readonly byChannel: Readonly<Record<string, number>>;
    readonly byStatus: Readonly<Record<string, number>>;
    readonly answeredOnTime: number;
    readonly answeredOnDueDate: number;
    readonly answeredLate: number;
    readonly extended: number;
    readonly informationRequested: number;
    readonly transferred: number;
    readonly withdrawnExpress: number;
    readonly withdrawnTacit: number;
    /** Still open at the end of the year with the due date passed. */
    readonly overdue: number;
  };
  readonly affiliations: { readonly total: number; readonly byStatus: Readonly<Record<string, number>> };
  readonly surveyResponses: number;
  readonly improvementActions: {
    readonly total: number;
    readonly open: number;
    readonly overdue: number;
    readonly closedEffective: number;
    readonly closedNotEffective: number;
  };
  readonly faqEntries: number;
}

export async function summarizeSeed(
  store: EventStore,
  ids: SeededIds,
  until: CalendarDate,
): Promise<SeedSummary> {
  const byKind = tally(PQRS_KINDS);
  const byChannel = tally(PQRS_CHANNELS);
  const byStatus: Record<string, number> = {};
  const pqrs = {
    answeredOnTime: 0,
    answeredOnDueDate: 0,
    answeredLate: 0,
    extended: 0,
    informationRequested: 0,
    transferred: 0,
    withdrawnExpress: 0,
    withdrawnTacit: 0,
    overdue: 0,
  };
  for (const radicado of ids.radicados.values()) {
    const events = (await store.readStream(pqrsStreamOf(radicado))).map(
      (recorded: RecordedEvent): PqrsEvent => pqrsCase.upcast!(recorded),
    );
    const state = fold(pqrsCase.decider, events) as Exclude<PqrsState, { status: 'NOT_RECEIVED' }>;
    byKind[state.kind]! += 1;
    byChannel[state.channel]! += 1;
    increment(byStatus, state.status);
    for (const event of events) {
      if (event.type === 'Answered') {
        if (!event.data.onTime) pqrs.answeredLate++;
        else if (event.data.answeredOn === event.data.dueDate) pqrs.answeredOnDueDate++;
        else pqrs.answeredOnTime++;
      }
      if (event.type === 'DeadlineExtended') pqrs.extended++;
      if (event.type === 'InformationRequested') pqrs.informationRequested++;
      if (event.type === 'Transferred') pqrs.transferred++;
      if (event.type === 'Withdrawn')
        pqrs[event.data.mode === 'TACIT' ? 'withdrawnTacit' : 'withdrawnExpress']++;
    }
    if (isOpen(state) && state.dueDate < until) pqrs.overdue++;
  }

  const affiliationStatus: Record<string, number> = {};
  for (const affiliationId of ids.affiliations.values()) {
    const events = await store.readStream(affiliationStreamOf(affiliationId));
    const state = fold(affiliationDecider, events.map(upcastAffiliationEvent));
    increment(affiliationStatus, state.status);
  }

  const actions = { total: 0, open: 0, overdue: 0, closedEffective: 0, closedNotEffective: 0 };
  for (const actionId of ids.actions.values()) {
    const events = await store.readStream(improvementActionStreamOf(actionId));
    const state = fold(
      improvementActionDecider,
      events.map(({ type, data }) => ({ type, data }) as ImprovementActionEvent),
    );
    actions.total++;
    if (state.status === 'OPEN') {
      actions.open++;
      if (state.dueDate < until) actions.overdue++;
    } else if (state.status === 'CLOSED') {
      actions[state.closedEffective ? 'closedEffective' : 'closedNotEffective']++;
    }
  }

  return {
    pqrs: { total: ids.radicados.size, byKind, byChannel, byStatus, ...pqrs },
    affiliations: { total: ids.affiliations.size, byStatus: affiliationStatus },
    surveyResponses: ids.surveyResponses,
    improvementActions: actions,
    faqEntries: ids.faqEntries.size,
  };
}

export function summaryLines(summary: SeedSummary): string[] {
  const { pqrs, affiliations, improvementActions: actions } = summary;
  const listed = (counts: Readonly<Record<string, number>>, labels: Readonly<Record<string, string>>) =>
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([code, count]) => `${labels[code] ?? code} ${count}`)
      .join(', ');
  return [
    `PQRS radicadas: ${pqrs.total}`,
    `  por tipo: ${listed(pqrs.byKind, PQRS_KIND_LABELS)}`,
    `  por canal: ${listed(pqrs.byChannel, PQRS_CHANNEL_LABELS)}`,
    `  por estado: ${listed(pqrs.byStatus, PQRS_STATUS_LABELS)}`,
    `  respuestas a tiempo ${pqrs.answeredOnTime + pqrs.answeredOnDueDate} (el mismo día del vencimiento ${pqrs.answeredOnDueDate}), extemporáneas ${pqrs.answeredLate}`,
    `  prórrogas ${pqrs.extended}, traslados ${pqrs.transferred}, requerimientos art. 17 ${pqrs.informationRequested}, ` +
      `desistimientos expresos ${pqrs.withdrawnExpress} y tácitos ${pqrs.withdrawnTacit}, abiertas vencidas ${pqrs.overdue}`,
    `Afiliaciones: ${affiliations.total} (${listed(affiliations.byStatus, AFFILIATION_STATUS_LABELS)})`,
    `Encuestas de satisfacción respondidas: ${summary.surveyResponses}`,
    `Acciones de mejora: ${actions.total} (abiertas ${actions.open}, de ellas vencidas ${actions.overdue}; ` +
      `cerradas eficaces ${actions.closedEffective}, no eficaces ${actions.closedNotEffective})`,
    `Preguntas frecuentes publicadas: ${summary.faqEntries}`,
  ];
}

function tally(codes: readonly string[]): Record<string, number> {
  return Object.fromEntries(codes.map((code) => [code, 0]));
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
