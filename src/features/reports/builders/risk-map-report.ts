// Mapa de riesgos del proceso: every risk on the map as it stood at the as-of instant — cause,
// consequence, inherent and residual rating by the Función Pública guide —, its controls, the monitoring of
// the quarters the period covers, the materialisations that occurred in the period, and the residual heat
// map as a table (zone and count in words in each cell).
import {
  CONTROL_DOCUMENTATION_LABELS,
  CONTROL_EVIDENCE_LABELS,
  CONTROL_FREQUENCY_LABELS,
  CONTROL_IMPLEMENTATION_LABELS,
  CONTROL_TYPE_LABELS,
  IMPACT_LABELS,
  IMPACT_LEVELS,
  PROBABILITY_LABELS,
  RISK_ZONE_LABELS,
  RISK_ZONES,
  type RiskZone,
} from '../../../domain/planning/risk-rating.js';
import { quarterEnd, quarterLabel, quarterStart } from '../../../domain/risk/quarters.js';
import {
  RISK_INDICATOR_NAMES,
  type MaterializationLink,
  type RiskIndicator,
} from '../../../domain/risk/events.js';
import {
  CONTROL_PERIODICITY_LABELS,
  MATERIALIZATION_LINK_KIND_LABELS,
  RISK_METHOD_NOTE,
} from '../../../domain/risk/labels.js';
import { heatMapOf, type RiskDocument } from '../../planning/index.js';
import type { ReportDocument, ReportSection } from '../report-document.js';
import type { ReportPeriod, ReportSources } from '../read-models/report-sources.js';
import { asListing, type ReportInput } from './report-input.js';

const ZONE_IN_FIGURES: Readonly<Record<RiskZone, string>> = {
  EXTREME: 'extrema',
  HIGH: 'alta',
  MODERATE: 'moderada',
  LOW: 'baja',
};

function overlaps(quarter: string, period: ReportPeriod): boolean {
  return quarterStart(quarter) <= period.to && quarterEnd(quarter) >= period.from;
}

function linkText(link: MaterializationLink): string {
  const reference =
    link.kind === 'INDICATOR'
      ? (RISK_INDICATOR_NAMES[link.reference as RiskIndicator] ?? link.reference)
      : link.reference;
  return `${MATERIALIZATION_LINK_KIND_LABELS[link.kind]}: ${reference}`;
}

