// Informe de gestión del proceso: the indicator matrix of the Atención al Cliente process for the period
// (name, formula, target, value, status), as the figures stood at the as-of instant. The targets are the
// office's (configuration), and travel with the issued report, so it regenerates with the targets it had.
import { bogotaDateOf } from '../../../domain/shared/time.js';
import type { ReportDocument } from '../report-document.js';
import type { ReportSources } from '../read-models/report-sources.js';
import { isFavourable } from '../../../domain/survey/index.js';
import { tallyCases } from './pqrs-report.js';
import { averageOf, shareOf, type ReportInput } from './report-input.js';

export const MANAGEMENT_INDICATOR_CODES = [
  'PQRS_TIMELINESS',
  'PQRS_AVERAGE_RESPONSE_DAYS',
  'PQRS_ATTENDED',
  'PQRS_OVERDUE',
  'SATISFACTION_INDEX',
  'ACTION_EFFECTIVENESS',
  'ACTIONS_OVERDUE',
  'AFFILIATION_DECISION_DAYS',
] as const;
export type ManagementIndicatorCode = (typeof MANAGEMENT_INDICATOR_CODES)[number];

/** The target of each indicator: a share 0..1, a number of business days or a count, per its unit. */
export type IndicatorTargets = Readonly<Record<ManagementIndicatorCode, number>>;

interface IndicatorDefinition {
  readonly name: string;
  readonly formula: string;
  /** days: business days (PQRS terms); calendarDays: affiliations count calendar days to decision. */
  readonly unit: 'percent' | 'days' | 'calendarDays' | 'count';
  /** Whether meeting the target means reaching at least it or staying at most at it. */
  readonly meets: 'atLeast' | 'atMost';
}

const INDICATORS: Readonly<Record<ManagementIndicatorCode, IndicatorDefinition>> = {
  PQRS_TIMELINESS: {
    name: 'Oportunidad en la respuesta de PQRS',
    formula: 'PQRS respondidas a tiempo / PQRS respondidas × 100',
    unit: 'percent',
    meets: 'atLeast',
  },
  PQRS_AVERAGE_RESPONSE_DAYS: {
    name: 'Tiempo promedio de respuesta de PQRS',
    formula: 'Σ días hábiles de respuesta / PQRS respondidas',
    unit: 'days',
    meets: 'atMost',
  },
  PQRS_ATTENDED: {
    name: 'PQRS atendidas',
    formula: '(respondidas + trasladadas + desistidas) / PQRS recibidas × 100',
    unit: 'percent',
    meets: 'atLeast',
  },
  PQRS_OVERDUE: {
    name: 'PQRS vencidas sin respuesta al corte',
    formula: 'Número de PQRS del periodo abiertas con la fecha de vencimiento cumplida',
    unit: 'count',
    meets: 'atMost',
  },
  SATISFACTION_INDEX: {
    name: 'Índice de satisfacción del cliente',
    formula: 'Respuestas favorables / respuestas medidas × 100 (todas las encuestas del periodo)',
    unit: 'percent',
    meets: 'atLeast',
  },
  ACTION_EFFECTIVENESS: {
    name: 'Eficacia de las acciones de mejora',
    formula: 'Acciones cerradas eficaces / acciones cerradas en el periodo × 100',
    unit: 'percent',
    meets: 'atLeast',
  },
  ACTIONS_OVERDUE: {
    name: 'Acciones de mejora vencidas al corte',
    formula: 'Número de acciones abiertas con la fecha límite cumplida',
    unit: 'count',
    meets: 'atMost',
  },
  AFFILIATION_DECISION_DAYS: {
    name: 'Tiempo promedio de decisión de afiliaciones',
    formula: 'Σ días calendario hasta la decisión / solicitudes de afiliación decididas',
    unit: 'calendarDays',
    meets: 'atMost',
  },
};

/** PQRS_TIMELINESS where the office measures it on the notification date (VENTANILLA_TIMELINESS_ON). */
const TIMELINESS_ON_NOTIFICATION: IndicatorDefinition = {
  ...INDICATORS.PQRS_TIMELINESS,
  formula:
    'PQRS notificadas a tiempo / PQRS respondidas con la oportunidad definida × 100 (sobre la fecha de notificación: VENTANILLA_TIMELINESS_ON=NOTIFIED)',
};

export const DEFAULT_INDICATOR_TARGETS: IndicatorTargets = {
  PQRS_TIMELINESS: 0.95,
  PQRS_AVERAGE_RESPONSE_DAYS: 10,
  PQRS_ATTENDED: 0.9,
  PQRS_OVERDUE: 0,
  SATISFACTION_INDEX: 0.85,
  ACTION_EFFECTIVENESS: 0.8,
  ACTIONS_OVERDUE: 0,
  AFFILIATION_DECISION_DAYS: 15,
};

