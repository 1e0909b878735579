import { roleNotAllowed } from './roles.js';

describe('the refusal of a role that may not ask for a command', () => {
  it('names the role and what it may not do, under one stable code', () => {
    expect(roleNotAllowed('AUDITOR', 'radicar casos')).toEqual({
      kind: 'DomainError',
      code: 'ROLE_NOT_ALLOWED',
      message: 'Un auditor no puede radicar casos.',
    });
  });

  it('gives no field: the refusal concerns who asks, not what they wrote', () => {
    expect(roleNotAllowed('AGENT', 'aprobar afiliaciones')).not.toHaveProperty('field');
  });
});
