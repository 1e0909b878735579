// The report sources read the cases of a period through the period's index (not the store's default
// order by id) and give them back in the entities' order, each as it stood at the as-of instant.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { versionIdOf } from '../../src/engine/projections/versioned-projection.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import {
  CASE_VERSIONS_COLLECTION,
  caseVersionsProjection,
} from '../../src/features/reports/read-models/report-source-projections.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';

const T1 = '2026-03-02T15:00:00.000Z';
const T2 = '2026-03-10T15:00:00.000Z';

/** A version of a case: only the fields this test reads. */
function version(
  entityId: string,
  revision: number,
  receivedOn: string,
  status: string,
  from: string,
  to: string | null,
) {
  return {
    id: versionIdOf(entityId, revision),
    entityId,
    entityRevision: revision,
    validFrom: from,
    validTo: to,
    receivedOn,
    status,
  };
}

describe('ReportSources.casesReceivedIn', () => {
  let dataDir: string;
  let store: SqliteReadModelStore;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'report-sources-'));
    store = await SqliteReadModelStore.open({ dataDir });
    await store.ensureIndexes(
      CASE_VERSIONS_COLLECTION,
      caseVersionsProjection.indexes![CASE_VERSIONS_COLLECTION]!,
    );
    await store.transaction(async (tx) => {
      // Ids in the opposite order of the days received, so the index order is not the entities' order.
      for (const document of [
        version('A', 0, '2026-02-27', 'RECEIVED', T1, T2),
        version('A', 1, '2026-02-27', 'ANSWERED', T2, null),
        version('B', 0, '2026-02-20', 'RECEIVED', T1, null),
        version('C', 0, '2026-02-10', 'RECEIVED', T1, T2),
        version('C', 1, '2026-02-10', 'CLOSED', T2, null),
        version('D', 0, '2026-01-31', 'RECEIVED', T1, null),
        version('E', 0, '2026-02-15', 'RECEIVED', T2, null),
      ])
        await tx.put(CASE_VERSIONS_COLLECTION, document);
    });
  });

  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const period = { from: '2026-02-01', to: '2026-02-28' };
  const statuses = async (asOf: string) =>
    (await new ReportSources(store, TEXTS_IN_CLEAR).casesReceivedIn(period, asOf)).map(
      (reportCase) => `${reportCase.id}:${reportCase.status}`,
    );

  it('between two versions: each case as it stood, in the entities order, none recorded later', async () => {
    expect(await statuses('2026-03-05T00:00:00.000Z')).toEqual(['A:RECEIVED', 'B:RECEIVED', 'C:RECEIVED']);
  });

  it('at the instant of the second version: that version, and the case first recorded then', async () => {
    expect(await statuses(T2)).toEqual(['A:ANSWERED', 'B:RECEIVED', 'C:CLOSED', 'E:RECEIVED']);
  });

  it('before anything was recorded: nothing', async () => {
    expect(await statuses('2026-03-01T00:00:00.000Z')).toEqual([]);
  });
});
