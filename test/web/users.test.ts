// The Usuarios screen's rules: roles in the domain's words and order, an account's status, what a form
// lacks before it is sent, and the check of a new password against its confirmation.
import {
  accountFormProblems,
  accountStatus,
  newPasswordProblem,
  rolesInWords,
  withRole,
} from '../../web/src/logic/users.js';

describe('an account on the list', () => {
  it('names its roles with the domain’s labels, most privileged first', () => {
    expect(rolesInWords(['AUDITOR', 'ADMIN'])).toBe('Administrador, Auditor');
    expect(rolesInWords(['AGENT'])).toBe('Agente');
  });

  it('says whether it is active and whether its password is a temporary one', () => {
    expect(accountStatus({ active: true, mustChangePassword: false })).toBe('Activa');
    expect(accountStatus({ active: true, mustChangePassword: true })).toBe('Activa · contraseña temporal');
    expect(accountStatus({ active: false, mustChangePassword: true })).toBe('Inactiva');
  });
});

describe('the account form', () => {
  it('adds and takes away a role', () => {
    expect(withRole(['AGENT'], 'AUDITOR', true)).toEqual(['AGENT', 'AUDITOR']);
    expect(withRole(['AGENT', 'AUDITOR'], 'AGENT', false)).toEqual(['AUDITOR']);
  });

  it('asks for a username, a password of 12 characters, a name and a role for a new account', () => {
    expect(accountFormProblems({ username: ' ', password: 'corta', fullName: '', roles: [] })).toEqual({
      username: 'Escriba el nombre de usuario.',
      password: 'La contraseña debe tener al menos 12 caracteres.',
      fullName: 'Escriba el nombre completo.',
      roles: 'Elija al menos un rol.',
    });
    expect(
      accountFormProblems({
        username: 'mlopez',
        password: 'una-clave-larga',
        fullName: 'María',
        roles: ['AGENT'],
      }),
    ).toEqual({});
  });

  it('asks only for a name and a role when an account is edited', () => {
    expect(accountFormProblems({ fullName: 'María', roles: [] })).toEqual({
      roles: 'Elija al menos un rol.',
    });
  });

  it('takes an e-mail address or none, and says when one is not an address', () => {
    const account = { fullName: 'María', roles: ['AGENT'] as const };
    expect(accountFormProblems({ ...account, email: 'mlopez@entidad.gov.co' })).toEqual({});
    expect(accountFormProblems({ ...account, email: '  ' })).toEqual({});
    expect(accountFormProblems({ ...account, email: 'mlopez' })).toEqual({
      email: 'Escriba un correo electrónico válido (p. ej. nombre@entidad.gov.co) o déjelo vacío.',
    });
    expect(accountFormProblems({ ...account, email: 'm lopez@entidad.gov.co' }).email).toBeDefined();
  });

  it('checks a new password’s length and its confirmation', () => {
    expect(newPasswordProblem('corta', 'corta')).toMatch(/al menos 12/);
    expect(newPasswordProblem('una-clave-larga', 'una-clave-largA')).toMatch(/no coincide/);
    expect(newPasswordProblem('una-clave-larga', 'una-clave-larga')).toBeNull();
  });
});
