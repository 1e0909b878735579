// Every code the domain can send has a Spanish name on the screens, and only those codes do.
import { PQRS_CHANNELS, PQRS_KINDS, PRIORITY_REASONS } from '../../src/domain/pqrs/events.js';
import { PQRS_STATUSES } from '../../src/domain/pqrs/state.js';
import {
  labelOf,
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  PQRS_STATUS_LABELS,
  PRIORITY_REASON_LABELS,
} from '../../web/src/logic/pqrs-labels.js';

const sorted = (values: readonly string[]) => [...values].sort();

describe('the Spanish names of a case’s codes', () => {
  it('name exactly the kinds, channels, statuses and priority reasons the domain has', () => {
    expect(sorted(Object.keys(PQRS_KIND_LABELS))).toEqual(sorted(PQRS_KINDS));
    expect(sorted(Object.keys(PQRS_CHANNEL_LABELS))).toEqual(sorted(PQRS_CHANNELS));
    expect(sorted(Object.keys(PQRS_STATUS_LABELS))).toEqual(
      sorted(PQRS_STATUSES.filter((status) => status !== 'NOT_RECEIVED')),
    );
    expect(sorted(Object.keys(PRIORITY_REASON_LABELS))).toEqual(sorted(PRIORITY_REASONS));
  });

  it('use the glossary words', () => {
    expect(PQRS_STATUS_LABELS.AWAITING_INFORMATION).toBe('En espera de información');
    expect(PQRS_KIND_LABELS.INTERAUTHORITY).toBe('Petición entre autoridades');
    expect(PQRS_CHANNEL_LABELS.MAIL).toBe('Correspondencia');
  });

  it('show a code the client does not know yet as it came', () => {
    expect(labelOf(PQRS_STATUS_LABELS, 'ARCHIVED')).toBe('ARCHIVED');
    expect(labelOf(PQRS_STATUS_LABELS, 'CLOSED')).toBe('Cerrada');
  });
});
