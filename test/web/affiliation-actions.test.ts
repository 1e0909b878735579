// Who may receive, assign and report novelties of affiliations, and the novelty form's checks.
import {
  assignableStaff,
  mayAssignAffiliation,
  mayReceiveAffiliation,
  noveltyFieldOf,
  noveltyProblems,
  reportableNovelties,
  staffName,
} from '../../web/src/logic/affiliation-actions.js';

describe('receiving a new request', () => {
  it('is offered to those who work cases, not to an auditor', () => {
    expect(mayReceiveAffiliation(['AGENT'])).toBe(true);
    expect(mayReceiveAffiliation(['COORDINATOR'])).toBe(true);
    expect(mayReceiveAffiliation(['AUDITOR'])).toBe(false);
  });
});

describe('assigning a request', () => {
  it('belongs to coordinators and administrators while it is undecided', () => {
    expect(mayAssignAffiliation(['COORDINATOR'], 'RECEIVED')).toBe(true);
    expect(mayAssignAffiliation(['ADMIN'], 'REQUIREMENTS_VERIFIED')).toBe(true);
  });

  it('is not offered to an agent or an auditor', () => {
    expect(mayAssignAffiliation(['AGENT'], 'RECEIVED')).toBe(false);
    expect(mayAssignAffiliation(['AUDITOR'], 'RECEIVED')).toBe(false);
  });

  it('is not offered once the request was decided', () => {
    expect(mayAssignAffiliation(['COORDINATOR'], 'APPROVED')).toBe(false);
    expect(mayAssignAffiliation(['COORDINATOR'], 'REJECTED')).toBe(false);
  });

  it('lists active staff who work cases, by name, never an auditor only', () => {
    const staff = assignableStaff([
      { id: '1', username: 'zoe', fullName: 'Zoe Ríos', roles: ['AGENT'], active: true },
      { id: '2', username: 'auditor', fullName: null, roles: ['AUDITOR'], active: true },
      { id: '3', username: 'ana', fullName: 'Ana Ávila', roles: ['COORDINATOR'], active: true },
      { id: '4', username: 'ido', fullName: 'Ido', roles: ['AGENT'], active: false },
    ]);
    expect(staff.map((member) => member.id)).toEqual(['3', '1']);
  });

  it('names a staff member with username and dependency', () => {
    expect(staffName({ username: 'ana', fullName: 'Ana Ávila', dependency: 'Afiliaciones' })).toBe(
      'Ana Ávila (ana) — Afiliaciones',
    );
    expect(staffName({ username: 'ana', fullName: null, dependency: null })).toBe('ana');
  });
});

describe('reporting a novelty', () => {
  it('offers a data update or a retirement of an active affiliate', () => {
    expect(reportableNovelties(['AGENT'], 'APPROVED')).toEqual(['DATA_UPDATE', 'RETIREMENT']);
  });

  it('offers a data update or a reactivation of a retired affiliate', () => {
    expect(reportableNovelties(['COORDINATOR'], 'RETIRED')).toEqual(['DATA_UPDATE', 'REACTIVATION']);
  });

  it('offers nothing before the approval, nor to an auditor', () => {
    expect(reportableNovelties(['COORDINATOR'], 'REQUIREMENTS_VERIFIED')).toEqual([]);
    expect(reportableNovelties(['AUDITOR'], 'APPROVED')).toEqual([]);
  });

  it('asks for the kind, the description and the date, each with its own message', () => {
    expect(noveltyProblems({ kind: '', description: ' ', effectiveDate: '' }, ['DATA_UPDATE'])).toEqual({
      kind: 'Seleccione el tipo de novedad.',
      description: 'Describa la novedad.',
      effectiveDate: 'Indique la fecha desde la que rige la novedad.',
    });
  });

  it('refuses a kind that does not apply and a date that does not exist', () => {
    expect(
      noveltyProblems({ kind: 'REACTIVATION', description: 'Vuelve', effectiveDate: '2026-02-30' }, [
        'DATA_UPDATE',
        'RETIREMENT',
      ]),
    ).toEqual({
      kind: 'Reactivación no aplica a esta afiliación en su estado actual.',
      effectiveDate: 'Escriba una fecha válida (AAAA-MM-DD).',
    });
  });

  it('finds nothing wrong with a complete novelty', () => {
    expect(
      noveltyProblems({ kind: 'RETIREMENT', description: 'Renuncia', effectiveDate: '2026-03-31' }, [
        'DATA_UPDATE',
        'RETIREMENT',
      ]),
    ).toEqual({});
  });

  it('puts a server refusal on the field it names', () => {
    expect(noveltyFieldOf('effectiveDate')).toBe('effectiveDate');
    expect(noveltyFieldOf('input.description')).toBe('description');
    expect(noveltyFieldOf(null)).toBeNull();
  });
});
