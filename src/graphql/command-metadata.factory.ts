// Builds the metadata every command carries from the request: a fresh command id, the caller as actor,
// the correlation id the client sent (or the command's own), and the moment it arrived.
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { CommandMetadata } from '../engine/commands/command-metadata.js';
import type { Actor } from '../domain/shared/decider.js';
import { CLOCK } from '../infrastructure/tokens.js';
import type { GraphQLRequestContext } from '../identity/auth.js';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

@Injectable()
export class CommandMetadataFactory {
  constructor(@Inject(CLOCK) private readonly clock: () => Date) {}

  create(actor: Actor, context: GraphQLRequestContext): CommandMetadata {
    const commandId = randomUUID();
    const header = context.req.headers['x-correlation-id'];
    const correlationId = typeof header === 'string' && CORRELATION_ID.test(header) ? header : commandId;
    return { commandId, actor, correlationId, causationId: commandId, issuedAt: this.clock().toISOString() };
  }
}
