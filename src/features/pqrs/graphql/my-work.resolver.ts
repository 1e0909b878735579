// "Mi trabajo" (myWork): what the caller must look at first, read from the cases read model; the
// assignees' names come from the user store here, since read models hold no one's identity.
import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../domain/shared/decider.js';
import { CurrentActor, Roles } from '../../../identity/auth.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { PersonalTexts } from '../../../personal-data/personal-texts.js';
import { MyWorkQueries, type WorkItem, type WorkList } from '../read-models/my-work-queries.js';
import {
  MyWork,
  MyWorkArgs,
  type MyWorkCase,
  type MyWorkGroup,
  type TeamOverdueGroup,
} from './my-work.types.js';
import type { Pqrs } from './pqrs.types.js';

/** Who oversees the whole office's due dates; everyone else sees only their own work. */
const TEAM_VIEW_ROLES: ReadonlySet<Actor['role']> = new Set(['COORDINATOR', 'ADMIN']);

@Resolver(() => MyWork)
export class MyWorkResolver {
  constructor(
    @Inject(MyWorkQueries) private readonly queries: MyWorkQueries,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @Query(() => MyWork, {
    description:
      'Mi trabajo: los casos abiertos asignados a quien consulta (vencidos, por vencer, en espera del peticionario y los demás), en días hábiles; coordinadores y administradores ven además los vencidos del equipo por funcionario.',
  })
  @Roles('AGENT', 'COORDINATOR', 'ADMIN')
  async myWork(@Args() { casesPerGroup }: MyWorkArgs, @CurrentActor() actor: Actor): Promise<MyWork> {
    const [own, team, alerts] = await Promise.all([
      this.queries.ofAssignee(actor.id, casesPerGroup),
      TEAM_VIEW_ROLES.has(actor.role) ? this.queries.teamOverdue(casesPerGroup) : Promise.resolve(null),
      TEAM_VIEW_ROLES.has(actor.role) ? this.queries.priorityAlerts(casesPerGroup) : Promise.resolve(null),
    ]);
    // The subjects are references to the vault: one look-up reveals every text of the answer.
    const revealed = await this.texts.reveal({ groups: own.groups, team, alerts });
    return {
      today: own.today,
      overdue: groupOf(revealed.groups.OVERDUE),
      dueSoon: groupOf(revealed.groups.DUE_SOON),
      awaitingInformation: groupOf(revealed.groups.AWAITING_INFORMATION),
      onTime: groupOf(revealed.groups.ON_TIME),
      teamOverdue: revealed.team === null ? null : await this.teamGroupsOf(revealed.team),
      priorityAlerts: revealed.alerts === null ? null : groupOf(revealed.alerts),
    };
  }

  private async teamGroupsOf(team: NonNullable<Awaited<ReturnType<MyWorkQueries['teamOverdue']>>>) {
    const ids = team.flatMap(({ assigneeId }) => (assigneeId === null ? [] : [assigneeId]));
    const users = await this.users.findManyByIds(ids);
    return team.map((group): TeamOverdueGroup => {
      const user = group.assigneeId === null ? undefined : users.get(group.assigneeId);
      return {
        assigneeId: group.assigneeId,
        assignee: user ? { id: user.id, username: user.username, fullName: user.fullName } : null,
        count: group.count,
        oldest: caseOf(group.oldest),
        cases: group.items.map(caseOf),
      };
    });
  }
}

function groupOf(list: WorkList): MyWorkGroup {
  return { count: list.count, cases: list.items.map(caseOf) };
}

function caseOf(item: WorkItem): MyWorkCase {
  return {
    pqrs: item.pqrs as unknown as Pqrs,
    businessDaysOverdue: item.businessDaysOverdue,
    tacitWithdrawalFrom: item.tacitWithdrawalFrom,
  };
}
