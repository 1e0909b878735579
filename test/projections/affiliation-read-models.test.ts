// The affiliation read models: what each event does to an affiliation document, the novelties report,
// that applying an event twice changes nothing, and the statistics of a period.
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import {
  affiliationStreamOf,
  type AffiliationEvent,
  type AffiliationReceived,
} from '../../src/domain/affiliation/events.js';
import {
  AFFILIATION_NOVELTIES_COLLECTION,
  AFFILIATIONS_COLLECTION,
  affiliationsProjection,
  queryAffiliationNovelties,
  queryAffiliationStatistics,
  type AffiliationDocument,
} from '../../src/features/affiliations/read-models/affiliations-projection.js';
import {
  dumpCollection,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';

function recorded(
  affiliationId: string,
  revision: number,
  position: number,
  event: AffiliationEvent,
): RecordedEvent {
  return {
    id: `${affiliationId}-${revision}`,
    stream: affiliationStreamOf(affiliationId),
    revision,
    position,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      actorId: 'user-coordinator',
      actorRole: 'COORDINATOR',
      occurredAt: '2026-03-02T15:00:00.000Z',
      recordedAt: `2026-03-02T15:00:${String(position % 60).padStart(2, '0')}.000Z`,
      correlationId: `correlation-${affiliationId}`,
      causationId: `command-${affiliationId}-${revision}`,
      previousHash: '',
      hash: '',
    },
  };
}

const received = (
  affiliationId: string,
  overrides: Partial<AffiliationReceived['data']> = {},
): AffiliationReceived => ({
  type: 'Received',
  data: {
    lateEntry: null,
    requestNumber: null,
    affiliationId,
    affiliationType: 'INDIVIDUAL',
    channel: 'IN_PERSON',
    applicantId: 'person-1',
    applicantVersion: 1,
    campaign: 'Feria Zipaquirá',
    campaignId: null,
    receivedAt: '2026-03-02T15:00:00.000Z',
    receivedOn: '2026-03-02',
    requiredDocuments: ['IDENTITY_DOCUMENT', 'PROOF_OF_INCOME'],
    ...overrides,
  },
});

/** An affiliation's life up to a retirement, positions interleaved with other streams' (gaps of 10). */
function lifeOf(affiliationId: string, firstPosition: number): RecordedEvent[] {
  let revision = 0;
  const next = (event: AffiliationEvent): RecordedEvent =>
    recorded(affiliationId, revision, firstPosition + 10 * revision++, event);
  return [
    next(received(affiliationId)),
    next({ type: 'Assigned', data: { assigneeId: 'agent-7', previousAssigneeId: null } }),
    next({
      type: 'DocumentRejected',
      data: {
        documentType: 'PROOF_OF_INCOME',
        reason: 'Ilegible',
        checkedBy: 'agent-7',
        checkedAt: '2026-03-03T15:00:00.000Z',
      },
    }),
    next({
      type: 'DocumentSubmitted',
      data: {
        documentType: 'IDENTITY_DOCUMENT',
        evidenceReference: 'exp/cc.pdf',
        attachments: [],
        checkedBy: 'agent-7',
        checkedAt: '2026-03-03T15:00:00.000Z',
      },
    }),
    next({
      type: 'DocumentSubmitted',
      data: {
        documentType: 'PROOF_OF_INCOME',
        evidenceReference: 'exp/ingresos.pdf',
        attachments: [],
        checkedBy: 'agent-7',
        checkedAt: '2026-03-04T15:00:00.000Z',
      },
    }),
    next({
      type: 'RequirementsVerified',
      data: {
        verifiedDocuments: ['IDENTITY_DOCUMENT', 'PROOF_OF_INCOME'],
        verifiedBy: 'agent-7',
        verifiedAt: '2026-03-04T16:00:00.000Z',
      },
    }),
    next({
      type: 'Approved',
      data: {
        memberNumber: 'AF-000001',
        approvedAt: '2026-03-06T16:00:00.000Z',
        approvedOn: '2026-03-06',
        daysToDecision: 4,
      },
    }),
    next({
      type: 'Answered',
      data: {
        decision: 'APPROVED',
        channel: 'EMAIL',
        notifiedAt: '2026-03-09T16:00:00.000Z',
      },
    }),
    next({
      type: 'NoveltyReported',
      data: {
        kind: 'DATA_UPDATE',
        description: 'Cambio de dirección',
        effectiveDate: '2026-04-01',
        reportedBy: 'user-coordinator',
        reportedAt: '2026-03-30T15:00:00.000Z',
      },
    }),
    next({
      type: 'NoveltyReported',
      data: {
        kind: 'RETIREMENT',
        description: 'Retiro voluntario',
        effectiveDate: '2026-05-01',
        reportedBy: 'agent-7',
        reportedAt: '2026-04-20T15:00:00.000Z',
      },
    }),
  ];
}

