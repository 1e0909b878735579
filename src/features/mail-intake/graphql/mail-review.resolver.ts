// "Correo por revisar": the coordinators' and administrators' queue of messages the mailbox reader could
// not radicate, and their dismissal of one once handled (radicated by hand, answered, or junk), recorded
// with who and why.
import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../domain/shared/decider.js';
import { NotFound } from '../../../engine/application-errors.js';
import { CurrentActor, Roles } from '../../../identity/auth.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { MailIntakeStore } from '../mail-intake-store.js';
import { DismissMailForReviewArgs, MailForReview, MailReviewDismissal } from './mail-review.types.js';

/** Who handles the queue: those who may radicate by hand with a date in the past and dismiss a message. */
export const MAIL_REVIEW_ROLES = ['ADMIN', 'COORDINATOR'] as const;

@Resolver(() => MailForReview)
export class MailReviewResolver {
  constructor(
    @Inject(MailIntakeStore) private readonly store: MailIntakeStore,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {}

  @Query(() => [MailForReview], {
    description:
      'Correo por revisar: los mensajes del buzón que no se pudieron radicar, el más antiguo primero, con el motivo.',
  })
  @Roles(...MAIL_REVIEW_ROLES)
  mailForReview(): MailForReview[] {
    return this.store.pendingReview();
  }

  @Mutation(() => MailReviewDismissal, {
    description:
      'Retira un mensaje de «Correo por revisar» con lo que se hizo con él; quedan quién y cuándo, y se borran su remitente y su asunto.',
  })
  @Roles(...MAIL_REVIEW_ROLES)
  async dismissMailForReview(
    @Args() { id, reason }: DismissMailForReviewArgs,
    @CurrentActor() actor: Actor,
  ): Promise<MailReviewDismissal> {
    const dismissed = this.store.dismiss(id, actor.id, reason.trim());
    if (dismissed === null) throw new NotFound('Ese mensaje no está en «Correo por revisar».');
    const user = await this.users.findById(actor.id);
    return {
      ...dismissed,
      dismissedBy: user ? { id: user.id, username: user.username, fullName: user.fullName } : null,
    };
  }
}
