import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { RadicadoCommand } from './commands.js';
import { radicadoDecider, type RadicadoState } from './decide.js';
import { radicadoStreamOf, upcastRadicadoEvent, type RadicadoEvent, type RadicadoIssued } from './events.js';
import { formatRadicado, isRadicado, parseRadicado } from './radicado.js';

const given = deciderSpecification<RadicadoCommand, RadicadoEvent, RadicadoState>(radicadoDecider);
const context: DecisionContext = {
  now: '2026-03-13T15:00:00.000Z',
  actor: { id: 'user-agent', role: 'AGENT' },
  calendar: createBusinessCalendar(),
};
const issue = (requestedBy: string, year = 2026): RadicadoCommand => ({
  type: 'IssueRadicado',
  data: { year, requestedBy },
});
const issued = (consecutive: number, requestedBy: string, year = 2026): RadicadoIssued => ({
  type: 'RadicadoIssued',
  data: { radicado: formatRadicado(year, consecutive), year, consecutive, requestedBy, receipt: null },
});

describe('when no radicado has been issued this year', () => {
  it('the first radicado of the year is number 1', () => {
    given([])
      .when(issue('command-1'), context)
      .then([
        {
          type: 'RadicadoIssued',
          data: {
            radicado: 'PQRS-2026-000001',
            year: 2026,
            consecutive: 1,
            requestedBy: 'command-1',
            receipt: null,
          },
        },
      ]);
  });

  it('a year that is not a four-digit integer is refused', () => {
    given([]).when(issue('command-1', 26.5), context).thenRefuses('INVALID_YEAR', 'year');
  });

  it('a request without the command that asks for it is refused', () => {
    given([]).when(issue(' '), context).thenRefuses('REQUESTED_BY_REQUIRED', 'requestedBy');
  });
});

describe('when radicados have been issued this year', () => {
  it('the next radicado follows the last one', () => {
    given([issued(1, 'command-1'), issued(2, 'command-2')])
      .when(issue('command-3'), context)
      .then([issued(3, 'command-3')]);
  });

  it('the same command asking again gets no second radicado', () => {
    given([issued(1, 'command-1')])
      .when(issue('command-1'), context)
      .thenNothingHappens();
  });

  it('a radicado of another year is refused on this year’s counter', () => {
    given([issued(1, 'command-1')])
      .when(issue('command-2', 2027), context)
      .thenRefuses('RADICADO_YEAR_MISMATCH', 'year');
  });

  it('after 999999 radicados the year is exhausted', () => {
    given([issued(999_999, 'command-999999')])
      .when(issue('command-x'), context)
      .thenRefuses('RADICADO_EXHAUSTED');
  });

  it('the 999999th radicado is still issued', () => {
    given([issued(999_998, 'command-999998')])
      .when(issue('command-999999'), context)
      .then([issued(999_999, 'command-999999')]);
  });
});

describe('the radicado format', () => {
  it('is PQRS, the year and a six-digit consecutive', () => {
    expect(formatRadicado(2026, 42)).toBe('PQRS-2026-000042');
    expect(formatRadicado(2026, 999_999)).toBe('PQRS-2026-999999');
  });

  it('parses back into year and consecutive', () => {
    expect(parseRadicado('PQRS-2026-000042')).toEqual({ year: 2026, consecutive: 42 });
  });

  it('anything else is not a radicado', () => {
    for (const text of [
      'PQRS-2026-42',
      'pqrs-2026-000042',
      'PQRS-2026-000000',
      'PENDIENTE',
      'PQRS-2026-0000420',
    ]) {
      expect(parseRadicado(text)).toBeNull();
      expect(isRadicado(text)).toBe(false);
    }
  });

  it('each year has its own counter stream', () => {
    expect(radicadoStreamOf(2026)).toBe('radicado-2026');
  });
});

describe('the receipt a number is issued for', () => {
  const receipt = {
    radicado: 'PENDIENTE',
    kind: 'PETITION' as const,
    channel: 'WEB' as const,
    subject: 'Certificado',
    description: 'Solicito el certificado.',
    petitionerId: 'person-1',
    receivedAt: null,
    priority: [],
  };

  it('is kept with the number, so an interrupted receipt can be completed', () => {
    given([])
      .when({ type: 'IssueRadicado', data: { year: 2026, requestedBy: 'command-1', receipt } }, context)
      .then([
        {
          type: 'RadicadoIssued',
          data: {
            radicado: 'PQRS-2026-000001',
            year: 2026,
            consecutive: 1,
            requestedBy: 'command-1',
            receipt,
          },
        },
      ]);
  });

  it('reads as none on a number issued before it was kept (stored schema version 1)', () => {
    expect(
      upcastRadicadoEvent({
        type: 'RadicadoIssued',
        schemaVersion: 1,
        data: JSON.parse('{"radicado":"PQRS-2025-000007","year":2025,"consecutive":7,"requestedBy":"c-7"}'),
      }),
    ).toEqual({
      type: 'RadicadoIssued',
      data: { radicado: 'PQRS-2025-000007', year: 2025, consecutive: 7, requestedBy: 'c-7', receipt: null },
    });
  });
});
