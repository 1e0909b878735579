import { activeStaffMember } from '../../src/domain/shared/staff-spec-fixtures.js';
// The case detail offers exactly the steps the domain would take: the client's role table is the
// decider's, and for every status, role and assignment an action shows if and only if `decide` accepts a
// well-formed command for it (on a day inside every date window, so only role and status can refuse).
import {
  PQRS_COMMAND_ROLES,
  pqrsDecider,
  type PqrsCommand,
  type PqrsEvent,
} from '../../src/domain/pqrs/index.js';
import { fold, type Actor, type StaffRole } from '../../src/domain/shared/decider.js';
import {
  admin,
  agent,
  answered,
  assigned,
  at,
  auditor,
  coordinator,
  informationRequested,
  on,
  otherAgent,
  received,
  transferred,
  withdrawn,
} from '../../src/domain/pqrs/pqrs-spec-fixtures.js';
import {
  availableCaseActions,
  CASE_ACTION_COMMANDS,
  CASE_ACTIONS,
  caseActionForm,
  caseActionProblems,
  caseActionRefusal,
  caseActionVariables,
  ANSWER_REVIEW_REQUIRED,
  bogotaDateTimeLocal,
  initialDraft,
  PQRS_CASE_COMMAND_ROLES,
  REVIEW_ACTIONS,
  selfApprovalNote,
  type CaseAction,
  type CaseFacts,
} from '../../web/src/logic/case-actions.js';
import type { PqrsStatus } from '../../web/src/graphql/generated/graphql.js';
import { MERIT_EVALUATION_ROLES } from '../../web/src/logic/priority.js';

const RADICADO = 'PQRS-2026-000001';

/** Wednesday 18 March 2026: 3 business days after receipt, before the due date of 8 April. */
const TODAY = '2026-03-18';

const HISTORIES: Readonly<Record<string, readonly PqrsEvent[]>> = {
  received: [received(RADICADO)],
  'assigned to the agent': [received(RADICADO), assigned(agent.id)],
  'awaiting information': [received(RADICADO), informationRequested()],
  'awaiting information, assigned to the agent': [
    received(RADICADO),
    assigned(agent.id),
    informationRequested(),
  ],
  answered: [received(RADICADO), answered()],
  closed: [received(RADICADO), answered(), { type: 'Closed', data: { closedAt: at(TODAY, '09:00') } }],
  transferred: [received(RADICADO), transferred()],
  withdrawn: [received(RADICADO), withdrawn()],
  // A habeas data reclamo (Ley 1581 art. 15) takes the "reclamo en trámite" legend, once.
  'of habeas data reclamo received': [received(RADICADO, { kind: 'HABEAS_DATA_CLAIM' })],
  'of habeas data reclamo assigned to the agent': [
    received(RADICADO, { kind: 'HABEAS_DATA_CLAIM' }),
    assigned(agent.id),
  ],
  'of habeas data reclamo already marked': [
    received(RADICADO, { kind: 'HABEAS_DATA_CLAIM' }),
    {
      type: 'ClaimInProcessMarked',
      data: { markedAt: at('2026-03-16'), markedOn: '2026-03-16', dueBy: '2026-03-17', late: false },
    },
  ],
};

