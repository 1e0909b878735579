// The risk-map part of the gateway: each mutation builds the domain's command and runs it on the one
// command path (RunCommand), then answers with the risk as the read models show it, its texts revealed;
// the query reads the read models (now, or as they stood at an instant).
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RISK_COMMAND_ROLES, type RiskCommand } from '../../../../domain/risk/index.js';
import { RISK_METHOD_NOTE } from '../../../../domain/risk/labels.js';
import type { CommandOrigin } from '../../../../engine/commands/command-metadata.js';
import {
  newInstanceId,
  revisionSeen,
  RunCommand,
  type RunOptions,
} from '../../../../engine/commands/run-command.js';
import { ALL_ROLES, Origin, Roles } from '../../../../identity/auth.js';
import { UserRef } from '../../../../identity/graphql/identity.types.js';
import { USER_STORE, type UserStore } from '../../../../identity/user-store.js';
import { PersonalTexts } from '../../../../personal-data/personal-texts.js';
import { riskCase } from '../commands.js';
import { heatMapOf, RiskQueries } from '../read-models/risk-queries.js';
import type { RiskDocument } from '../read-models/risks-projection.js';
import {
  AddRiskControlArgs,
  RecordRiskMaterializationArgs,
  RecordRiskMonitoringArgs,
  RegisterRiskInput,
  RiskMapArgs,
} from './risks.inputs.js';
import { Risk, RiskControl, RiskMap } from './risks.types.js';

const ROLES = RISK_COMMAND_ROLES;

@Resolver(() => Risk)
export class RisksResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(RiskQueries) private readonly queries: RiskQueries,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @Query(() => RiskMap, { description: 'El mapa de riesgos del proceso (ahora, o tal como estaba en asOf).' })
  @Roles(...ALL_ROLES)
  async riskMap(@Args() { asOf }: RiskMapArgs): Promise<RiskMap> {
    const documents = asOf ? await this.queries.asOf(asOf) : await this.queries.all();
    const risks = await this.texts.reveal(documents);
    return {
      risks: risks.map(toRisk),
      inherentHeatMap: heatMapOf(risks, 'INHERENT'),
      residualHeatMap: heatMapOf(risks, 'RESIDUAL'),
      methodNote: RISK_METHOD_NOTE,
    };
  }

  @Mutation(() => Risk, { description: 'Registra un riesgo del proceso con su calificación inherente.' })
  @Roles(...ROLES.RegisterRisk)
  registerRisk(@Args('input') input: RegisterRiskInput, @Origin() origin: CommandOrigin): Promise<Risk> {
    const riskId = newInstanceId('risk', null);
    return this.run(
      riskId,
      {
        type: 'RegisterRisk',
        data: {
          riskId,
          name: input.name,
          cause: input.cause,
          consequence: input.consequence,
          probability: input.probability,
          impact: input.impact,
        },
      },
      origin,
    );
  }

  @Mutation(() => Risk, { description: 'Agrega un control al riesgo; el residual se recalcula.' })
  @Roles(...ROLES.AddRiskControl)
  addRiskControl(@Args() args: AddRiskControlArgs, @Origin() origin: CommandOrigin): Promise<Risk> {
    const { input } = args;
    return this.run(
      args.riskId,
      {
        type: 'AddRiskControl',
        data: {
          controlId: newInstanceId('riskControl', null),
          description: input.description,
          responsibleId: input.responsibleId,
          attributes: {
            type: input.type,
            implementation: input.implementation,
            documentation: input.documentation,
            frequency: input.frequency,
            evidence: input.evidence,
          },
          periodicity: input.periodicity,
          evidenceDescription: input.evidenceDescription,
        },
      },
      origin,
      revisionSeen(args),
    );
  }

  @Mutation(() => Risk, { description: 'Registra el monitoreo trimestral del riesgo (uno por trimestre).' })
  @Roles(...ROLES.RecordRiskMonitoring)
  recordRiskMonitoring(
    @Args() args: RecordRiskMonitoringArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<Risk> {
    return this.run(
      args.riskId,
      { type: 'RecordRiskMonitoring', data: { ...args.input } },
      origin,
      revisionSeen(args),
    );
  }

  @Mutation(() => Risk, {
    description:
      'Registra una materialización del riesgo, con las PQRS, acciones de mejora o indicadores que la muestran.',
  })
  @Roles(...ROLES.RecordRiskMaterialization)
  recordRiskMaterialization(
    @Args() args: RecordRiskMaterializationArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<Risk> {
    const { input } = args;
    return this.run(
      args.riskId,
      {
        type: 'RecordRiskMaterialization',
        data: {
          materializationId: newInstanceId('riskMaterialization', null),
          occurredOn: input.occurredOn,
          description: input.description,
          links: input.links.map(({ kind, reference }) => ({ kind, reference })),
        },
      },
      origin,
      revisionSeen(args),
    );
  }

  private async run(
    riskId: string,
    command: RiskCommand,
    origin: CommandOrigin,
    options: RunOptions = {},
  ): Promise<Risk> {
    await this.commands.execute(new RunCommand(riskCase, riskId, command, origin, options));
    return toRisk(await this.texts.reveal(await this.queries.get(riskId)));
  }
}

/** Who carries a control out, as any reader of the map may see it (name and username). */
@Resolver(() => RiskControl)
export class RiskControlsResolver {
  constructor(@Inject(USER_STORE) private readonly users: UserStore) {}

  @ResolveField(() => UserRef, { nullable: true, description: 'null si el usuario ya no existe.' })
  async responsible(@Parent() control: RiskControl): Promise<UserRef | null> {
    const user = await this.users.findById(control.responsibleId);
    return user ? { id: user.id, username: user.username, fullName: user.fullName } : null;
  }
}

function toRisk(document: RiskDocument): Risk {
  return {
    id: document.id,
    name: document.name,
    cause: document.cause,
    consequence: document.consequence,
    method: document.method,
    inherent: document.inherent,
    residual: document.residual,
    registeredAt: document.registeredAt,
    controls: document.controls.map((control) => ({ ...control, id: control.controlId })),
    monitorings: document.monitorings.map(({ monitoredBy, ...entry }) => ({
      ...entry,
      monitoredById: monitoredBy,
    })),
    lastMonitoredQuarter: document.lastMonitoredQuarter,
    materializations: document.materializations.map(({ recordedBy, materializationId, links, ...entry }) => ({
      ...entry,
      id: materializationId,
      links: [...links],
      recordedById: recordedBy,
    })),
    revision: document.revision,
  };
}