export async function buildRiskMapReport(
  input: ReportInput,
  sources: ReportSources,
): Promise<ReportDocument> {
  const risks = await sources.risksAsOf(input.asOf);
  const { period } = input;
  const monitorings = risks.flatMap((risk) =>
    risk.monitorings.filter((entry) => overlaps(entry.quarter, period)).map((entry) => ({ risk, entry })),
  );
  const materializations = risks.flatMap((risk) =>
    risk.materializations
      .filter((entry) => entry.occurredOn >= period.from && entry.occurredOn <= period.to)
      .map((entry) => ({ risk, entry })),
  );
  const zoneCount = (zone: RiskZone, of: (risk: RiskDocument) => RiskZone) =>
    risks.filter((risk) => of(risk) === zone).length;
  const sections: ReportSection[] = [
    {
      type: 'text',
      title: 'Método',
      paragraphs: [
        RISK_METHOD_NOTE,
        'El riesgo inherente es la zona del mapa de calor donde se cruzan la probabilidad y el impacto elegidos. El residual aplica los controles en el orden en que se registraron: los preventivos y detectivos restan de la probabilidad, y los correctivos del impacto, su peso (tipo más implementación) sobre lo que dejaron los anteriores.',
      ],
    },
    {
      type: 'figures',
      title: 'Resumen',
      items: [
        { label: 'Riesgos en el mapa', value: risks.length, format: 'integer' },
        ...[...RISK_ZONES].reverse().map((zone) => ({
          label: `Riesgos en zona inherente ${ZONE_IN_FIGURES[zone]}`,
          value: zoneCount(zone, (risk) => risk.inherentZone),
          format: 'integer' as const,
        })),
        ...[...RISK_ZONES].reverse().map((zone) => ({
          label: `Riesgos en zona residual ${ZONE_IN_FIGURES[zone]}`,
          value: zoneCount(zone, (risk) => risk.residualZone),
          format: 'integer' as const,
        })),
        {
          label: 'Controles',
          value: risks.reduce((sum, risk) => sum + risk.controls.length, 0),
          format: 'integer',
        },
        { label: 'Monitoreos de los trimestres del periodo', value: monitorings.length, format: 'integer' },
        { label: 'Materializaciones en el periodo', value: materializations.length, format: 'integer' },
      ],
    },
    {
      type: 'table',
      title: 'Riesgos y su valoración',
      columns: [
        { key: 'risk', header: 'Riesgo', format: 'text' },
        { key: 'cause', header: 'Causa', format: 'text' },
        { key: 'consequence', header: 'Consecuencia', format: 'text' },
        { key: 'probability', header: 'Probabilidad inherente', format: 'text' },
        { key: 'impact', header: 'Impacto inherente', format: 'text' },
        { key: 'inherentZone', header: 'Zona inherente', format: 'text' },
        { key: 'controls', header: 'Controles', format: 'integer' },
        {
          key: 'residualProbabilityPercent',
          header: 'Probabilidad residual (%)',
          format: 'decimal',
          decimals: 1,
        },
        { key: 'residualProbability', header: 'Nivel de probabilidad residual', format: 'text' },
        { key: 'residualImpactPercent', header: 'Impacto residual (%)', format: 'decimal', decimals: 1 },
        { key: 'residualImpact', header: 'Nivel de impacto residual', format: 'text' },
        { key: 'residualZone', header: 'Zona residual', format: 'text' },
        { key: 'lastQuarter', header: 'Último trimestre monitoreado', format: 'text' },
      ],
      rows: risks.map((risk) => ({
        risk: risk.name,
        cause: risk.cause,
        consequence: risk.consequence,
        probability: PROBABILITY_LABELS[risk.inherent.probability],
        impact: IMPACT_LABELS[risk.inherent.impact],
        inherentZone: RISK_ZONE_LABELS[risk.inherentZone],
        controls: risk.controls.length,
        residualProbabilityPercent: risk.residual.probabilityPercent,
        residualProbability: PROBABILITY_LABELS[risk.residual.probability],
        residualImpactPercent: risk.residual.impactPercent,
        residualImpact: IMPACT_LABELS[risk.residual.impact],
        residualZone: RISK_ZONE_LABELS[risk.residualZone],
        lastQuarter: risk.lastMonitoredQuarter === null ? null : quarterLabel(risk.lastMonitoredQuarter),
      })),
    },
    {
      type: 'table',
      title: 'Controles',
      columns: [
        { key: 'risk', header: 'Riesgo', format: 'text' },
        { key: 'control', header: 'Control', format: 'text' },
        { key: 'type', header: 'Tipo', format: 'text' },
        { key: 'implementation', header: 'Implementación', format: 'text' },
        { key: 'weight', header: 'Peso (%)', format: 'integer' },
        { key: 'documentation', header: 'Documentación', format: 'text' },
        { key: 'frequency', header: 'Frecuencia', format: 'text' },
        { key: 'evidence', header: 'Evidencia', format: 'text' },
        { key: 'periodicity', header: 'Periodicidad', format: 'text' },
        { key: 'record', header: 'Registro que deja', format: 'text' },
        { key: 'residualZone', header: 'Zona residual tras el control', format: 'text' },
      ],
      rows: risks.flatMap((risk) =>
        risk.controls.map((control) => ({
          risk: risk.name,
          control: control.description,
          type: CONTROL_TYPE_LABELS[control.type],
          implementation: CONTROL_IMPLEMENTATION_LABELS[control.implementation],
          weight: control.weight,
          documentation: CONTROL_DOCUMENTATION_LABELS[control.documentation],
          frequency: CONTROL_FREQUENCY_LABELS[control.frequency],
          evidence: CONTROL_EVIDENCE_LABELS[control.evidence],
          periodicity: CONTROL_PERIODICITY_LABELS[control.periodicity],
          record: control.evidenceDescription,
          residualZone: RISK_ZONE_LABELS[control.residualAfter.zone],
        })),
      ),
    },
    asListing(
      {
        type: 'table',
        title: 'Monitoreo de los trimestres del periodo',
        columns: [
          { key: 'risk', header: 'Riesgo', format: 'text' },
          { key: 'quarter', header: 'Trimestre', format: 'text' },
          { key: 'controlsEffective', header: 'Controles efectivos', format: 'boolean' },
          { key: 'residualZone', header: 'Zona residual', format: 'text' },
          { key: 'materializations', header: 'Materializaciones', format: 'integer' },
          { key: 'observations', header: 'Observaciones', format: 'text' },
          { key: 'evidence', header: 'Evidencia', format: 'text' },
          { key: 'monitoredOn', header: 'Fecha', format: 'date' },
        ],
        rows: monitorings.map(({ risk, entry }) => ({
          risk: risk.name,
          quarter: quarterLabel(entry.quarter),
          controlsEffective: entry.controlsEffective,
          residualZone: RISK_ZONE_LABELS[entry.residual.zone],
          materializations: entry.materializations,
          observations: entry.observations,
          evidence: entry.evidence,
          monitoredOn: entry.monitoredOn,
        })),
      },
      input.layout,
    ),
    asListing(
      {
        type: 'table',
        title: 'Materializaciones en el periodo',
        columns: [
          { key: 'risk', header: 'Riesgo', format: 'text' },
          { key: 'occurredOn', header: 'Fecha', format: 'date' },
          { key: 'description', header: 'Descripción', format: 'text' },
          { key: 'links', header: 'La muestran', format: 'text' },
        ],
        rows: materializations.map(({ risk, entry }) => ({
          risk: risk.name,
          occurredOn: entry.occurredOn,
          description: entry.description,
          links: entry.links.map(linkText).join('; '),
        })),
      },
      input.layout,
    ),
    {
      type: 'table',
      title: 'Mapa de calor residual',
      columns: [
        { key: 'probability', header: 'Probabilidad \\ Impacto', format: 'text' },
        ...IMPACT_LEVELS.map((impact) => ({
          key: impact,
          header: IMPACT_LABELS[impact],
          format: 'text' as const,
        })),
      ],
      rows: rowsOfHeatMap(risks),
      note: 'Cada celda dice su zona de severidad y cuántos riesgos caen en ella con su calificación residual.',
    },
  ];
  return {
    kind: 'RISK_MAP',
    title: 'Mapa de riesgos del proceso',
    legalBasis:
      'Guía para la Gestión Integral del Riesgo en Entidades Públicas, versión 7 (Función Pública, 2025); MIPG, 7.ª dimensión (control interno)',
    entityName: input.entityName,
    officeName: input.officeName,
    period,
    asOf: input.asOf,
    sections,
  };
}

function rowsOfHeatMap(risks: readonly RiskDocument[]): Record<string, string>[] {
  const cells = heatMapOf(risks, 'RESIDUAL');
  const rows: Record<string, string>[] = [];
  for (let row = 0; row < 5; row++) {
    const inRow = cells.slice(row * 5, row * 5 + 5);
    const record: Record<string, string> = { probability: PROBABILITY_LABELS[inRow[0]!.probability] };
    for (const cell of inRow) record[cell.impact] = `${RISK_ZONE_LABELS[cell.zone]}: ${cell.count}`;
    rows.push(record);
  }
  return rows;
}
