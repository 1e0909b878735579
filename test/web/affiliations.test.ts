// The Afiliaciones screen's rules: the list's filters as the API takes them, cursor paging of the grid,
// the checklist in words, and the steps each role may take as the application moves on.
import {
  affiliateHistory,
  affiliationListFilter,
  campaignPlanFilterValue,
  affiliationSteps,
  checklistSummary,
  documentLabel,
  NO_AFFILIATION_FILTER,
  requestReference,
  withDocumentNames,
} from '../../web/src/logic/affiliations.js';
import {
  afterCursor,
  FIRST_PAGE_ONLY,
  reachablePage,
  rememberPageEnd,
} from '../../web/src/logic/cursor-paging.js';

describe('how a request is named', () => {
  it('by its number', () => {
    expect(
      requestReference({ id: '0b6f9c1e-6f0a-4c55-8d0a-2b8f4b9d2c11', requestNumber: 'AFI-2026-000042' }),
    ).toBe('AFI-2026-000042');
  });

  it('one filed before requests were numbered, by the start of its id', () => {
    expect(requestReference({ id: '0b6f9c1e-6f0a-4c55-8d0a-2b8f4b9d2c11', requestNumber: null })).toBe(
      'Sin número (0b6f9c1e)',
    );
  });
});

describe('the search by request number', () => {
  it('sends what was typed, without outer spaces, for the server to read as a number', () => {
    expect(affiliationListFilter({ ...NO_AFFILIATION_FILTER, search: ' AFI-2026-000042 ' })).toEqual({
      text: 'AFI-2026-000042',
    });
    expect(affiliationListFilter({ ...NO_AFFILIATION_FILTER, search: '42' })).toEqual({ text: '42' });
  });

  it('sends nothing for blanks', () => {
    expect(affiliationListFilter({ ...NO_AFFILIATION_FILTER, search: '   ' })).toEqual({});
  });
});

describe('the affiliate’s history', () => {
  it('lists novelties and the other requests newest first, dated dd/mm/aaaa, requests by number', () => {
    const history = affiliateHistory(
      [{ id: 'n1', kind: 'RETIREMENT', description: 'Cambio de empleador.', effectiveDate: '2026-06-30' }],
      [
        {
          id: 'r-old',
          requestNumber: null,
          status: 'REJECTED',
          receivedAt: '2025-11-03T15:00:00.000Z',
          memberNumber: null,
        },
        {
          id: 'r-new',
          requestNumber: 'AFI-2026-000007',
          status: 'APPROVED',
          // 1 January 2026 at 03:00 UTC is still 31 December 2025 in Bogotá.
          receivedAt: '2026-01-01T03:00:00.000Z',
          memberNumber: 'AF-000031',
        },
      ],
    );
    expect(history).toEqual([
      { key: 'novedad-n1', on: '30/06/2026', what: 'Novedad: Retiro. Cambio de empleador.', requestId: null },
      {
        key: 'solicitud-r-new',
        on: '31/12/2025',
        what: 'Solicitud AFI-2026-000007: Aprobada, número de afiliado AF-000031.',
        requestId: 'r-new',
      },
      {
        key: 'solicitud-r-old',
        on: '03/11/2025',
        what: 'Solicitud Sin número (r-old): Rechazada.',
        requestId: 'r-old',
      },
    ]);
  });
});

describe('the list filter', () => {
  it('sends nothing when nothing is chosen', () => {
    expect(affiliationListFilter(NO_AFFILIATION_FILTER)).toEqual({});
  });

  it('sends what was chosen, the campaign without outer spaces, pending documents as a yes or no', () => {
    expect(
      affiliationListFilter({
        search: '',
        status: 'RECEIVED',
        affiliationType: 'COMPANY',
        channel: 'WEB',
        campaign: '  Feria Zipaquirá 2026 ',
        pendingDocuments: 'PENDING',
      }),
    ).toEqual({
      status: 'RECEIVED',
      affiliationType: 'COMPANY',
      channel: 'WEB',
      campaign: 'Feria Zipaquirá 2026',
      hasPendingDocuments: true,
    });
    expect(affiliationListFilter({ ...NO_AFFILIATION_FILTER, pendingDocuments: 'COMPLETE' })).toEqual({
      hasPendingDocuments: false,
    });
    expect(affiliationListFilter({ ...NO_AFFILIATION_FILTER, campaign: '   ' })).toEqual({});
  });

  it("sends a campaign of the plan by its id, and an older request's typed name as it is", () => {
    const fair = '5a1c7e2e-0000-4000-8000-000000000001';
    expect(
      affiliationListFilter({ ...NO_AFFILIATION_FILTER, campaign: campaignPlanFilterValue(fair) }),
    ).toEqual({ campaignId: fair });
    expect(affiliationListFilter({ ...NO_AFFILIATION_FILTER, campaign: 'Feria Zipaquirá 2025' })).toEqual({
      campaign: 'Feria Zipaquirá 2025',
    });
  });
});

