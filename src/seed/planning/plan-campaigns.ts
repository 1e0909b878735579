// Plans the year's marketing and media plan: a campaign, fair, visit or dissemination action about every
// month, each planned two weeks ahead by the coordinator and its result recorded the office day after it
// ends. The schedule itself is plain arithmetic on the first day of the year (no draws), so the
// affiliations' planner finds the same campaigns to link applications to (campaignKeyOn).
import type { CampaignChannel, CampaignKind } from '../../domain/campaign/events.js';
import { addCalendarDays, yearOf, type CalendarDate, type Instant } from '../../domain/shared/time.js';
import type { PlannedStep } from '../demo-plan.js';
import { AFFILIATION_AGENTS, COORDINATOR } from '../demo-staff.js';
import type { PlanningPlanContext } from '../plan-planning.js';

interface CampaignTemplate {
  readonly kind: CampaignKind;
  readonly name: string;
  readonly municipalityCode: string;
  /** Days the campaign lasts after its first (0: one day). */
  readonly extraDays: number;
  readonly channels: readonly CampaignChannel[];
  readonly media: string | null;
  readonly budget: number;
  readonly attendance: number;
}

/** A year's worth of campaigns, one a month from the third week of the year. */
const TEMPLATES: readonly CampaignTemplate[] = [
  {
    kind: 'FAIR',
    name: 'Jornada de afiliación en Zipaquirá',
    municipalityCode: '25899',
    extraDays: 1,
    channels: ['IN_PERSON', 'RADIO', 'LOUDSPEAKER'],
    media: 'Emisora comunitaria de Zipaquirá; perifoneo en el centro',
    budget: 4_500_000,
    attendance: 320,
  },
  {
    kind: 'DISSEMINATION',
    name: 'Campaña independientes al día',
    municipalityCode: '25175',
    extraDays: 20,
    channels: ['SOCIAL_MEDIA', 'WEBSITE', 'EMAIL'],
    media: 'Pauta en redes sociales y boletín por correo',
    budget: 2_800_000,
    attendance: 0,
  },
  {
    kind: 'FAIR',
    name: 'Feria empresarial de la Sabana',
    municipalityCode: '25269',
    extraDays: 2,
    channels: ['IN_PERSON', 'PRESS', 'PRINTED_MATERIAL'],
    media: 'Aviso en prensa regional; volantes',
    budget: 6_200_000,
    attendance: 540,
  },
  {
    kind: 'VISIT',
    name: 'Visita a la plaza de mercado de Girardot',
    municipalityCode: '25307',
    extraDays: 0,
    channels: ['IN_PERSON', 'LOUDSPEAKER'],
    media: null,
    budget: 900_000,
    attendance: 85,
  },
  {
    kind: 'CAMPAIGN',
    name: 'Afiliación de trabajadores de la construcción en Soacha',
    municipalityCode: '25754',
    extraDays: 4,
    channels: ['IN_PERSON', 'RADIO'],
    media: 'Cuñas radiales',
    budget: 3_600_000,
    attendance: 210,
  },
  {
    kind: 'FAIR',
    name: 'Feria de servicios de Fusagasugá',
    municipalityCode: '25290',
    extraDays: 1,
    channels: ['IN_PERSON', 'SOCIAL_MEDIA', 'PRINTED_MATERIAL'],
    media: 'Afiches y publicaciones en redes',
    budget: 5_100_000,
    attendance: 410,
  },
  {
    kind: 'VISIT',
    name: 'Visita a empresas floricultoras de la Sabana',
    municipalityCode: '25175',
    extraDays: 2,
    channels: ['IN_PERSON'],
    media: null,
    budget: 1_200_000,
    attendance: 150,
  },
  {
    kind: 'CAMPAIGN',
    name: 'Campaña rural en Ubaté',
    municipalityCode: '25843',
    extraDays: 3,
    channels: ['IN_PERSON', 'RADIO', 'LOUDSPEAKER'],
    media: 'Emisora comunitaria; perifoneo veredal',
    budget: 4_000_000,
    attendance: 260,
  },
  {
    kind: 'DISSEMINATION',
    name: 'Difusión de beneficios en televisión regional',
    municipalityCode: '25899',
    extraDays: 14,
    channels: ['TELEVISION', 'SOCIAL_MEDIA'],
    media: 'Canal regional',
    budget: 7_500_000,
    attendance: 0,
  },
  {
    kind: 'FAIR',
    name: 'Feria de afiliación en Facatativá',
    municipalityCode: '25269',
    extraDays: 1,
    channels: ['IN_PERSON', 'RADIO'],
    media: 'Cuñas radiales',
    budget: 4_300_000,
    attendance: 300,
  },
  {
    kind: 'VISIT',
    name: 'Visita a la alcaldía de Girardot',
    municipalityCode: '25307',
    extraDays: 0,
    channels: ['IN_PERSON'],
    media: null,
    budget: 600_000,
    attendance: 40,
  },
  {
    kind: 'CAMPAIGN',
    name: 'Campaña de fin de año en Soacha',
    municipalityCode: '25754',
    extraDays: 5,
    channels: ['IN_PERSON', 'SOCIAL_MEDIA', 'PRINTED_MATERIAL'],
    media: 'Volantes y redes sociales',
    budget: 3_900_000,
    attendance: 280,
  },
];

