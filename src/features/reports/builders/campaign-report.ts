// Informe de campañas y medios: the marketing and media plan of the period as it stood at the as-of
// instant — each campaign, fair, visit or dissemination action that starts in the period with its kind,
// municipality (DIVIPOLA), dates, channels and media, planned budget, and once recorded its attendance,
// actual cost and results — with the affiliation requests it brought (by id, or by an old free-text name
// mapped to it), those approved, and the cost per affiliation; the same by municipality. The cost per
// affiliation divides the ACTUAL cost (recorded with the result), never the budget, by the approved
// affiliations; sums of pesos read «$ 1.234.567».
import {
  CAMPAIGN_CHANNEL_LABELS,
  CAMPAIGN_KIND_LABELS,
  formatPesos,
} from '../../../domain/campaign/labels.js';
import { municipalityName } from '../../../domain/planning/municipalities.js';
import {
  campaignFigures,
  costPerAffiliation,
  municipalityFigures,
  type LegacyNameMapping,
} from '../../planning/index.js';
import type { ReportDocument, ReportSection } from '../report-document.js';
import type { ReportSources } from '../read-models/report-sources.js';
import { asListing, type ReportInput } from './report-input.js';

const pesosOrNone = (pesos: number | null): string | null => (pesos === null ? null : formatPesos(pesos));

