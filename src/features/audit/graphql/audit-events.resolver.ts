// auditEvents: the event log searched by case, stream, actor, type and recorded date, for auditors and
// administrators, from the auditLog read model.
import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditLogQueries, encodeAuditEventCursor } from '../read-models/audit-log-queries.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import type { AuditLogDocument } from '../read-models/audit-log-projection.js';
import { Roles, staffRoleOf } from '../../../identity/auth.js';
import { AuditEvent, AuditEventConnection, AuditEventsArgs } from './audit-events.types.js';

@Resolver(() => AuditEvent)
export class AuditEventsResolver {
  constructor(
    @Inject(AuditLogQueries) private readonly auditLog: AuditLogQueries,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {}

  @Query(() => AuditEventConnection, {
    description:
      'Eventos del registro filtrados por caso o flujo, actor, tipo y fecha, del más reciente al más antiguo.',
  })
  @Roles('ADMIN', 'AUDITOR')
  async auditEvents(@Args() { filter, first, after }: AuditEventsArgs): Promise<AuditEventConnection> {
    const page = await this.auditLog.events(filter ?? {}, first, after ?? null);
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