describe('paging the grid over a cursor connection', () => {
  it('starts at the beginning and learns where each next page starts', () => {
    expect(afterCursor(FIRST_PAGE_ONLY, 0)).toBeNull();
    const seen = rememberPageEnd(FIRST_PAGE_ONLY, 0, { endCursor: 'c20', hasNextPage: true });
    expect(afterCursor(seen, 1)).toBe('c20');
    expect(rememberPageEnd(seen, 1, { endCursor: 'c40', hasNextPage: false })).toBe(seen);
  });

  it('cannot jump past the pages it has seen', () => {
    const seen = rememberPageEnd(FIRST_PAGE_ONLY, 0, { endCursor: 'c20', hasNextPage: true });
    expect(reachablePage(seen, 5)).toBe(1);
    expect(afterCursor(seen, 5)).toBe('c20');
    expect(reachablePage(seen, -1)).toBe(0);
  });

  it('forgets later pages when a page ends somewhere else (the list moved)', () => {
    let seen = rememberPageEnd(FIRST_PAGE_ONLY, 0, { endCursor: 'c20', hasNextPage: true });
    seen = rememberPageEnd(seen, 1, { endCursor: 'c40', hasNextPage: true });
    expect(rememberPageEnd(seen, 0, { endCursor: 'c19', hasNextPage: true })).toEqual([null, 'c19']);
  });
});

describe('the checklist', () => {
  it('says how many documents are missing', () => {
    expect(checklistSummary([{ state: 'ACCEPTED' }, { state: 'PENDING' }, { state: 'REJECTED' }])).toBe(
      'Faltan 2 de 3 documentos',
    );
    expect(checklistSummary([{ state: 'ACCEPTED' }, { state: 'PENDING' }])).toBe('Falta 1 de 2 documentos');
    expect(checklistSummary([{ state: 'ACCEPTED' }, { state: 'ACCEPTED' }])).toBe('Documentos completos (2)');
  });

  it('names documents in Spanish, and one the office configured by its code', () => {
    expect(documentLabel('IDENTITY_DOCUMENT')).toBe('Documento de identidad');
    expect(documentLabel('CERTIFICADO_ESPECIAL')).toBe('CERTIFICADO_ESPECIAL');
  });

  it('names the documents of a server message in Spanish, leaving other words alone', () => {
    expect(
      withDocumentNames(
        'Aún no se han aceptado estos documentos requeridos: APPLICATION_FORM (rechazado: Sin firma RUT), CERT_X, RUT.',
      ),
    ).toBe(
      'Aún no se han aceptado estos documentos requeridos: Formulario de solicitud (rechazado: Sin firma RUT), CERT_X, RUT.',
    );
  });
});

describe('the steps on an application', () => {
  const received = { status: 'RECEIVED' as const, assigneeId: null };

  it('a coordinator reviews documents and verifies in review, and may reject but not yet approve', () => {
    expect(affiliationSteps(['COORDINATOR'], 'u-1', received)).toEqual({
      reviewDocuments: true,
      verifyRequirements: true,
      approve: false,
      reject: true,
    });
  });

  it('once verified the documents are settled: a coordinator approves or rejects', () => {
    expect(
      affiliationSteps(['COORDINATOR'], 'u-1', { status: 'REQUIREMENTS_VERIFIED', assigneeId: null }),
    ).toEqual({ reviewDocuments: false, verifyRequirements: false, approve: true, reject: true });
  });

  it('an agent works only on the applications assigned to them, and never decides', () => {
    expect(affiliationSteps(['AGENT'], 'u-1', { status: 'ASSIGNED', assigneeId: 'u-1' })).toEqual({
      reviewDocuments: true,
      verifyRequirements: true,
      approve: false,
      reject: false,
    });
    expect(affiliationSteps(['AGENT'], 'u-1', { status: 'ASSIGNED', assigneeId: 'u-2' })).toEqual({
      reviewDocuments: false,
      verifyRequirements: false,
      approve: false,
      reject: false,
    });
  });

  it('a decided application and an auditor take no step', () => {
    const none = { reviewDocuments: false, verifyRequirements: false, approve: false, reject: false };
    expect(affiliationSteps(['ADMIN'], 'u-1', { status: 'APPROVED', assigneeId: null })).toEqual(none);
    expect(affiliationSteps(['ADMIN'], 'u-1', { status: 'REJECTED', assigneeId: null })).toEqual(none);
    expect(affiliationSteps(['AUDITOR'], 'u-1', received)).toEqual(none);
  });
});