export async function buildCampaignReport(
  input: ReportInput,
  sources: ReportSources,
): Promise<ReportDocument> {
  const { period, asOf } = input;
  const campaigns = await sources.campaignsStartingIn(period, asOf);
  const mappings: LegacyNameMapping[] = campaigns.flatMap((campaign) =>
    campaign.mappedNames.map((legacyName) => ({ legacyName, campaignId: campaign.id })),
  );
  const applications = await sources.campaignApplicationsAsOf(
    campaigns.map((campaign) => campaign.id),
    asOf,
  );
  const figures = campaignFigures(
    campaigns,
    applications.map((application) => ({
      campaignId: application.campaignId ?? null,
      campaign: application.campaign,
      decision: application.decision,
    })),
    mappings,
  );
  const byMunicipality = municipalityFigures(campaigns, figures);
  const sum = (values: readonly (number | null)[]) =>
    values.reduce<number>((total, value) => total + (value ?? 0), 0);
  const withResult = campaigns.filter((campaign) => campaign.actualCost !== null);
  const approvedWithResult = sum(
    figures
      .filter((figure) => withResult.some((campaign) => campaign.id === figure.campaignId))
      .map((f) => f.approved),
  );
  const costedTotal = sum(withResult.map((campaign) => campaign.actualCost));

  const sections: ReportSection[] = [
    {
      type: 'text',
      title: 'Método',
      paragraphs: [
        'Cada campaña, feria, visita o acción de difusión del plan de mercadeo y medios cuyo inicio cae en el periodo, tal como estaba registrada a la fecha de corte. El municipio se identifica por su código DIVIPOLA del DANE (Cundinamarca).',
        'Una solicitud de afiliación cuenta para la campaña que eligió de la lista del plan; una solicitud anterior al plan, que escribió la campaña a mano, cuenta para la campaña a la que se asoció ese nombre. Se cuentan las solicitudes y las afiliaciones aprobadas a la fecha de corte, se hayan recibido dentro o fuera del periodo.',
        'El presupuesto es el planeado; el costo ejecutado es el que se registró con el resultado. El costo por afiliación es el costo ejecutado dividido entre las afiliaciones aprobadas de la campaña, en pesos redondeados; no lo hay sin resultado registrado o sin afiliaciones aprobadas. Por municipio, divide el costo ejecutado de sus campañas con resultado entre las afiliaciones aprobadas de esas mismas campañas.',
      ],
    },
    {
      type: 'figures',
      title: 'Resumen',
      items: [
        { label: 'Campañas del periodo', value: campaigns.length, format: 'integer' },
        { label: 'Campañas con resultado registrado', value: withResult.length, format: 'integer' },
        {
          label: 'Presupuesto planeado',
          value: formatPesos(sum(campaigns.map((c) => c.budget))),
          format: 'text',
        },
        { label: 'Costo ejecutado', value: formatPesos(costedTotal), format: 'text' },
        { label: 'Asistencia', value: sum(campaigns.map((c) => c.attendance)), format: 'integer' },
        {
          label: 'Solicitudes de afiliación',
          value: sum(figures.map((f) => f.applications)),
          format: 'integer',
        },
        { label: 'Afiliaciones aprobadas', value: sum(figures.map((f) => f.approved)), format: 'integer' },
        {
          label: 'Costo por afiliación (campañas con resultado)',
          value: pesosOrNone(
            costPerAffiliation(withResult.length === 0 ? null : costedTotal, approvedWithResult),
          ),
          format: 'text',
        },
      ],
    },
    asListing(
      {
        type: 'table',
        title: 'Plan de campañas y medios',
        columns: [
          { key: 'name', header: 'Campaña', format: 'text' },
          { key: 'kind', header: 'Tipo', format: 'text' },
          { key: 'municipality', header: 'Municipio', format: 'text' },
          { key: 'divipola', header: 'Código DIVIPOLA', format: 'text' },
          { key: 'startDate', header: 'Inicio', format: 'date' },
          { key: 'endDate', header: 'Cierre', format: 'date' },
          { key: 'channels', header: 'Canales', format: 'text' },
          { key: 'media', header: 'Medios', format: 'text' },
          { key: 'budget', header: 'Presupuesto', format: 'text' },
          { key: 'actualCost', header: 'Costo ejecutado', format: 'text' },
          { key: 'attendance', header: 'Asistencia', format: 'integer' },
          { key: 'results', header: 'Resultados', format: 'text' },
          { key: 'applications', header: 'Solicitudes', format: 'integer' },
          { key: 'approved', header: 'Afiliaciones aprobadas', format: 'integer' },
          { key: 'costPerAffiliation', header: 'Costo por afiliación', format: 'text' },
        ],
        rows: campaigns.map((campaign, index) => ({
          name: campaign.name,
          kind: CAMPAIGN_KIND_LABELS[campaign.kind],
          municipality: municipalityName(campaign.municipalityCode),
          divipola: campaign.municipalityCode,
          startDate: campaign.startDate,
          endDate: campaign.endDate,
          channels: campaign.channels.map((channel) => CAMPAIGN_CHANNEL_LABELS[channel]).join(', '),
          media: campaign.media,
          budget: formatPesos(campaign.budget),
          actualCost: pesosOrNone(campaign.actualCost),
          attendance: campaign.attendance,
          results: campaign.results,
          applications: figures[index]!.applications,
          approved: figures[index]!.approved,
          costPerAffiliation: pesosOrNone(figures[index]!.costPerAffiliation),
        })),
        note: 'Sin costo por afiliación: la campaña no tiene resultado registrado o no tiene afiliaciones aprobadas.',
      },
      input.layout,
    ),
    {
      type: 'table',
      title: 'Por municipio',
      columns: [
        { key: 'municipality', header: 'Municipio', format: 'text' },
        { key: 'divipola', header: 'Código DIVIPOLA', format: 'text' },
        { key: 'campaigns', header: 'Campañas', format: 'integer' },
        { key: 'budget', header: 'Presupuesto', format: 'text' },
        { key: 'actualCost', header: 'Costo ejecutado', format: 'text' },
        { key: 'attendance', header: 'Asistencia', format: 'integer' },
        { key: 'applications', header: 'Solicitudes', format: 'integer' },
        { key: 'approved', header: 'Afiliaciones aprobadas', format: 'integer' },
        { key: 'costPerAffiliation', header: 'Costo por afiliación', format: 'text' },
      ],
      rows: byMunicipality.map((row) => ({
        municipality: row.municipalityName,
        divipola: row.municipalityCode,
        campaigns: row.campaigns,
        budget: formatPesos(row.budget),
        actualCost: formatPesos(row.actualCost),
        attendance: row.attendance,
        applications: row.applications,
        approved: row.approved,
        costPerAffiliation: pesosOrNone(row.costPerAffiliation),
      })),
    },
    {
      type: 'table',
      title: 'Nombres de campaña anteriores asociados',
      columns: [
        { key: 'legacyName', header: 'Nombre escrito en solicitudes anteriores', format: 'text' },
        { key: 'campaign', header: 'Campaña del plan', format: 'text' },
      ],
      rows: campaigns.flatMap((campaign) =>
        campaign.mappedNames.map((legacyName) => ({ legacyName, campaign: campaign.name })),
      ),
    },
  ];
  return {
    kind: 'CAMPAIGNS',
    title: 'Informe de campañas y medios',
    legalBasis:
      'Plan de mercadeo y medios del proceso de Atención al Cliente (caracterización CSC-AC-CR-01, PLANEAR)',
    entityName: input.entityName,
    officeName: input.officeName,
    period,
    asOf,
    sections,
  };
}