/** A command for the action that only the role and the status could refuse. */
function wellFormed(action: CaseAction): PqrsCommand {
  switch (action) {
    case 'assign':
      return {
        type: 'AssignPqrs',
        data: { assignee: activeStaffMember('user-new'), dependency: 'Jurídica' },
      };
    case 'requestInformation':
      return { type: 'RequestInformation', data: { note: 'Falta la copia del contrato.' } };
    case 'provideInformation':
      return {
        type: 'ProvideInformation',
        data: { providedAt: at(TODAY, '10:00'), note: 'Llegó la copia.' },
      };
    case 'extend':
      return { type: 'ExtendDeadline', data: { newDueDate: '2026-04-20', reason: 'Requiere concepto.' } };
    case 'transfer':
      return { type: 'TransferPqrs', data: { entity: 'Superintendencia', reason: 'Es de su competencia.' } };
    case 'answer':
      return { type: 'AnswerPqrs', data: { answer: 'Respuesta de fondo.', answeredAt: at(TODAY, '10:00') } };
    case 'close':
      return { type: 'ClosePqrs', data: {} };
    case 'withdraw':
      return { type: 'WithdrawPqrs', data: { mode: 'EXPRESS', reason: 'Desiste por escrito.' } };
    case 'draftAnswer':
      return { type: 'DraftAnswer', data: { answer: 'Respuesta de fondo.' } };
    case 'approveAnswer':
      return { type: 'ApproveAnswer', data: { draft: 1 } };
    case 'returnAnswer':
      return { type: 'ReturnAnswer', data: { draft: 1, remarks: 'Cite la norma aplicable.' } };
    case 'markClaimInProcess':
      return { type: 'MarkClaimInProcess', data: {} };
    case 'extendCompletionWindow':
      return { type: 'ExtendCompletionWindow', data: { askedAt: at(TODAY, '10:00') } };
    case 'deliverCopies':
      return { type: 'RecordCopiesDelivery', data: { deliveredAt: at(TODAY, '10:00'), note: 'Entregadas.' } };
  }
}

/** The first draft of the answer (the agent's unless said), for a kind under review. */
function answerDrafted(draftedBy: string = agent.id): PqrsEvent {
  return {
    type: 'AnswerDrafted',
    data: {
      draft: 1,
      answer: 'Respuesta de fondo.',
      accessDecision: null,
      accessDenialGround: null,
      accessDenialDetail: null,
      accessException: null,
      accessDenialProvision: null,
      accessDenialHarm: null,
      publicVersionDelivered: null,
      attachments: [],
      draftedAt: at(TODAY, '09:00'),
      draftedBy,
    },
  };
}

const RETURNED: PqrsEvent = {
  type: 'AnswerReturned',
  data: { draft: 1, remarks: 'Cite la norma aplicable.', returnedAt: at(TODAY, '09:30') },
};

/** Histories of a petition, the kind the office reviews in these tests (answerReviewKinds). */
const REVIEWED_HISTORIES: Readonly<Record<string, readonly PqrsEvent[]>> = {
  'assigned to the agent, nothing drafted': [received(RADICADO), assigned(agent.id)],
  'with a draft awaiting approval': [received(RADICADO), assigned(agent.id), answerDrafted()],
  'with a draft returned with remarks': [received(RADICADO), assigned(agent.id), answerDrafted(), RETURNED],
  'received, with a draft by a coordinator': [received(RADICADO), answerDrafted(coordinator.id)],
  answered: [received(RADICADO), answered()],
};

describe('the role table', () => {
  it('is the decider’s, command by command, for the staff roles', () => {
    // The merit evaluation of an anonymous denuncia has a form of its own on the case page (checked below);
    // a joint answer (art. 22) is given over many cases at once (answerPqrsJointly), not as a step of one.
    const {
      ReceivePqrs: _receive,
      EvaluateDenunciationMerit: meritEvaluation,
      AnswerJointly: _jointly,
      ...caseCommands
    } = PQRS_COMMAND_ROLES;
    expect([...MERIT_EVALUATION_ROLES].sort()).toEqual([...meritEvaluation].sort());
    // A citizen acts through the Ventanilla virtual, never from the staff screens.
    const sorted = (table: Readonly<Record<string, readonly string[]>>) =>
      Object.fromEntries(
        Object.entries(table).map(([command, roles]) => [
          command,
          roles.filter((role) => role !== 'CITIZEN').sort(),
        ]),
      );
    expect(sorted(PQRS_CASE_COMMAND_ROLES)).toEqual(sorted(caseCommands));
    expect(new Set(Object.values(CASE_ACTION_COMMANDS))).toEqual(new Set(Object.keys(caseCommands)));
  });
});

