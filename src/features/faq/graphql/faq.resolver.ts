// The FAQ / case log part of the gateway: each mutation builds the domain's command and runs it on the one
// command path (RunCommand), then answers with the entry as the read model shows it; queries read the read models (and the log, for the history).
// Every role reads (all are staff; the auditor reads everything); only the search lists published
// entries alone, since it is what answers a petitioner.
import { PublicRateLimit } from '../../../public-channel/public-rate-limits.js';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FAQ_COMMAND_ROLES, type FaqEntryCommand } from '../../../domain/faq/index.js';
import type { Actor } from '../../../domain/shared/decider.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import {
  newInstanceId,
  revisionSeen,
  RunCommand,
  type RunOptions,
} from '../../../engine/commands/run-command.js';
import { faqEntry } from '../commands.js';
import { encodeFaqCursor, FaqQueries } from '../read-models/faq-queries.js';
import type { FaqSearchHit } from '../read-models/faq-search.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { PersonalTexts } from '../../../personal-data/personal-texts.js';
import type { FaqEntryDocument } from '../read-models/faq-entries-projection.js';
import { ALL_ROLES, Origin, Public, Roles } from '../../../identity/auth.js';
import { UserRef } from '../../../identity/graphql/identity.types.js';
import {
  CreateFaqEntryInput,
  FaqEntriesArgs,
  FaqEntryCommandArgs,
  FaqEntryIdArgs,
  FaqSearchArgs,
  PublicFaqArgs,
  FaqSuggestionsArgs,
  FrequentSubjectsArgs,
  MatchingEntriesArgs,
  RetireFaqEntryArgs,
  UpdateFaqEntryArgs,
} from './faq.inputs.js';
import {
  FaqEntry,
  FaqEntryConnection,
  FaqEntryHistoryEvent,
  FaqSearchResult,
  PublicFaqEntry,
  FrequentSubject,
} from './faq.types.js';

/** Who may ask for each command is the domain's rule; the guard refuses early with the same list. */
const ROLES = FAQ_COMMAND_ROLES;