async function applyAll(events: readonly RecordedEvent[]): Promise<void> {
  await readModels.store.transaction(async (tx) => {
    for (const event of events) await affiliationsProjection.apply(event, tx);
  });
}

let readModels: TemporaryReadModels;
beforeEach(async () => {
  readModels = await temporaryReadModels();
});
afterEach(async () => {
  await readModels.cleanup();
});

describe('the affiliations read model', () => {
  it('a received application lists every required document as pending', async () => {
    await applyAll([recorded('a-1', 0, 1, received('a-1'))]);
    const document = await readModels.store.get<AffiliationDocument>(AFFILIATIONS_COLLECTION, 'a-1');
    expect(document).toMatchObject({
      status: 'RECEIVED',
      campaign: 'Feria Zipaquirá',
      pendingDocuments: ['IDENTITY_DOCUMENT', 'PROOF_OF_INCOME'],
      pendingDocumentCount: 2,
      documents: [
        { documentType: 'IDENTITY_DOCUMENT', state: 'PENDING' },
        { documentType: 'PROOF_OF_INCOME', state: 'PENDING' },
      ],
      memberNumber: null,
      revision: 0,
    });
  });

  it('a request keeps the number it was filed under, and its consecutive for a search by number', async () => {
    const filed = received('a-numbered', { requestNumber: 'AFI-2026-000042' });
    await applyAll([{ ...recorded('a-numbered', 0, 1, filed), schemaVersion: 4 }]);
    const document = await readModels.store.get<AffiliationDocument>(AFFILIATIONS_COLLECTION, 'a-numbered');
    expect(document).toMatchObject({ requestNumber: 'AFI-2026-000042', requestConsecutive: 42 });
  });

  it('a request filed before requests were numbered has none', async () => {
    await applyAll([{ ...recorded('a-unnumbered', 0, 1, received('a-unnumbered')), schemaVersion: 3 }]);
    const document = await readModels.store.get<AffiliationDocument>(AFFILIATIONS_COLLECTION, 'a-unnumbered');
    expect(document).toMatchObject({ requestNumber: null, requestConsecutive: null });
  });

  it('follows the review, the decision, the notice and a retirement', async () => {
    await applyAll(lifeOf('a-1', 1));
    const document = await readModels.store.get<AffiliationDocument>(AFFILIATIONS_COLLECTION, 'a-1');
    expect(document).toMatchObject({
      status: 'RETIRED',
      assigneeId: 'agent-7',
      pendingDocuments: [],
      pendingDocumentCount: 0,
      documents: [
        {
          documentType: 'IDENTITY_DOCUMENT',
          state: 'ACCEPTED',
          evidenceReference: 'exp/cc.pdf',
          attachment: null,
          checkedBy: 'agent-7',
        },
        {
          documentType: 'PROOF_OF_INCOME',
          state: 'ACCEPTED',
          evidenceReference: 'exp/ingresos.pdf',
          attachment: null,
          rejectionReason: null,
        },
      ],
      verifiedAt: '2026-03-04T16:00:00.000Z',
      memberNumber: 'AF-000001',
      decision: 'APPROVED',
      decidedOn: '2026-03-06',
      daysToDecision: 4,
      notificationChannel: 'EMAIL',
      retiredOn: '2026-05-01',
      searchText: 'af-000001 feria zipaquira',
      revision: 9,
    });
  });

  it('a rejected document stays pending with its reason', async () => {
    await applyAll(lifeOf('a-1', 1).slice(0, 3));
    const document = await readModels.store.get<AffiliationDocument>(AFFILIATIONS_COLLECTION, 'a-1');
    expect(document?.documents[1]).toMatchObject({ state: 'REJECTED', rejectionReason: 'Ilegible' });
    expect(document?.pendingDocuments).toEqual(['IDENTITY_DOCUMENT', 'PROOF_OF_INCOME']);
  });

  it('applying the same events twice changes nothing', async () => {
    const events = lifeOf('a-1', 1);
    await applyAll(events);
    const once = [
      await dumpCollection(readModels.store, AFFILIATIONS_COLLECTION),
      await dumpCollection(readModels.store, AFFILIATION_NOVELTIES_COLLECTION),
    ];
    await applyAll(events);
    expect([
      await dumpCollection(readModels.store, AFFILIATIONS_COLLECTION),
      await dumpCollection(readModels.store, AFFILIATION_NOVELTIES_COLLECTION),
    ]).toEqual(once);
  });

  it('an event of an affiliation never received is ignored', async () => {
    await applyAll([lifeOf('a-9', 1)[1]!]);
    expect(await dumpCollection(readModels.store, AFFILIATIONS_COLLECTION)).toEqual([]);
  });
});

