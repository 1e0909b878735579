// The buttons of the domain screens follow the server's role tables: the client's copy is the same as the
// deciders' tables, and the role a user acts in is the guard's (the most privileged the command allows).
import { AFFILIATION_COMMAND_ROLES } from '../../src/domain/affiliation/index.js';
import { CAMPAIGN_COMMAND_ROLES } from '../../src/domain/campaign/index.js';
import { FAQ_COMMAND_ROLES } from '../../src/domain/faq/index.js';
import { IMPROVEMENT_ACTION_COMMAND_ROLES } from '../../src/domain/improvement-action/index.js';
import { SURVEY_COMMAND_ROLES } from '../../src/domain/survey/index.js';
import {
  actingRole,
  DOMAIN_COMMAND_ROLES,
  mayAsk,
  mayAskOnRecord,
} from '../../web/src/logic/domain-permissions.js';
import { mayUse } from '../../web/src/logic/roles.js';

describe('the role tables', () => {
  it('are the deciders’ tables, command by command', () => {
    const server = {
      ...AFFILIATION_COMMAND_ROLES,
      ...IMPROVEMENT_ACTION_COMMAND_ROLES,
      ...SURVEY_COMMAND_ROLES,
      ...FAQ_COMMAND_ROLES,
      ...CAMPAIGN_COMMAND_ROLES,
    };
    const sorted = (table: Readonly<Record<string, readonly string[]>>) =>
      Object.fromEntries(Object.entries(table).map(([command, roles]) => [command, [...roles].sort()]));
    expect(sorted(DOMAIN_COMMAND_ROLES)).toEqual(sorted(server));
  });

  it('let an auditor ask for nothing at all', () => {
    for (const command of Object.keys(DOMAIN_COMMAND_ROLES) as (keyof typeof DOMAIN_COMMAND_ROLES)[])
      expect(mayAsk(['AUDITOR'], command)).toBe(false);
  });

  it('let every role open the four screens', () => {
    for (const role of ['ADMIN', 'COORDINATOR', 'AGENT', 'AUDITOR'] as const)
      for (const screen of ['affiliations', 'improvementActions', 'surveys', 'faq'] as const)
        expect(mayUse([role], screen)).toBe(true);
  });
});

describe('the role a user acts in', () => {
  it('is the most privileged of theirs that the command allows', () => {
    expect(actingRole(['AGENT', 'COORDINATOR'], 'SubmitDocument')).toBe('COORDINATOR');
    expect(actingRole(['AUDITOR', 'AGENT'], 'SubmitDocument')).toBe('AGENT');
    expect(actingRole(['AUDITOR', 'AGENT'], 'ApproveAffiliation')).toBeNull();
  });

  it('limits an agent to their own records, and no one else', () => {
    expect(mayAskOnRecord(['AGENT'], 'RecordProgress', 'u-1', 'u-1')).toBe(true);
    expect(mayAskOnRecord(['AGENT'], 'RecordProgress', 'u-1', 'u-2')).toBe(false);
    expect(mayAskOnRecord(['AGENT'], 'RecordProgress', 'u-1', null)).toBe(false);
    expect(mayAskOnRecord(['COORDINATOR'], 'RecordProgress', 'u-1', 'u-2')).toBe(true);
    expect(mayAskOnRecord(['AGENT', 'COORDINATOR'], 'RecordProgress', 'u-1', null)).toBe(true);
    expect(mayAskOnRecord(['AUDITOR'], 'RecordProgress', 'u-1', 'u-1')).toBe(false);
  });
});
