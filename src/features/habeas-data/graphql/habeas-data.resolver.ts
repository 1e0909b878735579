// The habeas-data part of the gateway: erasing a person's data (ADMIN), revealing a masked person with a
// reason (AUDITOR, ADMIN), and the access log of personal data (ADMIN, AUDITOR).
import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { REVEALING_ROLES } from '../../../domain/personal-data-access/index.js';
import type { ActorRole } from '../../../domain/shared/decider.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { Origin, Roles } from '../../../identity/auth.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { PersonalDataAccess } from '../../../personal-data/personal-data-access.js';
import {
  isErased,
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
} from '../../../personal-data/personal-data-store.js';
import { RevealedPersonalData } from '../../../personal-data/personal-data-view.js';
import { PersonalDataErasure } from '../personal-data-erasure.js';
import { AccessLogQueries } from '../read-models/access-log-queries.js';
import {
  ErasePersonalDataArgs,
  PersonalDataAccessLogArgs,
  RevealPersonalDataArgs,
} from './habeas-data.inputs.js';
import {
  PersonalDataAccessConnection,
  PersonalDataAccessEntry,
  PersonalDataErasure as PersonalDataErasureType,
} from './habeas-data.types.js';

@Resolver()
export class HabeasDataResolver {
  constructor(
    @Inject(PersonalDataErasure) private readonly erasure: PersonalDataErasure,
    @Inject(PersonalDataAccess) private readonly access: PersonalDataAccess,
    @Inject(AccessLogQueries) private readonly accessLog: AccessLogQueries,
    @Inject(PERSONAL_DATA_STORE) private readonly vault: PersonalDataStore,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {}

  @Mutation(() => PersonalDataErasureType, {
    description:
      'Suprime los datos personales de una persona (habeas data): queda registrado; se niega si tiene trámites en curso o si la tabla de retención aún los conserva.',
  })
  @Roles('ADMIN')
  async erasePersonalData(
    @Args() args: ErasePersonalDataArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<PersonalDataErasureType> {
    const { recorded, versionsErased, textsErased } = await this.erasure.erase(args, origin);
    return {
      personId: recorded.personId,
      legalBasis: recorded.legalBasis,
      requestReference: recorded.requestReference,
      erasedAt: recorded.erasedAt,
      recordsChecked: recorded.recordsChecked.map((record) => ({ ...record })),
      versionsErased,
      textsErased,
    };
  }

  @Mutation(() => RevealedPersonalData, {
    description:
      'Muestra completos los datos de una persona que se ven enmascarados, con un motivo: queda en el registro de accesos.',
  })
  @Roles(...REVEALING_ROLES)
  revealPersonalData(
    @Args() { personId, version, reason, reference }: RevealPersonalDataArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<RevealedPersonalData> {
    return this.access.reveal(origin, { personId, version, reason, reference: reference ?? null });
  }

  @Query(() => PersonalDataAccessConnection, {
    description:
      'Registro de accesos a datos personales completos: quién vio a quién, cuándo y por qué; del más reciente al más antiguo.',
  })
  @Roles('ADMIN', 'AUDITOR')
  async personalDataAccessLog(
    @Args() { filter, first, after }: PersonalDataAccessLogArgs,
  ): Promise<PersonalDataAccessConnection> {
    const page = await this.accessLog.accesses(filter ?? {}, first, after ?? null);
    const [actors, reasons] = await Promise.all([
      this.users.findManyByIds([...new Set(page.nodes.map((node) => node.actorId))]),
      this.vault.getTexts(page.nodes.flatMap((node) => (node.reasonTextId ? [node.reasonTextId] : []))),
    ]);
    const nodes = page.nodes.map((document): PersonalDataAccessEntry => {
      const reason = document.reasonTextId === null ? undefined : reasons.get(document.reasonTextId);
      return {
        id: document.id,
        recordedAt: document.recordedAt,
        actor: {
          id: document.actorId,
          username: actors.get(document.actorId)?.username ?? null,
          role: document.actorRole as ActorRole,
        },
        purpose: document.purpose,
        personId: document.personId,
        version: document.version,
        attachmentId: document.attachmentId ?? null,
        reference: document.reference,
        reason: reason === undefined || isErased(reason) ? null : reason.text,
        reasonErased: reason !== undefined && isErased(reason),
      };
    });
    return {
      nodes,
      edges: nodes.map((node) => ({ node, cursor: node.id })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }
}
