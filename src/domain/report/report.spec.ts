import type { Actor, DecisionContext } from '../shared/decider.js';
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { IssueReport } from './commands.js';
import { reportDecider } from './decide.js';
import { MAX_CONCLUSIONS_LENGTH, upcastReportEvent, type ReportEvent } from './events.js';

const given = deciderSpecification(reportDecider);
const calendar = createBusinessCalendar();
const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
const on = (now: string, actor: Actor = coordinator): DecisionContext => ({ now, actor, calendar });
const hash = 'a'.repeat(64);

const issue = (overrides: Partial<IssueReport['data']> = {}): IssueReport => ({
  type: 'IssueReport',
  data: {
    reportId: 'r-1',
    kind: 'PQRS',
    from: '2026-01-01',
    to: '2026-06-30',
    asOf: '2026-07-05T13:00:00.000Z',
    format: 'CSV',
    parameters: {},
    contentHash: hash,
    fileSha256: 'b'.repeat(64),
    fileName: 'informe-pqrs.csv',
    ...overrides,
  },
});

const issued = (command: IssueReport, issuedAt: string): ReportEvent => ({
  type: 'ReportIssued',
  data: {
    ...command.data,
    asOf: command.data.asOf!,
    issuedAt,
    conclusions: command.data.conclusions ?? null,
    textOwnerId: command.data.textOwnerId ?? null,
  },
});

describe('issuing a report', () => {
  it('records what was issued, as of when, and when it was issued', () => {
    given([])
      .when(issue(), on('2026-11-20T15:00:00.000Z'))
      .then([issued(issue(), '2026-11-20T15:00:00.000Z')]);
  });

  it('a report as of an instant still to come is refused', () => {
    given([])
      .when(issue({ asOf: '2026-07-05T13:00:00.001Z' }), on('2026-07-05T13:00:00.000Z'))
      .thenRefuses('AS_OF_IN_FUTURE', 'asOf');
  });

  it('a period that ends before it starts is refused', () => {
    given([])
      .when(issue({ from: '2026-07-01', to: '2026-06-30' }), on('2026-11-20T15:00:00.000Z'))
      .thenRefuses('INVALID_PERIOD', 'from');
  });

  it('a period that starts after the as-of day is refused', () => {
    given([])
      .when(issue({ from: '2026-07-06', to: '2026-12-31' }), on('2026-11-20T15:00:00.000Z'))
      .thenRefuses('PERIOD_AFTER_AS_OF', 'from');
  });

  it('a period of more than five years is refused', () => {
    given([])
      .when(issue({ from: '2019-01-01', to: '2026-06-30' }), on('2026-11-20T15:00:00.000Z'))
      .thenRefuses('PERIOD_TOO_LONG', 'to');
  });

  it('an agent may not issue reports', () => {
    given([])
      .when(issue(), on('2026-11-20T15:00:00.000Z', { id: 'user-agent', role: 'AGENT' }))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an auditor may, to check what was issued', () => {
    const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };
    given([])
      .when(issue(), on('2026-11-20T15:00:00.000Z', auditor))
      .then([issued(issue(), '2026-11-20T15:00:00.000Z')]);
  });
});

describe("the author's conclusions", () => {
  const sealed = 'vault-text:0b7f6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';

  it('are recorded by their reference to the vault, with the owner they were sealed under', () => {
    const command = issue({ conclusions: sealed, textOwnerId: 'report-owner-1' });
    given([])
      .when(command, on('2026-11-20T15:00:00.000Z'))
      .then([issued(command, '2026-11-20T15:00:00.000Z')]);
  });

  it('left blank are recorded as none', () => {
    given([])
      .when(issue({ conclusions: '   ' }), on('2026-11-20T15:00:00.000Z'))
      .then([issued(issue(), '2026-11-20T15:00:00.000Z')]);
  });

  it('on a report with no conclusions section are refused', () => {
    given([])
      .when(
        issue({ kind: 'SATISFACTION', conclusions: 'Mejoró la atención.' }),
        on('2026-11-20T15:00:00.000Z'),
      )
      .thenRefuses('CONCLUSIONS_NOT_APPLICABLE', 'conclusions');
  });

  it('longer than the limit are refused', () => {
    given([])
      .when(issue({ conclusions: 'x'.repeat(MAX_CONCLUSIONS_LENGTH + 1) }), on('2026-11-20T15:00:00.000Z'))
      .thenRefuses('CONCLUSIONS_TOO_LONG', 'conclusions');
  });

  it('a report issued before they were kept reads as having none', () => {
    const {
      conclusions: _conclusions,
      textOwnerId: _owner,
      ...v1
    } = issued(issue(), '2026-11-20T15:00:00.000Z').data;
    expect(upcastReportEvent({ type: 'ReportIssued', schemaVersion: 1, data: v1 })).toEqual(
      issued(issue(), '2026-11-20T15:00:00.000Z'),
    );
  });
});

describe('when the report was issued', () => {
  it('the same issue again changes nothing', () => {
    given([issued(issue(), '2026-11-20T15:00:00.000Z')])
      .when(issue(), on('2026-11-20T15:00:01.000Z'))
      .thenNothingHappens();
  });

  it('another content under the same id is refused', () => {
    given([issued(issue(), '2026-11-20T15:00:00.000Z')])
      .when(issue({ contentHash: 'c'.repeat(64) }), on('2026-11-20T15:00:01.000Z'))
      .thenRefuses('REPORT_ALREADY_ISSUED');
  });
});