describe('the actions offered', () => {
  const actors: readonly Actor[] = [admin, coordinator, agent, otherAgent, auditor];
  for (const [name, events] of Object.entries(HISTORIES)) {
    it(`on a case ${name} are those the domain accepts, for every role`, () => {
      const state = fold(pqrsDecider, events);
      if (state.status === 'NOT_RECEIVED') throw new Error('the history must receive the case');
      const subject = {
        kind: state.kind,
        status: state.status as PqrsStatus,
        assigneeId: 'assignee' in state && state.assignee ? state.assignee.id : null,
        claimInProcessMarked: state.claimInProcessMark !== null,
      };
      for (const actor of actors) {
        const accepted = CASE_ACTIONS.filter((action) => {
          const decision = pqrsDecider.decide(wellFormed(action), state, on(TODAY, actor));
          return Array.isArray(decision) && decision.length > 0;
        });
        expect({
          actor: actor.id,
          actions: availableCaseActions({ id: actor.id, roles: [actor.role as StaffRole] }, subject),
        }).toEqual({
          actor: actor.id,
          actions: accepted,
        });
      }
    });
  }

  for (const [name, events] of Object.entries(REVIEWED_HISTORIES)) {
    it(`on a reviewed kind's case ${name} are those the domain accepts, for every role`, () => {
      const state = fold(pqrsDecider, events);
      if (state.status === 'NOT_RECEIVED') throw new Error('the history must receive the case');
      const draft = 'answerDraft' in state ? state.answerDraft : null;
      const subject = {
        kind: state.kind,
        status: state.status as PqrsStatus,
        assigneeId: 'assignee' in state && state.assignee ? state.assignee.id : null,
        answerDraft: draft
          ? { draft: draft.draft, status: draft.status, draftedById: draft.draftedBy }
          : null,
        // Pqrs.answerReviewRequired, true for the kind under review.
        answerReviewed: true,
      };
      for (const actor of actors) {
        const accepted = CASE_ACTIONS.filter((action) => {
          const context = { ...on(TODAY, actor), answerReviewKinds: ['PETITION'] };
          const decision = pqrsDecider.decide(wellFormed(action), state, context);
          return Array.isArray(decision) && decision.length > 0;
        });
        expect({
          actor: actor.id,
          actions: availableCaseActions({ id: actor.id, roles: [actor.role as StaffRole] }, subject),
        }).toEqual({ actor: actor.id, actions: accepted });
      }
    });
  }

  it('leave the visto bueno to someone other than the drafter, and say so to a coordinator who drafted', () => {
    const subject = {
      kind: 'PETITION',
      status: 'RECEIVED',
      assigneeId: null,
      answerReviewed: true,
      answerDraft: { draft: 1, status: 'DRAFTED', draftedById: 'c' },
    } as const;
    const drafter = { id: 'c', roles: ['COORDINATOR'] } as const;
    const colleague = { id: 'd', roles: ['COORDINATOR'] } as const;
    expect(availableCaseActions(drafter, subject)).not.toContain('approveAnswer');
    expect(availableCaseActions(drafter, subject)).toContain('returnAnswer');
    expect(selfApprovalNote(drafter, subject)).toBe(
      'Otra persona debe dar el visto bueno: usted escribió este borrador.',
    );
    expect(availableCaseActions(colleague, subject)).toContain('approveAnswer');
    expect(selfApprovalNote(colleague, subject)).toBeNull();
    // Nothing to say to an agent who drafted (approving was never theirs) nor on a draft sent back.
    expect(selfApprovalNote({ id: 'c', roles: ['AGENT'] }, subject)).toBeNull();
    expect(
      selfApprovalNote(drafter, { ...subject, answerDraft: { ...subject.answerDraft, status: 'RETURNED' } }),
    ).toBeNull();
  });

  it('offer drafting for review instead of answering once the case says its kind is reviewed or has a draft', () => {
    const subject = { kind: 'PETITION', status: 'ASSIGNED', assigneeId: 'u' } as const;
    const agentUser = { id: 'u', roles: ['AGENT'] } as const;
    expect(availableCaseActions(agentUser, subject)).toEqual(['answer', 'requestInformation']);
    expect(availableCaseActions(agentUser, { ...subject, answerReviewed: true })).toEqual([
      'draftAnswer',
      'requestInformation',
    ]);
    expect(
      availableCaseActions(agentUser, { ...subject, answerDraft: { draft: 2, status: 'RETURNED' } }),
    ).toEqual(['draftAnswer', 'requestInformation']);
    const coordinatorUser = { id: 'c', roles: ['COORDINATOR'] } as const;
    const drafted = { ...subject, answerDraft: { draft: 1, status: 'DRAFTED' } } as const;
    expect(availableCaseActions(coordinatorUser, drafted)).toEqual(
      expect.arrayContaining(['approveAnswer', 'returnAnswer']),
    );
    expect(REVIEW_ACTIONS).toEqual(new Set(['approveAnswer', 'returnAnswer']));
  });

  it('leave an auditor without a single button', () => {
    for (const status of ['RECEIVED', 'ASSIGNED', 'AWAITING_INFORMATION', 'ANSWERED'] as const)
      expect(
        availableCaseActions({ id: 'a', roles: ['AUDITOR'] }, { kind: 'PETITION', status, assigneeId: 'a' }),
      ).toEqual([]);
  });

  it('follow the most privileged of a user’s roles, as the server’s guard does', () => {
    const subject = { kind: 'PETITION', status: 'ASSIGNED', assigneeId: 'someone-else' } as const;
    expect(availableCaseActions({ id: 'u', roles: ['AUDITOR', 'AGENT'] }, subject)).toEqual([]);
    expect(availableCaseActions({ id: 'u', roles: ['AGENT', 'COORDINATOR'] }, subject)).toContain('answer');
  });
});

