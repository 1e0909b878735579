// The cases read model: what each event does to a case document, and that applying an event twice
// changes nothing. The PQRS indicators are the indicator read models' (indicators-read-models.test.ts).
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import type { Received } from '../../src/domain/pqrs/events.js';
import {
  casesProjection,
  evolveCase,
  type CaseDocument,
} from '../../src/features/pqrs/read-models/cases-projection.js';
import type { Projection } from '../../src/engine/projections/projection.js';
import type { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import {
  dumpCollection,
  recordedPqrsEvent,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';

const received = (radicado: string, overrides: Partial<Received['data']> = {}): Received => ({
  type: 'Received',
  data: {
    afterHoursRule: 'RECEIPT_DAY',
    officeHours: null,
    outsideOfficeHours: null,
    radicatedOn: '2026-03-02',
    termRunsFrom: null,
    lateEntry: null,
    personType: 'NATURAL',
    textOwnerId: null,
    answerChannel: null,
    dataProcessingConsent: null,
    attachments: [],
    accessCodeHash: null,
    radicado,
    kind: 'PETITION',
    channel: 'WEB',
    subject: 'Petición sobre la facturación de Señora Núñez',
    description: 'Texto libre',
    petitionerId: 'person-1',
    petitionerVersion: 1,
    receivedAt: '2026-03-02T15:00:00.000Z',
    receivedOn: '2026-03-02',
    priority: [],
    termBusinessDays: 15,
    dueDate: '2026-03-24',
    maxDueDate: '2026-04-15',
    calendarVersion: 'co-2026.1',
    ...overrides,
  },
});

/** One case's life, positions interleaved with other streams' (gaps of 10). */
function lifeOf(radicado: string, firstPosition: number): RecordedEvent[] {
  let revision = 0;
  const next = (event: Parameters<typeof recordedPqrsEvent>[3]): RecordedEvent =>
    recordedPqrsEvent(radicado, revision, firstPosition + 10 * revision++, event);
  return [
    next(received(radicado, { priority: ['MINOR'] })),
    next({
      type: 'Assigned',
      data: { assignedAt: null, assigneeId: 'agent-7', dependency: 'Cartera', previousAssigneeId: null },
    }),
    next({
      type: 'InformationRequested',
      data: {
        note: 'Falta el extracto',
        requestedAt: '2026-03-03T15:00:00.000Z',
        requestedOn: '2026-03-03',
        tacitWithdrawalFrom: '2026-04-03',
      },
    }),
    next({
      type: 'Assigned',
      data: { assignedAt: null, assigneeId: 'agent-8', dependency: 'Cartera', previousAssigneeId: 'agent-7' },
    }),
    next({
      type: 'InformationProvided',
      data: {
        lateEntry: null,
        attachments: [],
        note: 'Aportado',
        providedAt: '2026-03-05T15:00:00.000Z',
        providedOn: '2026-03-05',
        dueDate: '2026-03-27',
        maxDueDate: '2026-04-20',
        calendarVersion: 'co-2026.1',
      },
    }),
    next({
      type: 'DeadlineExtended',
      data: {
        extendedAt: null,
        previousDueDate: '2026-03-27',
        newDueDate: '2026-04-10',
        maxDueDate: '2026-04-20',
        reason: 'Concepto jurídico',
        extendedOn: '2026-03-20',
      },
    }),
    next({
      type: 'Answered',
      data: {
        lateEntry: null,
        attachments: [],
        letter: null,
        approvedDraft: null,
        accessDenialGround: null,
        accessDenialDetail: null,
        accessException: null,
        accessDenialProvision: null,
        accessDenialHarm: null,
        publicVersionDelivered: null,
        verbalAnswer: null,
        answer: 'Respuesta',
        answeredAt: '2026-04-08T15:00:00.000Z',
        answeredOn: '2026-04-08',
        dueDate: '2026-04-10',
        onTime: true,
        businessDaysTaken: 22,
        accessDecision: null,
      },
    }),
    next({ type: 'Closed', data: { closedAt: '2026-04-09T15:00:00.000Z' } }),
  ];
}

async function applyAll(
  store: SqliteReadModelStore,
  projection: Projection,
  events: readonly RecordedEvent[],
): Promise<void> {
  await store.transaction(async (tx) => {
    for (const event of events) await projection.apply(event, tx);
  });
}

let readModels: TemporaryReadModels;
beforeEach(async () => {
  readModels = await temporaryReadModels();
});
afterEach(async () => {
  await readModels.cleanup();
});

describe('the cases read model', () => {
  it('follows a case from receipt to closing', () => {
    const states = lifeOf('2026-000001', 100).reduce<CaseDocument[]>(
      (history, event) => [...history, evolveCase(history.at(-1) ?? null, event)!],
      [],
    );
    expect(states.map((state) => state.status)).toEqual([
      'RECEIVED',
      'ASSIGNED',
      'AWAITING_INFORMATION',
      // A reassignment while awaiting the petitioner changes hands, not the stage.
      'AWAITING_INFORMATION',
      'ASSIGNED',
      'ASSIGNED',
      'ANSWERED',
      'CLOSED',
    ]);
    expect(states.map((state) => state.dueDate)).toEqual([
      '2026-03-24',
      '2026-03-24',
      '2026-03-24',
      '2026-03-24',
      '2026-03-27',
      '2026-04-10',
      '2026-04-10',
      '2026-04-10',
    ]);
    expect(states.at(-1)).toEqual({
      id: '2026-000001',
      radicado: '2026-000001',
      kind: 'PETITION',
      channel: 'WEB',
      status: 'CLOSED',
      subject: 'Petición sobre la facturación de Señora Núñez',
      description: 'Texto libre',
      petitionerId: 'person-1',
      petitionerVersion: 1,
      personType: 'NATURAL',
      anonymous: false,
      answerChannel: null,
      attachments: [],
      receivedBy: 'agent-1',
      priority: ['MINOR'],
      prioritized: true,
      // Art. 20's priority, but closed: ranked with every other case (3) in the Bandeja's priority order.
      priorityOrder: '3|2026-04-10',
      priorityProof: null,
      priorityAlertRaisedAt: null,
      meritEvaluation: null,
      assigneeId: 'agent-8',
      dependency: 'Cartera',
      receivedAt: '2026-03-02T15:00:00.000Z',
      receivedOn: '2026-03-02',
      afterHoursRule: 'RECEIPT_DAY',
      officeHours: null,
      outsideOfficeHours: null,
      radicatedOn: '2026-03-02',
      termRunsFrom: null,
      calendarVersion: 'co-2026.1',
      // Restarted after the art. 17 request: the day the petitioner completed it.
      termStartedOn: '2026-03-05',
      termBusinessDays: 15,
      dueDate: '2026-04-10',
      maxDueDate: '2026-04-20',
      extendedOn: '2026-03-20',
      tacitWithdrawalFrom: null,
      answeredAt: '2026-04-08T15:00:00.000Z',
      answeredOn: '2026-04-08',
      answeredOnTime: true,
      businessDaysTaken: 22,
      accessDecision: null,
      accessDenialGround: null,
      accessDenialDetail: null,
      accessException: null,
      accessDenialProvision: null,
      accessDenialHarm: null,
      publicVersionDelivered: null,
      // A written answer: notified when its notice is sent.
      verbalAnswer: null,
      // The answer issued no letter and went through no visto bueno, and this life has no notice: none
      // kept, the answer not known to be notified.
      answerLetter: null,
      answerDraft: null,
      answerApproval: null,
      notifications: [],
      answerNotifiedOn: null,
      closedAt: '2026-04-09T15:00:00.000Z',
      transferredTo: null,
      transferredLate: null,
      withdrawnMode: null,
      // Version 9: no habeas data reclamo, no joint answer.
      claimCompleteOn: null,
      claimInProcessMark: null,
      jointAnswerId: null,
      withdrawalActNumber: null,
      completionWindowExtendedOn: null,
      copiesDeliveredOn: null,
      copiesDeliveredOnTime: null,
      refilingOf: null,
      lateEntries: [],
      revision: 7,
      lastPosition: 170,
      searchText: '2026-000001 peticion sobre la facturacion de senora nunez',
      updatedAt: '2026-03-02T15:00:50.000Z',
    });
  });

  it('records transfers and withdrawals', () => {
    const base = evolveCase(null, recordedPqrsEvent('2026-000002', 0, 1, received('2026-000002')))!;
    const transferred = evolveCase(
      base,
      recordedPqrsEvent('2026-000002', 1, 2, {
        type: 'Transferred',
        data: {
          entity: 'Alcaldía de Tunja',
          reason: 'Competencia',
          transferredAt: '2026-03-03T15:00:00.000Z',
          transferredOn: '2026-03-03',
          businessDaysAfterReceipt: 1,
          late: false,
          allowedUntil: null,
        },
      }),
    )!;
    expect(transferred).toMatchObject({
      status: 'TRANSFERRED',
      transferredTo: 'Alcaldía de Tunja',
      transferredLate: false,
      revision: 1,
    });
    const lateTransfer = evolveCase(
      base,
      recordedPqrsEvent('2026-000002', 1, 2, {
        type: 'Transferred',
        data: {
          entity: 'Alcaldía de Tunja',
          reason: 'Competencia',
          transferredAt: '2026-03-11T15:00:00.000Z',
          transferredOn: '2026-03-11',
          businessDaysAfterReceipt: 7,
          late: true,
          allowedUntil: '2026-03-09',
        },
      }),
    )!;
    expect(lateTransfer).toMatchObject({ status: 'TRANSFERRED', transferredLate: true });
    // Withdrawn as written now (schemaVersion 2), with the number of the act that decided it.
    const withdrawn = evolveCase(base, {
      ...recordedPqrsEvent('2026-000002', 1, 2, {
        type: 'Withdrawn',
        data: {
          mode: 'TACIT',
          reason: 'Sin respuesta',
          withdrawnAt: '2026-04-03T15:00:00.000Z',
          actNumber: 'Resolución 014 de 2026',
        },
      }),
      schemaVersion: 2,
    })!;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnMode: 'TACIT',
      withdrawalActNumber: 'Resolución 014 de 2026',
    });
  });

  it('ignores an event of a case it never saw received', () => {
    const orphan = recordedPqrsEvent('2026-000003', 1, 5, {
      type: 'Closed',
      data: { closedAt: '2026-03-03T15:00:00.000Z' },
    });
    expect(evolveCase(null, orphan)).toBeNull();
  });

  it('applying the same events again changes nothing', async () => {
    const events = [...lifeOf('2026-000001', 100), ...lifeOf('2026-000002', 105)].sort(
      (a, b) => a.position - b.position,
    );
    await applyAll(readModels.store, casesProjection, events);
    const once = await dumpCollection(readModels.store, 'cases');
    await applyAll(readModels.store, casesProjection, events);
    await applyAll(readModels.store, casesProjection, events.slice(0, 3));
    expect(await dumpCollection(readModels.store, 'cases')).toEqual(once);
    expect(once).toHaveLength(2);
  });
});
