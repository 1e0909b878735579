// «Correo por revisar» is in the menu of those the server lets read and dismiss the queue, and no one else's.
import { MAIL_REVIEW_ROLES } from '../../src/features/mail-intake/graphql/mail-review.resolver.js';
import { mayUse } from '../../web/src/logic/roles.js';

it('shows «Correo por revisar» to the roles the server allows, and only to them', () => {
  for (const role of ['ADMIN', 'COORDINATOR', 'AGENT', 'AUDITOR'] as const) {
    expect(mayUse([role], 'mailReview')).toBe((MAIL_REVIEW_ROLES as readonly string[]).includes(role));
  }
});