describe('the novelties report', () => {
  it('lists the novelties effective in the period with the member number and who reported them', async () => {
    await applyAll(lifeOf('a-1', 1));
    expect(await queryAffiliationNovelties(readModels.store, '2026-04-01', '2026-04-30')).toEqual([
      {
        id: 'a-1:8',
        affiliationId: 'a-1',
        memberNumber: 'AF-000001',
        affiliationType: 'INDIVIDUAL',
        kind: 'DATA_UPDATE',
        description: 'Cambio de dirección',
        effectiveDate: '2026-04-01',
        reportedBy: 'user-coordinator',
        reportedAt: '2026-03-30T15:00:00.000Z',
        lastPosition: 81,
      },
    ]);
    const all = await queryAffiliationNovelties(readModels.store, '2026-01-01', '2026-12-31');
    expect(all.map((novelty) => novelty.kind)).toEqual(['DATA_UPDATE', 'RETIREMENT']);
  });
});

describe('the statistics of a period', () => {
  it('count received applications by status, type, channel and campaign, and the days to decide', async () => {
    await applyAll([
      ...lifeOf('a-1', 1),
      recorded('a-2', 0, 2, received('a-2', { affiliationType: 'COMPANY', channel: 'WEB', campaign: null })),
      recorded('a-2', 1, 12, {
        type: 'Rejected',
        data: {
          reason: 'Sin RUT',
          rejectedAt: '2026-03-12T15:00:00.000Z',
          rejectedOn: '2026-03-12',
          daysToDecision: 10,
        },
      }),
      recorded(
        'a-3',
        0,
        3,
        received('a-3', { receivedOn: '2026-03-20', receivedAt: '2026-03-20T15:00:00.000Z' }),
      ),
      recorded(
        'a-4',
        0,
        4,
        received('a-4', { receivedOn: '2026-04-02', receivedAt: '2026-04-02T15:00:00.000Z' }),
      ),
    ]);
    const statistics = await queryAffiliationStatistics(readModels.store, '2026-03-01', '2026-03-31');
    expect(statistics).toMatchObject({
      received: 3,
      approved: 1,
      rejected: 1,
      averageDaysToDecision: 7,
      byCampaign: [
        { campaign: 'Feria Zipaquirá', count: 2 },
        { campaign: null, count: 1 },
      ],
    });
    expect(statistics.byStatus).toEqual(
      expect.arrayContaining([
        { status: 'RETIRED', count: 1 },
        { status: 'REJECTED', count: 1 },
        { status: 'RECEIVED', count: 1 },
        { status: 'APPROVED', count: 0 },
      ]),
    );
    expect(statistics.byType).toEqual([
      { affiliationType: 'INDIVIDUAL', count: 2 },
      { affiliationType: 'COMPANY', count: 1 },
      { affiliationType: 'INDEPENDENT', count: 0 },
    ]);
    expect(statistics.byChannel).toEqual(
      expect.arrayContaining([
        { channel: 'WEB', count: 1 },
        { channel: 'IN_PERSON', count: 2 },
      ]),
    );
  });

  it('a period without applications has zeros and no average', async () => {
    const statistics = await queryAffiliationStatistics(readModels.store, '2026-01-01', '2026-01-31');
    expect(statistics).toMatchObject({
      received: 0,
      approved: 0,
      rejected: 0,
      averageDaysToDecision: null,
      byCampaign: [],
    });
  });
});
