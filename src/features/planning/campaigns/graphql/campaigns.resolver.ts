// The campaign part of the gateway: each mutation builds the domain's command and runs it on the one
// command path (RunCommand), then answers with the campaign as the read models show it, texts revealed;
// queries read the read models. It also adds the field `plannedCampaign` to the affiliation statistics'
// count by campaign.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CAMPAIGN_COMMAND_ROLES, type CampaignCommand } from '../../../../domain/campaign/index.js';
import { CUNDINAMARCA_MUNICIPALITIES, municipalityName } from '../../../../domain/planning/municipalities.js';
import type { CommandOrigin } from '../../../../engine/commands/command-metadata.js';
import {
  newInstanceId,
  revisionSeen,
  RunCommand,
  type RunOptions,
} from '../../../../engine/commands/run-command.js';
import { ALL_ROLES, Origin, Roles } from '../../../../identity/auth.js';
import { PersonalTexts } from '../../../../personal-data/personal-texts.js';
import { Affiliation, CampaignCount } from '../../../affiliations/index.js';
import { campaignAggregate } from '../commands.js';
import { CampaignNameMappings } from '../read-models/campaign-name-mappings.js';
import { CampaignQueries } from '../read-models/campaign-queries.js';
import type { CampaignDocument } from '../read-models/campaigns-projection.js';
import {
  CampaignIdArgs,
  CampaignsArgs,
  MapCampaignNameArgs,
  PlanCampaignInput,
  RecordCampaignResultArgs,
} from './campaigns.inputs.js';
import { Campaign, CampaignStatistics, LegacyCampaignName, Municipality } from './campaigns.types.js';

const ROLES = CAMPAIGN_COMMAND_ROLES;

@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(CampaignQueries) private readonly queries: CampaignQueries,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @Mutation(() => Campaign, {
    description: 'Planea una campaña, feria, visita o acción de difusión del plan de mercadeo y medios.',
  })
  @Roles(...ROLES.PlanCampaign)
  planCampaign(@Args('input') input: PlanCampaignInput, @Origin() origin: CommandOrigin): Promise<Campaign> {
    const campaignId = newInstanceId('campaign', null);
    return this.run(
      campaignId,
      {
        type: 'PlanCampaign',
        data: {
          campaignId,
          kind: input.kind,
          // The texts are sealed as sent: their outer spaces go first.
          name: input.name.trim(),
          municipalityCode: input.municipalityCode,
          startDate: input.startDate,
          endDate: input.endDate,
          channels: input.channels,
          media: input.media?.trim() || null,
          budget: input.budget,
        },
      },
      origin,
    );
  }

  @Mutation(() => Campaign, {
    description:
      'Registra el resultado de la campaña: asistencia, costo ejecutado y resultados (uno distinto corrige el anterior).',
  })
  @Roles(...ROLES.RecordCampaignResult)
  recordCampaignResult(
    @Args() args: RecordCampaignResultArgs,
    @Origin() origin: CommandOrigin,
  ): Promise<Campaign> {
    const data = { attendance: args.attendance, actualCost: args.actualCost, results: args.results.trim() };
    return this.run(args.id, { type: 'RecordCampaignResult', data }, origin, revisionSeen(args));
  }

  @Mutation(() => Campaign, {
    description:
      'Asocia a la campaña un nombre escrito a mano en solicitudes anteriores al plan: esas solicitudes cuentan para ella (los eventos antiguos no se reescriben).',
  })
  @Roles(...ROLES.MapCampaignName)
  mapCampaignName(@Args() args: MapCampaignNameArgs, @Origin() origin: CommandOrigin): Promise<Campaign> {
    const data = { legacyName: args.legacyName.trim(), mappedToCampaignId: null };
    return this.run(args.id, { type: 'MapCampaignName', data }, origin, revisionSeen(args));
  }

  @Query(() => Campaign, { description: 'Una campaña por su id.' })
  @Roles(...ALL_ROLES)
  async campaign(@Args() { id }: CampaignIdArgs): Promise<Campaign> {
    return this.revealed(await this.queries.get(id));
  }

  @Query(() => [Campaign], { description: 'Campañas del plan, por fecha de inicio.' })
  @Roles(...ALL_ROLES)
  async campaigns(@Args() { filter }: CampaignsArgs): Promise<Campaign[]> {
    const documents = await this.texts.reveal(await this.queries.list(filter ?? {}));
    const mappedNames = await this.queries.mappedNames();
    return documents.map((document) => toCampaign(document, mappedNames));
  }

  @Query(() => CampaignStatistics, {
    description:
      'Afiliaciones por campaña y por municipio y costo por afiliación (costo ejecutado ÷ afiliaciones aprobadas).',
  })
  @Roles(...ALL_ROLES)
  async campaignStatistics(@Args() { filter }: CampaignsArgs): Promise<CampaignStatistics> {
    const statistics = await this.queries.statistics(filter ?? {});
    const campaigns = await this.texts.reveal(statistics.campaigns);
    const mappedNames = await this.queries.mappedNames();
    return {
      byCampaign: campaigns.map(({ figures, ...campaign }) => ({
        campaign: toCampaign(campaign, mappedNames),
        figures,
      })),
      byMunicipality: statistics.byMunicipality.map(
        ({ municipalityCode, municipalityName: name, ...figures }) => ({
          municipality: { code: municipalityCode, name },
          ...figures,
        }),
      ),
    };
  }

  @Query(() => [LegacyCampaignName], {
    description: 'Nombres de campaña escritos a mano en solicitudes anteriores al plan, con su asociación.',
  })
  @Roles(...ALL_ROLES)
  legacyCampaignNames(): Promise<LegacyCampaignName[]> {
    return this.queries.legacyNames();
  }

  @Query(() => [Municipality], { description: 'Los 116 municipios de Cundinamarca (DIVIPOLA del DANE).' })
  @Roles(...ALL_ROLES)
  municipalities(): Municipality[] {
    return CUNDINAMARCA_MUNICIPALITIES.map(({ code, name }) => ({ code, name }));
  }

  private async run(
    campaignId: string,
    command: CampaignCommand,
    origin: CommandOrigin,
    options: RunOptions = {},
  ): Promise<Campaign> {
    await this.commands.execute(new RunCommand(campaignAggregate, campaignId, command, origin, options));
    return this.revealed(await this.queries.get(campaignId));
  }

  /** The campaign as the schema shows it, its texts and mapped names revealed. */
  private async revealed(document: CampaignDocument): Promise<Campaign> {
    return toCampaign(await this.texts.reveal(document), await this.queries.mappedNames());
  }
}