/** Applications keep coming in this many days after a campaign ends, and still count for it. */
const DAYS_APPLICATIONS_FOLLOW = 30;

export interface PlannedCampaign extends CampaignTemplate {
  /** The plan key (`campaign:3`) its id comes from. */
  readonly key: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
}

/** The year's campaigns, from the first day of the simulated year. */
export function plannedCampaigns(from: CalendarDate): PlannedCampaign[] {
  return TEMPLATES.map((template, index) => {
    const startDate = addCalendarDays(from, 14 + 30 * index);
    return {
      ...template,
      name: `${template.name} ${yearOf(startDate)}`,
      key: `campaign:${index}`,
      startDate,
      endDate: addCalendarDays(startDate, template.extraDays),
    };
  });
}

/**
 * The campaign an application received on a day came from, chosen by a draw in [0, 1) among those under
 * way or ended in the last month; null when none is.
 */
export function campaignKeyOn(from: CalendarDate, receivedOn: CalendarDate, draw: number): string | null {
  const candidates = plannedCampaigns(from).filter(
    (campaign) =>
      campaign.startDate <= receivedOn &&
      receivedOn <= addCalendarDays(campaign.endDate, DAYS_APPLICATIONS_FOLLOW),
  );
  if (candidates.length === 0) return null;
  return candidates[Math.min(candidates.length - 1, Math.floor(draw * candidates.length))]!.key;
}

export function planCampaigns(context: PlanningPlanContext): PlannedStep[] {
  const { days, from, until } = context;
  const random = context.random('campaigns');
  const steps: PlannedStep[] = [];
  for (const campaign of plannedCampaigns(from)) {
    if (campaign.startDate > until) continue;
    const subject = campaign.key;
    const plannedOn = days.onOrAfter(addCalendarDays(campaign.startDate, -14));
    const plannedAt: Instant = days.instant(plannedOn, random);
    steps.push({
      at: plannedAt,
      actor: COORDINATOR,
      subject,
      command: {
        type: 'RunPlanningCommand',
        aggregate: 'CAMPAIGN',
        build: (ids) => ({
          id: ids.planningId(campaign.key),
          command: {
            type: 'PlanCampaign',
            data: {
              campaignId: ids.planningId(campaign.key),
              kind: campaign.kind,
              name: campaign.name,
              municipalityCode: campaign.municipalityCode,
              startDate: campaign.startDate,
              endDate: campaign.endDate,
              channels: campaign.channels,
              media: campaign.media,
              budget: campaign.budget,
            },
          },
        }),
      },
    });
    // The actual cost lands within 15 % of the budget; the attendance within 20 % of the expected.
    const actualCost = Math.round((campaign.budget * random.integer(85, 115)) / 100 / 1000) * 1000;
    const attendance = Math.round((campaign.attendance * random.integer(80, 120)) / 100);
    const reportedOn = days.calendarDaysAfter(campaign.endDate, 1);
    const reporter = campaign.kind === 'DISSEMINATION' ? COORDINATOR : random.pick(AFFILIATION_AGENTS);
    steps.push({
      at: days.instant(reportedOn, random),
      actor: reporter,
      subject,
      command: {
        type: 'RunPlanningCommand',
        aggregate: 'CAMPAIGN',
        build: (ids) => ({
          id: ids.planningId(campaign.key),
          command: {
            type: 'RecordCampaignResult',
            data: {
              attendance,
              actualCost,
              results:
                attendance === 0
                  ? 'Difusión cumplida según el plan de medios; las solicitudes se cuentan por campaña.'
                  : `${attendance} personas atendidas; se entregaron formularios y se recibieron solicitudes en el sitio.`,
            },
          },
        }),
      },
    });
  }
  return steps;
}
