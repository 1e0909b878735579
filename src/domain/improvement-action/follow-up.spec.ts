import type { ImprovementActionCommand } from './commands.js';
import {
  admin,
  at,
  auditor,
  closed,
  coordinator,
  effectivenessVerified,
  formulated,
  freshActionId,
  given,
  on,
  otherAgent,
  progressRecorded,
  responsibleAgent,
} from './improvement-action-spec-fixtures.js';

const progress = (
  note = 'Plantilla nueva en producción.',
  evidence = 'GD-2026-0153',
): ImprovementActionCommand => ({
  type: 'RecordProgress',
  data: { note, evidence },
});
const verify = (effective: boolean, evidence = 'Muestreo de 30 certificados'): ImprovementActionCommand => ({
  type: 'VerifyEffectiveness',
  data: { effective, evidence },
});
const close: ImprovementActionCommand = { type: 'CloseAction', data: {} };

describe('when the action does not exist', () => {
  it.each<[string, ImprovementActionCommand]>([
    ['recording progress', progress()],
    ['verifying effectiveness', verify(true)],
    ['closing', close],
  ])('%s is refused: it was never formulated', (_name, command) => {
    given([]).when(command, on('2026-04-01')).thenRefuses('CASE_NOT_FOUND');
  });
});

describe('when the action is open', () => {
  const openAction = () => [formulated(freshActionId())];

  it('its responsible agent records dated progress with evidence', () => {
    given(openAction()).when(progress(), on('2026-04-01', responsibleAgent)).then([progressRecorded()]);
  });

  it('a coordinator records progress too', () => {
    given(openAction())
      .when(progress('  Capacitación dada.  ', ' Acta 12 '), on('2026-04-02', coordinator, '15:00'))
      .then([
        progressRecorded({
          note: 'Capacitación dada.',
          evidence: 'Acta 12',
          recordedAt: at('2026-04-02', '15:00'),
          recordedOn: '2026-04-02',
          attachments: [],
        }),
      ]);
  });

  it('an agent who is not its responsible may not record progress', () => {
    given(openAction()).when(progress(), on('2026-04-01', otherAgent)).thenRefuses('NOT_ASSIGNED_TO_ACTOR');
  });

  it('an auditor may not record progress', () => {
    given(openAction()).when(progress(), on('2026-04-01', auditor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('progress without a note is refused', () => {
    given(openAction()).when(progress(' '), on('2026-04-01')).thenRefuses('NOTE_REQUIRED', 'note');
  });

  it('progress without evidence is refused', () => {
    given(openAction())
      .when(progress('Avance', ''), on('2026-04-01'))
      .thenRefuses('EVIDENCE_REQUIRED', 'evidence');
  });

  it('the same progress note with the same evidence twice on one day changes nothing', () => {
    given([...openAction(), progressRecorded()])
      .when(progress(), on('2026-04-01', responsibleAgent, '16:00'))
      .thenNothingHappens();
  });

  it('the same note on another day is new progress', () => {
    given([...openAction(), progressRecorded()])
      .when(progress(), on('2026-04-02', responsibleAgent))
      .then([progressRecorded({ recordedAt: at('2026-04-02'), recordedOn: '2026-04-02' })]);
  });

  it('checking effectiveness before any progress is refused', () => {
    given(openAction())
      .when(verify(true), on('2026-05-15'))
      .thenRefuses('EFFECTIVENESS_CHECK_BEFORE_PROGRESS');
  });

  it('closing without an effectiveness check is refused', () => {
    given([...openAction(), progressRecorded()])
      .when(close, on('2026-05-18'))
      .thenRefuses('CLOSE_WITHOUT_EFFECTIVENESS_CHECK');
  });
});

describe('when the action has progress', () => {
  const executedAction = () => [formulated(freshActionId()), progressRecorded()];

  it('the follow-up check records it effective, with evidence', () => {
    given(executedAction())
      .when(verify(true), on('2026-05-15'))
      .then([effectivenessVerified(true)]);
  });

  it('the follow-up check records it not effective, and the action stays open', () => {
    const state = given(executedAction())
      .when(verify(false), on('2026-05-15'))
      .then([effectivenessVerified(false)]);
    expect(state.status).toBe('OPEN');
  });

  it('a check without evidence is refused', () => {
    given(executedAction())
      .when(verify(true, ' '), on('2026-05-15'))
      .thenRefuses('EVIDENCE_REQUIRED', 'evidence');
  });

  it('a check without a result is refused', () => {
    given(executedAction())
      .when(
        { type: 'VerifyEffectiveness', data: { effective: null as unknown as boolean, evidence: 'x' } },
        on('2026-05-15'),
      )
      .thenRefuses('EFFECTIVENESS_REQUIRED', 'effective');
  });

  it.each([
    ['an agent, even its responsible', responsibleAgent],
    ['an auditor', auditor],
  ])('%s may not check effectiveness', (_name, actor) => {
    given(executedAction()).when(verify(true), on('2026-05-15', actor)).thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('when the action was checked', () => {
  const checkedAction = (effective: boolean) => [
    formulated(freshActionId()),
    progressRecorded(),
    effectivenessVerified(effective),
  ];

  it('closing it records that it closed effective', () => {
    given(checkedAction(true))
      .when(close, on('2026-05-18'))
      .then([closed(true)]);
  });

  it('closing it after a non-effective check records that it closed not effective', () => {
    given(checkedAction(false))
      .when(close, on('2026-05-18'))
      .then([closed(false)]);
  });

  it('closing follows the last check: not effective, then effective, closes effective', () => {
    given([
      ...checkedAction(false),
      progressRecorded({ note: 'Segunda ronda', recordedAt: at('2026-05-20'), recordedOn: '2026-05-20' }),
      {
        type: 'EffectivenessVerified',
        data: {
          effective: true,
          evidence: 'Muestreo 2',
          verifiedAt: at('2026-06-01'),
          verifiedOn: '2026-06-01',
          attachments: [],
        },
      },
    ])
      .when(close, on('2026-06-02', admin))
      .then([
        {
          type: 'ActionClosed',
          data: {
            effective: true,
            verifiedOn: '2026-06-01',
            closedAt: at('2026-06-02'),
            closedOn: '2026-06-02',
            dueDate: '2026-04-30',
          },
        },
      ]);
  });

  it('the same check repeated the same day changes nothing', () => {
    given(checkedAction(true))
      .when(verify(true), on('2026-05-15', undefined, '17:00'))
      .thenNothingHappens();
  });

  it('an agent may not close it', () => {
    given(checkedAction(true))
      .when(close, on('2026-05-18', responsibleAgent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('when the action is closed', () => {
  const closedAction = () => [
    formulated(freshActionId()),
    progressRecorded(),
    effectivenessVerified(true),
    closed(true),
  ];

  it('closing it again changes nothing', () => {
    given(closedAction()).when(close, on('2026-05-19')).thenNothingHappens();
  });

  it.each<[string, ImprovementActionCommand]>([
    ['recording progress', progress('Otro avance')],
    ['checking effectiveness again', verify(false, 'Otra muestra')],
  ])('%s is refused: it is closed', (_name, command) => {
    given(closedAction()).when(command, on('2026-05-19')).thenRefuses('ACTION_CLOSED');
  });
});
