// Mi trabajo as staff read it: who lands on it, its groups in order with their empty states, and each
// case's term in words.
import {
  assigneeNameOf,
  casesCount,
  INBOX_PATH,
  landingPathOf,
  MY_WORK_GROUPS,
  MY_WORK_PATH,
  moreCasesText,
  termInWords,
} from '../../web/src/logic/my-work.js';
import { mayUse } from '../../web/src/logic/roles.js';

const running = { tacitWithdrawalFrom: null, businessDaysOverdue: null } as const;

describe('where a staff member lands after signing in', () => {
  it('an agent and a coordinator land on Mi trabajo', () => {
    expect(landingPathOf(['AGENT'])).toBe(MY_WORK_PATH);
    expect(landingPathOf(['COORDINATOR'])).toBe(MY_WORK_PATH);
  });

  it('an administrator and an auditor land on the Bandeja', () => {
    expect(landingPathOf(['ADMIN'])).toBe(INBOX_PATH);
    expect(landingPathOf(['AUDITOR'])).toBe(INBOX_PATH);
    // The role the server acts in decides: an administrator who is also an agent works as administrator.
    expect(landingPathOf(['AGENT', 'ADMIN'])).toBe(INBOX_PATH);
  });

  it('whoever lands on Mi trabajo may open it, and an auditor (refused by the server) may not', () => {
    expect(mayUse(['AGENT'], 'myWork')).toBe(true);
    expect(mayUse(['COORDINATOR'], 'myWork')).toBe(true);
    expect(mayUse(['AUDITOR'], 'myWork')).toBe(false);
  });
});

describe('the groups of Mi trabajo', () => {
  it('come overdue first, then due soon, awaiting the petitioner and on time', () => {
    expect(MY_WORK_GROUPS.map((group) => group.key)).toEqual([
      'overdue',
      'dueSoon',
      'awaitingInformation',
      'onTime',
    ]);
  });

  it('each has a title, a caption and an empty state of its own, in Spanish', () => {
    for (const field of ['title', 'caption', 'empty'] as const)
      expect(new Set(MY_WORK_GROUPS.map((group) => group[field])).size).toBe(MY_WORK_GROUPS.length);
    expect(MY_WORK_GROUPS[0]!.empty).toBe('No tiene casos vencidos.');
  });
});

describe("a case's term in words", () => {
  it('an overdue case says how many business days ago it fell due', () => {
    expect(
      termInWords({ ...running, trafficLight: 'OVERDUE', businessDaysLeft: -3, businessDaysOverdue: 3 }),
    ).toBe('Vencida hace 3 días hábiles');
    expect(
      termInWords({ ...running, trafficLight: 'OVERDUE', businessDaysLeft: -1, businessDaysOverdue: 1 }),
    ).toBe('Vencida hace 1 día hábil');
  });

  it('on the weekend right after a Friday due date it is overdue with no business day past', () => {
    expect(
      termInWords({ ...running, trafficLight: 'OVERDUE', businessDaysLeft: 0, businessDaysOverdue: 0 }),
    ).toBe('Vencida el último día hábil');
  });

  it('a case due today, and one with days left', () => {
    expect(termInWords({ ...running, trafficLight: 'DUE_SOON', businessDaysLeft: 0 })).toBe('Vence hoy');
    expect(termInWords({ ...running, trafficLight: 'DUE_SOON', businessDaysLeft: 1 })).toBe(
      'Queda 1 día hábil',
    );
    expect(termInWords({ ...running, trafficLight: 'DUE_SOON', businessDaysLeft: 2 })).toBe(
      'Quedan 2 días hábiles',
    );
  });

  it('a case awaiting the petitioner says its term is stopped and from when it may be withdrawn', () => {
    expect(
      termInWords({
        trafficLight: null,
        businessDaysLeft: null,
        businessDaysOverdue: null,
        tacitWithdrawalFrom: '2025-07-09',
      }),
    ).toBe('Término suspendido; desistimiento tácito desde el 09/07/2025');
  });
});

describe('counts and names', () => {
  it('says when a table lists fewer cases than its group holds', () => {
    expect(moreCasesText(3, 3)).toBeNull();
    expect(moreCasesText(120, 50)).toBe('Se muestran 50 de 120 casos; los demás están en la Bandeja.');
  });

  it('counts cases in words', () => {
    expect(casesCount(1)).toBe('1 caso');
    expect(casesCount(4)).toBe('4 casos');
  });

  it("names a team group by its assignee's full name, or says it is unassigned", () => {
    expect(assigneeNameOf({ assigneeId: null, assignee: null })).toBe('Sin asignar');
    expect(assigneeNameOf({ assigneeId: 'u1', assignee: { username: 'ana', fullName: 'Ana Gómez' } })).toBe(
      'Ana Gómez',
    );
    expect(assigneeNameOf({ assigneeId: 'u1', assignee: { username: 'ana', fullName: null } })).toBe('ana');
  });
});