const FACTS: CaseFacts = {
  radicado: RADICADO,
  revision: 3,
  kind: 'PETITION',
  status: 'ASSIGNED',
  assigneeId: 'user-agent',
  dueDate: '2026-04-08',
  maxDueDate: '2026-04-29',
};

describe('the form of each action', () => {
  it('asks for the access decision only when answering a request for information', () => {
    const fieldsOf = (kind: CaseFacts['kind']) =>
      caseActionForm('answer', { ...FACTS, kind }).fields.map((field) => field.name);
    expect(fieldsOf('PETITION')).toEqual(['answer']);
    expect(fieldsOf('INFORMATION_REQUEST')).toEqual([
      'answer',
      'accessDecision',
      'accessDenialGround',
      'accessDenialDetail',
      'accessDenialProvision',
      'accessDenialHarm',
      'publicVersionDelivered',
    ]);
    const form = caseActionForm('answer', { ...FACTS, kind: 'INFORMATION_REQUEST' });
    expect(caseActionProblems(form, { answer: 'Se entrega copia.' })).toEqual({
      accessDecision:
        'Indique si la respuesta concede, concede parcialmente o niega el acceso a la información.',
    });
  });

  it('asks for the legal ground when the decision denies access, and sends it only then', () => {
    const facts = { ...FACTS, kind: 'INFORMATION_REQUEST' as const };
    const form = caseActionForm('answer', facts);
    const ground =
      'Indique el fundamento legal de la negación del acceso: una de las excepciones de los artículos 18 y 19 de la Ley 1712 de 2014.';
    const complete = {
      accessDenialProvision: 'Ley 1581 de 2012, art. 5',
      accessDenialHarm: 'Revelaría datos de salud.',
    };
    expect(
      caseActionProblems(form, {
        answer: 'Se niega.',
        accessDecision: 'DENIED',
        ...complete,
        publicVersionDelivered: 'false',
      }),
    ).toEqual({ accessDenialGround: ground });
    expect(
      caseActionProblems(form, {
        answer: 'En parte.',
        accessDecision: 'PARTIALLY_GRANTED',
        ...complete,
        publicVersionDelivered: 'true',
      }),
    ).toEqual({ accessDenialGround: ground });
    expect(caseActionProblems(form, { answer: 'Se entrega.', accessDecision: 'GRANTED' })).toEqual({});
    const denial = {
      answer: 'Se niega.',
      accessDenialGround: 'PRIVACY',
      accessDenialDetail: 'Historia clínica.',
    };
    expect(caseActionVariables('answer', facts, { ...denial, accessDecision: 'DENIED' })).toMatchObject({
      accessDecision: 'DENIED',
      accessDenialGround: 'PRIVACY',
      accessDenialDetail: 'Historia clínica.',
    });
    // A ground picked before the decision turned into a grant is not sent: the domain would refuse it.
    expect(caseActionVariables('answer', facts, { ...denial, accessDecision: 'GRANTED' })).not.toHaveProperty(
      'accessDenialGround',
    );
  });

  it('asks a denial for its norm, its harm and its public version, and sends them (Ley 1712 arts. 21, 28)', () => {
    const facts = { ...FACTS, kind: 'INFORMATION_REQUEST' as const };
    const form = caseActionForm('answer', facts);
    expect(
      caseActionProblems(form, {
        answer: 'Se niega.',
        accessDecision: 'DENIED',
        accessDenialGround: 'PRIVACY',
      }),
    ).toEqual({
      accessDenialProvision: 'Indique la norma constitucional o legal que establece la excepción invocada.',
      accessDenialHarm: 'Explique el daño presente, probable y específico que causaría la entrega.',
      publicVersionDelivered: 'Indique si se entregó una versión pública de la parte no protegida.',
    });
    const denial = {
      answer: 'En parte.',
      accessDecision: 'PARTIALLY_GRANTED',
      accessDenialGround: 'PUBLIC_SAFETY',
      accessDenialProvision: 'Ley 1712 de 2014, art. 19 b',
      accessDenialHarm: 'Expondría los turnos de vigilancia.',
    };
    expect(caseActionProblems(form, { ...denial, publicVersionDelivered: 'false' })).toEqual({
      publicVersionDelivered:
        'Un acceso concedido parcialmente entrega una versión pública que reserva solo la parte indispensable.',
    });
    expect(caseActionVariables('answer', facts, { ...denial, publicVersionDelivered: 'true' })).toMatchObject(
      {
        accessDenialProvision: 'Ley 1712 de 2014, art. 19 b',
        accessDenialHarm: 'Expondría los turnos de vigilancia.',
        publicVersionDelivered: true,
      },
    );
  });

  it('offers a verbal answer only to a petition made in person or by phone (Decreto 1166 de 2016)', () => {
    const fieldsOf = (channel: string) =>
      caseActionForm('answer', { ...FACTS, channel }).fields.map((field) => field.name);
    expect(fieldsOf('PHONE')).toEqual(['answer', 'verbalAnswer']);
    expect(fieldsOf('IN_PERSON')).toEqual(['answer', 'verbalAnswer']);
    expect(fieldsOf('WEB')).toEqual(['answer']);
    expect(
      caseActionVariables('answer', { ...FACTS, channel: 'PHONE' } as CaseFacts, {
        answer: 'Se le explicó por teléfono.',
        verbalAnswer: 'PHONE',
      }),
    ).toMatchObject({ verbalAnswer: 'PHONE' });
    for (const written of [{}, { verbalAnswer: 'WRITTEN' }])
      expect(
        caseActionVariables('answer', { ...FACTS, channel: 'PHONE' } as CaseFacts, {
          answer: 'Por escrito.',
          ...written,
        }),
      ).not.toHaveProperty('verbalAnswer');
  });

  it('offers the tacit withdrawal only while awaiting the petitioner', () => {
    const modeOf = (status: CaseFacts['status']) =>
      caseActionForm('withdraw', { ...FACTS, status }).fields.some((field) => field.name === 'mode');
    expect(modeOf('ASSIGNED')).toBe(false);
    expect(modeOf('AWAITING_INFORMATION')).toBe(true);
  });

  it('states the extension’s limits and refuses a blank reason or an incomplete date before sending', () => {
    const form = caseActionForm('extend', FACTS);
    expect(form.intro).toContain('08/04/2026');
    expect(form.intro).toContain('29/04/2026');
    expect(caseActionProblems(form, { newDueDate: '2026-04', reason: '  ' })).toEqual({
      newDueDate: 'Escriba la fecha completa (día, mes y año).',
      reason: 'La prórroga debe ser motivada.',
    });
    expect(caseActionProblems(form, { newDueDate: '2026-04-20', reason: 'Requiere concepto.' })).toEqual({});
  });

  it('sends the revision the user saw, so a concurrent change is refused', () => {
    expect(caseActionVariables('close', FACTS, {})).toEqual({ radicado: RADICADO, expectedRevision: 3 });
    expect(caseActionVariables('assign', FACTS, { assigneeId: 'user-2', dependency: ' ' })).toEqual({
      radicado: RADICADO,
      expectedRevision: 3,
      assigneeId: 'user-2',
      dependency: null,
    });
    expect(
      caseActionVariables(
        'answer',
        { ...FACTS, kind: 'INFORMATION_REQUEST' },
        { answer: ' Sí ', accessDecision: 'DENIED' },
      ),
    ).toMatchObject({ answer: 'Sí', accessDecision: 'DENIED' });
    expect(caseActionVariables('answer', FACTS, { answer: 'Sí', accessDecision: 'DENIED' })).toMatchObject({
      accessDecision: null,
    });
  });

  it('reads the moment information was provided on Bogotá’s clock', () => {
    expect(initialDraft('provideInformation', new Date('2026-03-18T15:07:42Z'))).toEqual({
      providedAt: '2026-03-18T10:07',
    });
    expect(bogotaDateTimeLocal(new Date('2026-03-19T03:30:00Z'))).toBe('2026-03-18T22:30');
    expect(
      caseActionVariables('provideInformation', FACTS, { providedAt: '2026-03-18T10:07', note: 'Llegó.' }),
    ).toMatchObject({ providedAt: '2026-03-18T10:07:00-05:00', lateEntryReason: null });
  });

  it('offers the reason of a late entry beside the moment, optional, and sends it trimmed', () => {
    const form = caseActionForm('provideInformation', FACTS);
    expect(form.fields.find((field) => field.name === 'lateEntryReason')).toMatchObject({
      label: 'Motivo del registro tardío',
      kind: 'multiline',
    });
    expect(caseActionProblems(form, { providedAt: '2026-03-02T09:00', note: 'Llegó por correo.' })).toEqual(
      {},
    );
    expect(
      caseActionVariables('provideInformation', FACTS, {
        providedAt: '2026-03-02T09:00',
        note: 'Llegó por correo.',
        lateEntryReason: ' El correo se revisó tarde. ',
      }),
    ).toMatchObject({ lateEntryReason: 'El correo se revisó tarde.' });
  });
});