export type IndicatorStatus = 'Cumple' | 'No cumple' | 'Sin datos';

export function statusOf(
  code: ManagementIndicatorCode,
  value: number | null,
  target: number,
): IndicatorStatus {
  if (value === null) return 'Sin datos';
  const met = INDICATORS[code].meets === 'atLeast' ? value >= target : value <= target;
  return met ? 'Cumple' : 'No cumple';
}

export async function buildManagementReport(
  input: ReportInput,
  sources: ReportSources,
  targets: IndicatorTargets,
): Promise<ReportDocument> {
  const { period, asOf } = input;
  const asOfDay = bogotaDateOf(asOf);
  const [cases, actions, affiliations, responses] = await Promise.all([
    sources.casesReceivedIn(period, asOf),
    sources.actionsAsOf(asOf),
    sources.affiliationsReceivedIn(period, asOf),
    sources.responsesAnsweredIn(period, asOf),
  ]);
  const tally = tallyCases(cases, asOfDay, input.timelinessOn);
  const judged = responses
    .flatMap((response) => response.answers)
    .map(isFavourable)
    .filter((favourable): favourable is boolean => favourable !== null);
  const closedInPeriod = actions.filter(
    (action) => action.closedOn !== null && action.closedOn >= period.from && action.closedOn <= period.to,
  );
  const decided = affiliations.filter((affiliation) => affiliation.daysToDecision !== null);
  const values: Readonly<Record<ManagementIndicatorCode, number | null>> = {
    PQRS_TIMELINESS: tally.onTimeRate,
    PQRS_AVERAGE_RESPONSE_DAYS: tally.averageBusinessDays,
    PQRS_ATTENDED: shareOf(tally.answered + tally.transferred + tally.withdrawn, tally.received),
    PQRS_OVERDUE: tally.overdue,
    SATISFACTION_INDEX: shareOf(judged.filter(Boolean).length, judged.length),
    ACTION_EFFECTIVENESS: shareOf(
      closedInPeriod.filter((action) => action.status === 'CLOSED_EFFECTIVE').length,
      closedInPeriod.length,
    ),
    ACTIONS_OVERDUE: actions.filter((action) => action.status === 'OPEN' && action.dueDate < asOfDay).length,
    AFFILIATION_DECISION_DAYS: averageOf(decided.map((affiliation) => affiliation.daysToDecision ?? 0)),
  };
  return {
    kind: 'MANAGEMENT',
    title: 'Informe de gestión del proceso de Atención al Cliente',
    legalBasis: 'NTC ISO 9001:2015, numeral 9.1; Modelo Estándar de Control Interno (MECI)',
    entityName: input.entityName,
    officeName: input.officeName,
    period,
    asOf,
    sections: [
      {
        type: 'table',
        title: 'Matriz de indicadores',
        columns: [
          { key: 'name', header: 'Indicador', format: 'text' },
          { key: 'formula', header: 'Fórmula', format: 'text' },
          { key: 'target', header: 'Meta', format: 'text' },
          { key: 'value', header: 'Resultado', format: 'text' },
          { key: 'status', header: 'Estado', format: 'text' },
        ],
        rows: MANAGEMENT_INDICATOR_CODES.map((code) => {
          const definition =
            code === 'PQRS_TIMELINESS' && input.timelinessOn === 'NOTIFIED'
              ? TIMELINESS_ON_NOTIFICATION
              : INDICATORS[code];
          return {
            name: definition.name,
            formula: definition.formula,
            target: `${definition.meets === 'atLeast' ? '≥' : '≤'} ${printed(definition.unit, targets[code])}`,
            value: values[code] === null ? null : printed(definition.unit, values[code]),
            status: statusOf(code, values[code], targets[code]),
          };
        }),
        note: 'PQRS: las recibidas en el periodo, con su estado al corte. Acciones de mejora: las cerradas en el periodo y las abiertas vencidas al corte. Afiliaciones: las solicitudes recibidas en el periodo y decididas al corte.',
      },
    ],
  };
}

/** Values of different units share the matrix's columns, so they are printed here, in es-CO. */
function printed(unit: IndicatorDefinition['unit'], value: number): string {
  const number = (digits: number, scaled: number) =>
    new Intl.NumberFormat('es-CO', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
      scaled,
    );
  switch (unit) {
    case 'percent':
      return `${number(1, value * 100)} %`;
    case 'days':
      return `${number(1, value)} días hábiles`;
    case 'calendarDays':
      return `${number(1, value)} días calendario`;
    case 'count':
      return number(0, value);
  }
}
