// The users feature: sign-in and staff accounts.
import { Module } from '@nestjs/common';
import { CommandMetadataFactory } from '../graphql/command-metadata.factory.js';
import { IdentityResolver } from './graphql/identity.resolver.js';
import { CreateUserHandler, LogInHandler } from './users.handlers.js';

@Module({ providers: [CommandMetadataFactory, IdentityResolver, LogInHandler, CreateUserHandler] })
export class UsersModule {}
