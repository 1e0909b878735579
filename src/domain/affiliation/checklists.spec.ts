import { checklistProblem, DEFAULT_AFFILIATION_CHECKLISTS, mergeChecklists } from './checklists.js';
import { AFFILIATION_TYPES } from './events.js';
import { evolve, initialAffiliationState, pendingDocumentsOf } from './state.js';
import { documentRejected, documentSubmitted, received } from './affiliation-spec-fixtures.js';

describe('the default checklists', () => {
  it('every affiliation type has a valid one', () => {
    for (const type of AFFILIATION_TYPES)
      expect(checklistProblem(DEFAULT_AFFILIATION_CHECKLISTS[type])).toBeNull();
  });

  it('a company proves its existence, tax registration and legal representative', () => {
    expect(DEFAULT_AFFILIATION_CHECKLISTS.COMPANY).toEqual(
      expect.arrayContaining(['CHAMBER_OF_COMMERCE_CERTIFICATE', 'RUT', 'LEGAL_REPRESENTATIVE_ID']),
    );
  });

  it('configuration replaces only the types it names', () => {
    const merged = mergeChecklists({ COMPANY: ['RUT'] });
    expect(merged.COMPANY).toEqual(['RUT']);
    expect(merged.INDIVIDUAL).toEqual(DEFAULT_AFFILIATION_CHECKLISTS.INDIVIDUAL);
  });

  it('a checklist with a malformed code is not valid', () => {
    expect(checklistProblem(['rut'])).toContain('"rut"');
  });
});

describe('the pending documents', () => {
  it('are the required ones not accepted, rejected ones included, in checklist order', () => {
    const state = [
      received('a-1'),
      documentSubmitted('APPLICATION_FORM'),
      documentRejected('IDENTITY_DOCUMENT'),
    ].reduce(evolve, initialAffiliationState);
    expect(state.status === 'NOT_RECEIVED' ? null : pendingDocumentsOf(state)).toEqual([
      'IDENTITY_DOCUMENT',
      'PROOF_OF_INCOME',
    ]);
  });
});