@Resolver(() => FaqEntry)
export class FaqResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(FaqQueries) private readonly queries: FaqQueries,
    @Inject(USER_STORE) private readonly users: UserStore,
    // Cases' subjects and descriptions are references to the vault in the read models: revealed here.
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @Mutation(() => FaqEntry, { description: 'Crea una entrada de preguntas frecuentes en borrador.' })
  @Roles(...ROLES.CreateFaqEntry)
  createFaqEntry(
    @Args('input') input: CreateFaqEntryInput,
    @Origin() origin: CommandOrigin,
  ): Promise<FaqEntryDocument> {
    // With an idempotency key the entry id derives from it: a repeated call finds the entry it created.
    const entryId = newInstanceId('faqEntry', input.idempotencyKey);
    const data = {
      entryId,
      question: input.question,
      answer: input.answer,
      category: input.category,
      tags: input.tags ?? [],
      linkedRadicados: input.linkedRadicados ?? [],
    };
    const options = input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {};
    return this.run(entryId, { type: 'CreateFaqEntry', data }, origin, options);
  }

  @Mutation(() => FaqEntry, {
    description:
      'Edita una entrada: cada edición es una versión nueva en el historial. Un agente solo edita borradores.',
  })
  @Roles(...ROLES.UpdateFaqEntry)
  updateFaqEntry(
    @Args() args: UpdateFaqEntryArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<FaqEntryDocument> {
    const { input } = args;
    const data = {
      question: input.question ?? null,
      answer: input.answer ?? null,
      category: input.category ?? null,
      tags: input.tags ?? null,
      linkedRadicados: input.linkedRadicados ?? null,
    };
    return this.run(args.id, { type: 'UpdateFaqEntry', data }, origin, revisionSeen(args));
  }

  @Mutation(() => FaqEntry, {
    description: 'Publica la versión vigente de una entrada (también una entrada retirada).',
  })
  @Roles(...ROLES.PublishFaqEntry)
  publishFaqEntry(
    @Args() args: FaqEntryCommandArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<FaqEntryDocument> {
    return this.run(args.id, { type: 'PublishFaqEntry', data: {} }, origin, revisionSeen(args));
  }

  @Mutation(() => FaqEntry, { description: 'Retira una entrada de la consulta, con el motivo.' })
  @Roles(...ROLES.RetireFaqEntry)
  retireFaqEntry(
    @Args() args: RetireFaqEntryArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<FaqEntryDocument> {
    return this.run(
      args.id,
      { type: 'RetireFaqEntry', data: { reason: args.reason } },
      origin,
      revisionSeen(args),
    );
  }

  @Query(() => FaqEntry, { description: 'Una entrada por su id, en cualquier estado.' })
  @Roles(...ALL_ROLES)
  faqEntry(@Args() { id }: FaqEntryIdArgs): Promise<FaqEntryDocument> {
    return this.queries.getEntry(id);
  }

  @Query(() => FaqEntryConnection, {
    description: 'Entradas en cualquier estado (borradores incluidos), de la más recientemente cambiada.',
  })
  @Roles(...ALL_ROLES)
  async faqEntries(@Args() { filter, first, after }: FaqEntriesArgs): Promise<FaqEntryConnection> {
    const page = await this.queries.list(filter ?? {}, first, after ?? null);
    const nodes = page.nodes as unknown as FaqEntry[];
    return {
      nodes,
      edges: nodes.map((node) => ({ node, cursor: encodeFaqCursor(node) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => [FaqSearchResult], {
    description:
      'Búsqueda de texto en las entradas publicadas (sin tildes, tolerante a errores y prefijos), la más pertinente primero.',
  })
  @Roles(...ALL_ROLES)
  async faq(@Args() { search, category, first }: FaqSearchArgs): Promise<FaqSearchResult[]> {
    return results(await this.queries.search(search ?? null, category ?? null, first));
  }

  @Query(() => [PublicFaqEntry], {
    description:
      'Preguntas frecuentes publicadas, para la Ventanilla virtual (sin sesión): con texto, las más pertinentes primero; con suggest, solo las que superan el umbral de pertinencia.',
  })
  @Public()
  @PublicRateLimit('faq')
  async publicFaq(@Args() { text, first, suggest }: PublicFaqArgs): Promise<PublicFaqEntry[]> {
    // Unasked-for suggestions must clear the staff's threshold, or a citizen learns to skip them; a search
    // the citizen asked for lists whatever matches.
    const hits = suggest
      ? await this.queries.suggestionsForText(text ?? '', first)
      : await this.queries.search(text?.trim() ? text : null, null, first);
    return hits.map(({ entry }) => ({
      id: entry.id,
      question: entry.question,
      answer: entry.answer,
      category: entry.category,
    }));
  }

  @Query(() => [FaqSearchResult], {
    description: 'Entradas publicadas parecidas al asunto y la descripción de un caso PQRS.',
  })
  @Roles(...ALL_ROLES)
  async faqSuggestions(@Args() { radicado, first }: FaqSuggestionsArgs): Promise<FaqSearchResult[]> {
    return results(await this.queries.suggestions(radicado, first, (value) => this.texts.reveal(value)));
  }

  @Query(() => [FrequentSubject], {
    description:
      'Asuntos de PQRS más frecuentes del periodo [from, to] (fechas de Bogotá): candidatos a entradas.',
  })
  @Roles(...ALL_ROLES)
  frequentSubjects(@Args() { from, to, first }: FrequentSubjectsArgs): Promise<FrequentSubject[]> {
    return this.queries.frequentSubjects(from, to, first, (value) => this.texts.reveal(value));
  }

  @Query(() => [FaqEntryHistoryEvent], {
    description: 'Historial de versiones de una entrada desde el registro de eventos: quién, cuándo y qué.',
  })
  @Roles(...ALL_ROLES)
  async faqEntryHistory(@Args() { id }: FaqEntryIdArgs): Promise<FaqEntryHistoryEvent[]> {
    const steps = await this.queries.history(id);
    const actors = await this.users.findManyByIds([
      ...new Set(steps.map((step) => step.event.metadata.actorId)),
    ]);
    return steps.map(({ event, changedFields, entry }) => ({
      eventId: event.id,
      type: event.type,
      revision: event.revision,
      version: entry.version,
      status: entry.status,
      changedFields,
      question: entry.question,
      answer: entry.answer,
      category: entry.category,
      tags: entry.tags,
      linkedRadicados: entry.linkedRadicados,
      reason: event.type === 'FaqEntryRetired' && entry.status === 'RETIRED' ? entry.retiredReason : null,
      actor: {
        id: event.metadata.actorId,
        username: actors.get(event.metadata.actorId)?.username ?? null,
        role: event.metadata.actorRole as Actor['role'],
      },
      occurredAt: event.metadata.occurredAt,
      recordedAt: event.metadata.recordedAt,
      hash: event.metadata.hash,
      data: event.data,
    }));
  }

  @ResolveField(() => UserRef, { nullable: true, description: 'Quién creó la entrada.' })
  createdBy(@Parent() entry: FaqEntry): Promise<UserRef | null> {
    return this.userRef(entry.createdBy);
  }

  @ResolveField(() => UserRef, { nullable: true, description: 'Quién hizo el último cambio.' })
  updatedBy(@Parent() entry: FaqEntry): Promise<UserRef | null> {
    return this.userRef(entry.updatedBy);
  }

  private async userRef(userId: string): Promise<UserRef | null> {
    const user = await this.users.findById(userId);
    return user ? { id: user.id, username: user.username, fullName: user.fullName } : null;
  }

  /** Runs the command on the entry and answers with it as the read model shows it. */
  private async run(
    entryId: string,
    command: FaqEntryCommand,
    origin: CommandOrigin,
    options: RunOptions = {},
  ): Promise<FaqEntryDocument> {
    await this.commands.execute(new RunCommand(faqEntry, entryId, command, origin, options));
    return this.queries.getEntry(entryId);
  }
}

@Resolver(() => FrequentSubject)
export class FrequentSubjectResolver {
  constructor(@Inject(FaqQueries) private readonly queries: FaqQueries) {}

  @ResolveField(() => [FaqSearchResult], {
    description: 'Entradas publicadas que ya responden este asunto; vacío: el asunto merece una entrada.',
  })
  async matchingEntries(
    @Parent() subject: FrequentSubject,
    @Args() { first }: MatchingEntriesArgs,
  ): Promise<FaqSearchResult[]> {
    return results(await this.queries.search(subject.subject, null, first));
  }
}

function results(hits: readonly FaqSearchHit[]): FaqSearchResult[] {
  return hits.map((hit) => ({
    entry: hit.entry as unknown as FaqEntry,
    score: hit.score,
    matchedTerms: hit.matchedTerms,
  }));
}