describe('the files a step takes', () => {
  it('are offered with the answer (outright or drafted) and with the information provided, and with no other step', () => {
    const withFiles = CASE_ACTIONS.filter(
      (action) => caseActionForm(action, FACTS).attachments !== undefined,
    );
    expect(withFiles).toEqual(['answer', 'draftAnswer', 'provideInformation']);
    expect(caseActionForm('answer', FACTS).attachments?.label).toBe('Oficio de respuesta y anexos');
  });

  it('are sent as attachmentIds with those steps only', () => {
    expect(caseActionVariables('answer', FACTS, { answer: 'Sí.' }, ['a1', 'a2'])).toMatchObject({
      answer: 'Sí.',
      attachmentIds: ['a1', 'a2'],
    });
    expect(
      caseActionVariables('provideInformation', FACTS, { providedAt: '2026-03-18T10:07', note: 'Llegó.' }),
    ).toMatchObject({ attachmentIds: [] });
    expect(
      caseActionVariables('transfer', FACTS, { entity: 'DIAN', reason: 'Competencia.' }, ['a1']),
    ).toEqual({
      radicado: RADICADO,
      expectedRevision: 3,
      entity: 'DIAN',
      entityEmail: null,
      reason: 'Competencia.',
    });
    expect(
      caseActionVariables('transfer', FACTS, {
        entity: 'DIAN',
        entityEmail: ' radicacion@dian.gov.co ',
        reason: 'Competencia.',
      }),
    ).toMatchObject({ entityEmail: 'radicacion@dian.gov.co' });
  });

  it('send the draft with its annexes, and the review the draft it read', () => {
    const reviewed = { ...FACTS, answerDraft: { draft: 2, status: 'DRAFTED' } } as const;
    expect(caseActionVariables('draftAnswer', reviewed, { answer: ' Corregida. ' }, ['a1'])).toEqual({
      radicado: RADICADO,
      expectedRevision: 3,
      attachmentIds: ['a1'],
      answer: 'Corregida.',
      accessDecision: null,
    });
    expect(caseActionVariables('approveAnswer', reviewed, {})).toEqual({
      radicado: RADICADO,
      expectedRevision: 3,
      draft: 2,
    });
    expect(caseActionVariables('returnAnswer', reviewed, { remarks: ' Cite la norma. ' })).toEqual({
      radicado: RADICADO,
      expectedRevision: 3,
      draft: 2,
      remarks: 'Cite la norma.',
    });
    expect(caseActionProblems(caseActionForm('returnAnswer', reviewed), { remarks: ' ' })).toEqual({
      remarks: 'Indique qué debe corregirse en la respuesta.',
    });
  });
});

