// Identity: sign-in and staff accounts (the account's look-ups, its GraphQL part). The guard, the token
// verifier and the stores are wired by the infrastructure module, for GraphQL and plain routes alike.
import { Module } from '@nestjs/common';
import { UserAccountLookUps } from './commands.js';
import { IdentityResolver } from './graphql/identity.resolver.js';

@Module({ providers: [UserAccountLookUps, IdentityResolver] })
export class IdentityModule {}
