// auditEvents: the event log searched by case, stream, actor, type, recorded date and the cases'
// petitioner, for auditors and administrators, from the auditLog read model.
import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditLogQueries, encodeAuditEventCursor } from '../read-models/audit-log-queries.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import type { AuditLogDocument } from '../read-models/audit-log-projection.js';
import type { AuditLogFilter } from '../read-models/audit-log-queries.js';
import { Origin, Roles, staffRoleOf } from '../../../identity/auth.js';
import { BadUserInput, Forbidden } from '../../../engine/application-errors.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { PersonSearch } from '../../../personal-data/person-search.js';
import { AuditEvent, AuditEventConnection, AuditEventsArgs } from './audit-events.types.js';

/** The most people one search by the petitioner may name before it asks for more words. */
const PEOPLE_LIMIT = 200;

@Resolver(() => AuditEvent)
export class AuditEventsResolver {
  constructor(
    @Inject(AuditLogQueries) private readonly auditLog: AuditLogQueries,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(PersonSearch) private readonly people: PersonSearch,
  ) {}

  @Query(() => AuditEventConnection, {
    description:
      'Eventos del registro filtrados por caso o flujo, actor, tipo y fecha, del más reciente al más antiguo.',
  })
  @Roles('ADMIN', 'AUDITOR')
  async auditEvents(
    @Args() { filter, first, after }: AuditEventsArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<AuditEventConnection> {
    const { petitioner, ...others } = filter ?? {};
    const search: AuditLogFilter = petitioner?.trim()
      ? { ...others, petitioners: await this.petitionersNamed(petitioner, origin) }
      : others;
    const page = await this.auditLog.events(search, first, after ?? null);
    const actors = await this.users.findManyByIds([...new Set(page.nodes.map((node) => node.actorId))]);
    const nodes = page.nodes.map((document) =>
      toAuditEvent(document, actors.get(document.actorId)?.username),
    );
    return {
      nodes,
      edges: nodes.map((node, index) => ({ node, cursor: encodeAuditEventCursor(page.nodes[index]!) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  /**
   * The people the search names. Here the petitioner is a field of its own, so a role that may not find
   * cases by the person (an auditor: persons only through a reveal with a recorded reason) is refused in
   * so many words rather than answered an empty page it would read as "this person filed nothing".
   */
  private async petitionersNamed(
    petitioner: string,
    origin: CommandOrigin,
  ): Promise<NonNullable<AuditLogFilter['petitioners']>> {
    const found = await this.people.peopleNamedBy(origin.actor, petitioner, PEOPLE_LIMIT);
    if (found === null) {
      throw new Forbidden(
        'Su rol no busca eventos por el nombre o el documento del peticionario: vería quién radicó cada caso. Busque por radicado y revele los datos de una persona con un motivo.',
      );
    }
    if (found.truncated) {
      throw new BadUserInput(
        'petitioner',
        `Más de ${PEOPLE_LIMIT} personas tienen esas palabras en el nombre: precise la búsqueda.`,
      );
    }
    return {
      personIds: found.personIds,
      onlyCasesOf: found.scope.kind === 'OWN_CASES' ? found.scope.staffMemberId : null,
    };
  }
}

function toAuditEvent(document: AuditLogDocument, username: string | undefined): AuditEvent {
  return {
    id: document.eventId,
    position: document.position,
    stream: document.stream,
    category: document.category,
    entityId: document.entityId,
    radicado: document.radicado,
    revision: document.revision,
    type: document.type,
    schemaVersion: document.schemaVersion,
    occurredAt: document.occurredAt,
    recordedAt: document.recordedAt,
    correlationId: document.correlationId,
    causationId: document.causationId,
    actor: { id: document.actorId, username: username ?? null, role: staffRoleOf(document.actorRole) },
  };
}