describe('a refused step', () => {
  it('shows the server’s rule message next to the field it blamed', () => {
    expect(
      caseActionRefusal({
        graphQLErrors: [
          {
            message: 'La prórroga no puede exceder el doble del término inicial: a más tardar el 29/04/2026.',
            extensions: { code: 'BUSINESS_RULE', rule: 'EXTENSION_BEYOND_DOUBLE_TERM', field: 'newDueDate' },
          },
        ],
      }),
    ).toEqual({
      message: 'La prórroga no puede exceder el doble del término inicial: a más tardar el 29/04/2026.',
      field: 'newDueDate',
      conflict: false,
      rule: 'EXTENSION_BEYOND_DOUBLE_TERM',
    });
  });

  it('names the rule, so an answer refused for review becomes a draft for the visto bueno', () => {
    expect(
      caseActionRefusal({
        graphQLErrors: [
          {
            message: 'Las respuestas a una petición pasan por visto bueno: guárdela como borrador.',
            extensions: { code: 'BUSINESS_RULE', rule: 'ANSWER_REVIEW_REQUIRED' },
          },
        ],
      }),
    ).toMatchObject({ rule: ANSWER_REVIEW_REQUIRED, field: null, conflict: false });
  });

  it('says the case changed meanwhile and was reloaded on a concurrency conflict', () => {
    const refusal = caseActionRefusal({
      graphQLErrors: [
        {
          message:
            'El caso fue modificado por otra persona (revisión esperada 3, actual 4). Recargue y vuelva a intentarlo.',
          extensions: { code: 'CONCURRENCY_CONFLICT', expectedRevision: 3, actualRevision: 4 },
        },
      ],
    });
    expect(refusal).toMatchObject({ conflict: true, field: null, rule: null });
    expect(refusal?.message).toMatch(
      /^El caso fue modificado por otra persona .* Ya se cargaron los datos actuales/,
    );
    expect(caseActionRefusal(undefined)).toBeNull();
  });
});
