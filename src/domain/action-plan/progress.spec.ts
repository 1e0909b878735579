// Progress reports: cumulative, with evidence, one pending at a time, and counted only once approved by a
// coordinator or administrator who did not report it.
import type { ActionPlanCommand } from './commands.js';
import {
  admin,
  at,
  auditor,
  coordinator,
  given,
  on,
  otherAgent,
  otherCoordinator,
  planWithActivity,
  progressApproved,
  progressReported,
  REPORT,
  reportProgress,
  responsibleAgent,
} from './action-plan-spec-fixtures.js';

const approve = (reportId = REPORT): ActionPlanCommand => ({
  type: 'ApproveActivityProgress',
  data: { reportId },
});
const reject = (reason = 'El acta no corresponde a la actividad.', reportId = REPORT): ActionPlanCommand => ({
  type: 'RejectActivityProgress',
  data: { reportId, reason },
});
const evidenceFile = {
  id: 'file-1',
  fileName: 'acta-07.pdf',
  mediaType: 'application/pdf',
  size: 1200,
  sha256: 'a'.repeat(64),
};

describe('when progress is reported', () => {
  it('the responsible agent reports cumulative progress with evidence, signed as theirs', () => {
    given(planWithActivity())
      .when(reportProgress(), on('2026-03-02', responsibleAgent))
      .then([progressReported()]);
  });

  it('a coordinator reports too, with evidence files and no reference', () => {
    given(planWithActivity())
      .when(
        reportProgress({ evidence: '', attachments: [evidenceFile], note: '  Mitad.  ' }),
        on('2026-03-02', coordinator, '16:00'),
      )
      .then([
        progressReported({
          note: 'Mitad.',
          evidence: '',
          attachments: [evidenceFile],
          reportedBy: coordinator.id,
          reportedAt: at('2026-03-02', '16:00'),
        }),
      ]);
  });

  it("an agent may not report another's activity", () => {
    given(planWithActivity())
      .when(reportProgress(), on('2026-03-02', otherAgent))
      .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
  });

  it('an auditor may not report', () => {
    given(planWithActivity())
      .when(reportProgress(), on('2026-03-02', auditor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an activity not in the plan is refused', () => {
    given(planWithActivity())
      .when(reportProgress({ activityId: 'nope' }), on('2026-03-02'))
      .thenRefuses('ACTIVITY_NOT_FOUND', 'activityId');
  });

  it.each([[-1], [101], [33.5]])('the progress %s is refused', (progressPercent) => {
    given(planWithActivity())
      .when(reportProgress({ progressPercent }), on('2026-03-02'))
      .thenRefuses('INVALID_PROGRESS', 'progressPercent');
  });

  it('a report without a note is refused', () => {
    given(planWithActivity())
      .when(reportProgress({ note: ' ' }), on('2026-03-02'))
      .thenRefuses('NOTE_REQUIRED', 'note');
  });

  it('a report with neither evidence reference nor files is refused', () => {
    given(planWithActivity())
      .when(reportProgress({ evidence: ' ', attachments: [] }), on('2026-03-02'))
      .thenRefuses('EVIDENCE_REQUIRED', 'evidence');
  });

  it('a report id already used is refused', () => {
    given([...planWithActivity(), progressReported(), progressApproved()])
      .when(reportProgress({ progressPercent: 80 }), on('2026-03-10'))
      .thenRefuses('PROGRESS_REPORT_ALREADY_FILED', 'reportId');
  });

  it('a second report while one awaits approval is refused', () => {
    given([...planWithActivity(), progressReported()])
      .when(reportProgress({ reportId: 'report-2', progressPercent: 60 }), on('2026-03-05'))
      .thenRefuses('PROGRESS_REPORT_PENDING');
  });

  it('progress below the approved progress is refused: it is cumulative', () => {
    given([...planWithActivity(), progressReported(), progressApproved()])
      .when(reportProgress({ reportId: 'report-2', progressPercent: 40 }), on('2026-03-10'))
      .thenRefuses('PROGRESS_BELOW_APPROVED', 'progressPercent');
  });

  it('an activity approved at 100 % takes no more reports', () => {
    given([
      ...planWithActivity(),
      progressReported({ progressPercent: 100 }),
      progressApproved({ progressPercent: 100 }),
    ])
      .when(reportProgress({ reportId: 'report-2', progressPercent: 100 }), on('2026-05-10'))
      .thenRefuses('ACTIVITY_COMPLETED');
  });

  it('after a rejection the activity takes a new report', () => {
    given([
      ...planWithActivity(),
      progressReported(),
      {
        type: 'ActivityProgressRejected',
        data: {
          reportId: REPORT,
          activityId: 'activity-1',
          reason: 'Sin acta',
          rejectedBy: coordinator.id,
          rejectedAt: at('2026-03-03'),
          rejectedOn: '2026-03-03',
        },
      },
    ])
      .when(reportProgress({ reportId: 'report-2', progressPercent: 30 }), on('2026-03-04', responsibleAgent))
      .then([
        progressReported({
          reportId: 'report-2',
          progressPercent: 30,
          reportedAt: at('2026-03-04'),
          reportedOn: '2026-03-04',
        }),
      ]);
  });
});

describe('when a report awaits approval', () => {
  const pending = () => [...planWithActivity(), progressReported()];

  it('a coordinator who did not report it approves it, and the activity counts its progress', () => {
    const state = given(pending()).when(approve(), on('2026-03-03')).then([progressApproved()]);
    expect(state).toMatchObject({
      activities: { 'activity-1': { approvedProgress: 50, pendingReportId: null } },
      reports: { [REPORT]: { status: 'APPROVED' } },
    });
  });

  it('an administrator approves it too', () => {
    given(pending())
      .when(approve(), on('2026-03-03', admin))
      .then([progressApproved({ approvedBy: admin.id })]);
  });

  it('whoever reported it may not approve it', () => {
    given([...planWithActivity(), progressReported({ reportedBy: coordinator.id })])
      .when(approve(), on('2026-03-03', coordinator))
      .thenRefuses('SELF_REVIEW_NOT_ALLOWED');
  });

  it.each([
    ['an agent', responsibleAgent],
    ['an auditor', auditor],
  ])('%s may not approve it', (_name, actor) => {
    given(pending()).when(approve(), on('2026-03-03', actor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a report that does not exist is refused', () => {
    given(pending())
      .when(approve('report-x'), on('2026-03-03'))
      .thenRefuses('PROGRESS_REPORT_NOT_FOUND', 'reportId');
  });

  it('a coordinator rejects it with a reason, and the activity keeps its approved progress', () => {
    const state = given(pending())
      .when(reject('  El acta no corresponde a la actividad. '), on('2026-03-03', otherCoordinator))
      .then([
        {
          type: 'ActivityProgressRejected',
          data: {
            reportId: REPORT,
            activityId: 'activity-1',
            reason: 'El acta no corresponde a la actividad.',
            rejectedBy: otherCoordinator.id,
            rejectedAt: at('2026-03-03'),
            rejectedOn: '2026-03-03',
          },
        },
      ]);
    expect(state).toMatchObject({
      activities: { 'activity-1': { approvedProgress: 0, pendingReportId: null } },
      reports: { [REPORT]: { status: 'REJECTED' } },
    });
  });

  it('a rejection without a reason is refused', () => {
    given(pending()).when(reject(' '), on('2026-03-03')).thenRefuses('REASON_REQUIRED', 'reason');
  });

  it('whoever reported it may not reject it', () => {
    given([...planWithActivity(), progressReported({ reportedBy: coordinator.id })])
      .when(reject(), on('2026-03-03', coordinator))
      .thenRefuses('SELF_REVIEW_NOT_ALLOWED');
  });

  it('an agent may not reject it', () => {
    given(pending()).when(reject(), on('2026-03-03', responsibleAgent)).thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('when a report was reviewed', () => {
  const approved = () => [...planWithActivity(), progressReported(), progressApproved()];
  const rejected = () => [
    ...planWithActivity(),
    progressReported(),
    {
      type: 'ActivityProgressRejected' as const,
      data: {
        reportId: REPORT,
        activityId: 'activity-1',
        reason: 'Sin acta',
        rejectedBy: coordinator.id,
        rejectedAt: at('2026-03-03'),
        rejectedOn: '2026-03-03',
      },
    },
  ];

  it('approving it again changes nothing', () => {
    given(approved()).when(approve(), on('2026-03-04')).thenNothingHappens();
  });

  it('rejecting it again changes nothing', () => {
    given(rejected()).when(reject(), on('2026-03-04')).thenNothingHappens();
  });

  it('rejecting an approved report is refused', () => {
    given(approved()).when(reject(), on('2026-03-04')).thenRefuses('PROGRESS_REPORT_ALREADY_REVIEWED');
  });

  it('approving a rejected report is refused', () => {
    given(rejected()).when(approve(), on('2026-03-04')).thenRefuses('PROGRESS_REPORT_ALREADY_REVIEWED');
  });

  it('a later report at or above the approved progress is accepted', () => {
    given(approved())
      .when(
        reportProgress({ reportId: 'report-2', progressPercent: 100 }),
        on('2026-04-20', responsibleAgent),
      )
      .then([
        progressReported({
          reportId: 'report-2',
          progressPercent: 100,
          reportedAt: at('2026-04-20'),
          reportedOn: '2026-04-20',
        }),
      ]);
  });
});