/** The campaign of the plan an application came from, as a field of the affiliation. */
@Resolver(() => Affiliation)
export class AffiliationCampaignResolver {
  constructor(
    @Inject(CampaignQueries) private readonly queries: CampaignQueries,
    @Inject(CampaignNameMappings) private readonly mappings: CampaignNameMappings,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Nombre de la campaña del plan de la que proviene (por su id, o por el nombre anterior asociado a ella); null: ninguna.',
  })
  async plannedCampaignName(@Parent() affiliation: Affiliation): Promise<string | null> {
    const campaignId =
      affiliation.campaignId ??
      (affiliation.campaign ? await this.mappings.campaignOf(affiliation.campaign) : null);
    if (!campaignId) return null;
    return (await this.texts.reveal(await this.queries.get(campaignId))).name;
  }
}

/** The campaign of the plan an affiliation-statistics count stands for: by its id, or by its mapped name. */
@Resolver(() => CampaignCount)
export class CampaignCountResolver {
  constructor(
    @Inject(CampaignQueries) private readonly queries: CampaignQueries,
    @Inject(CampaignNameMappings) private readonly mappings: CampaignNameMappings,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Nombre de la campaña del plan (por su id o por el nombre asociado); null: sin campaña del plan.',
  })
  async plannedCampaignName(@Parent() count: CampaignCount): Promise<string | null> {
    const campaignId =
      count.campaignId ?? (count.campaign === null ? null : await this.mappings.campaignOf(count.campaign));
    if (campaignId === null) return null;
    const document = await this.texts.reveal(await this.queries.get(campaignId));
    return document.name;
  }
}

/** The campaign as the schema shows it; its texts (and the mapped names) must be revealed already. */
function toCampaign(
  document: CampaignDocument,
  mappedNames: ReadonlyMap<string, readonly string[]>,
): Campaign {
  return {
    id: document.id,
    kind: document.kind,
    name: document.name,
    municipality: { code: document.municipalityCode, name: municipalityName(document.municipalityCode) },
    startDate: document.startDate,
    endDate: document.endDate,
    year: document.year,
    channels: [...document.channels],
    media: document.media,
    budget: document.budget,
    attendance: document.attendance,
    actualCost: document.actualCost,
    results: document.results,
    resultRecordedOn: document.resultRecordedOn,
    plannedAt: document.plannedAt,
    mappedNames: [...(mappedNames.get(document.id) ?? [])],
    revision: document.revision,
  };
}
