import { deciderSpecification } from '../shared/decider-spec.js';
import { at, coordinator, agent, on } from '../pqrs/pqrs-spec-fixtures.js';
import type { PqrsKind } from '../pqrs/events.js';
import type { PqrsStatus } from '../pqrs/state.js';
import {
  jointAnswerDecider,
  type JointAnswerCase,
  type JointAnswerCommand,
  type JointAnswerEvent,
  type JointAnswerState,
} from './joint-answer.js';

const given = deciderSpecification<JointAnswerCommand, JointAnswerEvent, JointAnswerState>(
  jointAnswerDecider,
);

/** `count` received petitions, 2026-000301 onwards. */
function cases(
  count: number,
  kind: PqrsKind = 'PETITION',
  status: PqrsStatus = 'RECEIVED',
): JointAnswerCase[] {
  return Array.from({ length: count }, (_, index) => ({
    radicado: `2026-${String(301 + index).padStart(6, '0')}`,
    kind,
    status,
  }));
}

function publish(found: readonly JointAnswerCase[]): JointAnswerCommand {
  return {
    type: 'PublishJointAnswer',
    data: {
      jointAnswerId: 'ja-1',
      title: 'Cierre temporal de la piscina del centro recreacional',
      answer: 'La piscina cierra por mantenimiento hasta el 30 de abril de 2026.',
      cases: found,
      textOwnerId: 'owner-ja-1',
    },
  };
}

const published = (radicados: readonly string[]): JointAnswerEvent => ({
  type: 'JointAnswerPublished',
  data: {
    jointAnswerId: 'ja-1',
    kind: 'PETITION',
    radicados,
    title: 'Cierre temporal de la piscina del centro recreacional',
    answer: 'La piscina cierra por mantenimiento hasta el 30 de abril de 2026.',
    textOwnerId: 'owner-ja-1',
    publishedAt: at('2026-04-06', '11:00'),
    publishedOn: '2026-04-06',
  },
});

describe('a joint answer to many equal petitions (art. 22)', () => {
  it('eleven petitions of one kind get one published answer, their radicados in order', () => {
    const eleven = cases(11).reverse();
    given([])
      .when(publish(eleven), on('2026-04-06', coordinator))
      .then([published(cases(11).map((found) => found.radicado))]);
  });

  it('ten petitions are refused: the law asks for more than ten', () => {
    const refusal = given([])
      .when(publish(cases(10)), on('2026-04-06'))
      .thenRefuses('JOINT_ANSWER_TOO_FEW_CASES', 'radicados');
    expect(refusal.message).toContain('más de diez');
  });

  it('a radicado given twice counts once', () => {
    const ten = cases(10);
    given([])
      .when(publish([...ten, ten[0]!]), on('2026-04-06'))
      .thenRefuses('JOINT_ANSWER_TOO_FEW_CASES', 'radicados');
  });

  it('petitions of different kinds are refused', () => {
    const mixed = [
      ...cases(10),
      { radicado: '2026-000399', kind: 'COMPLAINT' as const, status: 'RECEIVED' as const },
    ];
    const refusal = given([])
      .when(publish(mixed), on('2026-04-06'))
      .thenRefuses('JOINT_ANSWER_MIXED_KINDS', 'radicados');
    expect(refusal.message).toContain('queja');
  });

  it.each<[PqrsStatus, string]>([
    ['ANSWERED', 'ya fue respondido'],
    ['CLOSED', 'ya fue respondido'],
    ['TRANSFERRED', 'trasladado'],
    ['WITHDRAWN', 'desistido'],
    ['AWAITING_INFORMATION', 'complete la información'],
  ])('a case %s is refused, named', (status, why) => {
    const found = [...cases(11).slice(1), { radicado: '2026-000301', kind: 'PETITION' as const, status }];
    const refusal = given([])
      .when(publish(found), on('2026-04-06'))
      .thenRefuses('JOINT_ANSWER_CASE_NOT_ANSWERABLE', 'radicados');
    expect(refusal.message).toContain('2026-000301');
    expect(refusal.message).toContain(why);
  });

  it('a radicado that is no case is refused', () => {
    const found = [
      ...cases(11).slice(1),
      { radicado: '2026-000999', kind: null, status: 'NOT_RECEIVED' as const },
    ];
    given([]).when(publish(found), on('2026-04-06')).thenRefuses('CASE_NOT_FOUND', 'radicados');
  });

  it('requests for information are refused: each records its own access decision', () => {
    given([])
      .when(publish(cases(11, 'INFORMATION_REQUEST')), on('2026-04-06'))
      .thenRefuses('JOINT_ANSWER_NOT_FOR_INFORMATION_REQUESTS', 'radicados');
  });

  it('an agent may not give one', () => {
    given([])
      .when(publish(cases(11)), on('2026-04-06', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a blank answer or title is refused', () => {
    const command = publish(cases(11));
    given([])
      .when({ ...command, data: { ...command.data, answer: ' ' } }, on('2026-04-06'))
      .thenRefuses('ANSWER_REQUIRED', 'answer');
    given([])
      .when({ ...command, data: { ...command.data, title: '' } }, on('2026-04-06'))
      .thenRefuses('TITLE_REQUIRED', 'title');
  });

  it('the same request again, once its cases are answered, changes nothing (a retry completes the run)', () => {
    const radicados = cases(11).map((found) => found.radicado);
    given([published(radicados)])
      .when(publish(cases(11, 'PETITION', 'ANSWERED')), on('2026-04-07'))
      .thenNothingHappens();
  });

  it('another group under the same id is refused', () => {
    given([published(cases(11).map((found) => found.radicado))])
      .when(publish(cases(12)), on('2026-04-07'))
      .thenRefuses('JOINT_ANSWER_ALREADY_PUBLISHED');
  });
});
