// Informe de ejecución del plan de acción: for each plan year the period touches, the execution weighted
// by activity (Σ weight × approved progress / 100) at the close of each quarter in the period, and each
// activity's approved progress and share at the period's close — from the plan as recorded up to the
// as-of instant, counting only the progress approved by each cut.
import { lastDayOfQuarter, quarterOf } from '../../../domain/action-plan/index.js';
import { ACTIVITY_STATUS_LABELS } from '../../../domain/action-plan/labels.js';
import { bogotaDateOf, spanishDate, type CalendarDate } from '../../../domain/shared/time.js';
import { planExecutionOn, type ActionPlanDocument } from '../../planning/index.js';
import type { ReportDocument, ReportSection } from '../report-document.js';
import type { ReportSources } from '../read-models/report-sources.js';
import { asListing, type ReportInput } from './report-input.js';

export async function buildActionPlanExecutionReport(
  input: ReportInput,
  sources: ReportSources,
): Promise<ReportDocument> {
  const { from, to } = input.period;
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) years.push(year);
  const plans = await sources.actionPlansAsOf(years, input.asOf);
  // Figures are for a day: none can be later than the day of the cut.
  const lastDay = minDate(to, bogotaDateOf(input.asOf));
  const sections = years.flatMap((year): ReportSection[] => {
    const plan = plans.find((each) => each.year === year);
    if (plan === undefined) {
      return [
        {
          type: 'text',
          title: `Plan de acción ${year}`,
          paragraphs: [`No se había creado el plan de acción ${year} a la fecha de corte.`],
        },
      ];
    }
    return planSections(plan, maxDate(from, `${year}-01-01`), minDate(lastDay, `${year}-12-31`), input);
  });
  return {
    kind: 'ACTION_PLAN_EXECUTION',
    title: 'Informe de ejecución del plan de acción',
    legalBasis: 'Ley 1474 de 2011, artículo 74; Decreto 612 de 2018 (plan de acción anual)',
    entityName: input.entityName,
    officeName: input.officeName,
    period: input.period,
    asOf: input.asOf,
    sections: [
      {
        type: 'text',
        title: 'Cómo se calcula la ejecución',
        paragraphs: [
          'Cada actividad tiene un peso, porcentaje del plan. La ejecución del plan es la suma de peso × avance acumulado aprobado / 100, en puntos del plan; un plan cuyos pesos no suman 100 % no puede llegar al 100 %.',
          'Solo cuentan los reportes de avance aprobados hasta cada corte (el último día del trimestre, o el fin del periodo si es anterior). Una actividad está vencida si su fecha de fin es anterior al corte y su avance aprobado es menor que 100 %.',
        ],
      },
      ...sections,
    ],
  };
}

function planSections(
  plan: ActionPlanDocument,
  from: CalendarDate,
  to: CalendarDate,
  input: ReportInput,
): ReportSection[] {
  if (to < from) {
    return [
      {
        type: 'text',
        title: `Plan de acción ${plan.year}: ${plan.title}`,
        paragraphs: ['El periodo no tiene días de este plan hasta la fecha de corte.'],
      },
    ];
  }
  const close = planExecutionOn(plan, to);
  const goals = new Map(plan.goals.map((goal) => [goal.goalId, goal.description]));
  const cuts: { quarter: number; cut: CalendarDate }[] = [];
  for (let quarter = quarterOf(from); quarter <= quarterOf(to); quarter++) {
    cuts.push({ quarter, cut: minDate(lastDayOfQuarter(plan.year, quarter as 1 | 2 | 3 | 4), to) });
  }
  const name = `Plan de acción ${plan.year}`;
  return [
    {
      type: 'figures',
      title: `${name}: ${plan.title}`,
      items: [
        { label: 'Corte de las cifras', value: to, format: 'date' },
        { label: 'Ejecución del plan (%)', value: close.executionPercent, format: 'decimal', decimals: 2 },
        {
          label: 'Suma de los pesos asignados (%)',
          value: close.weightTotal,
          format: 'decimal',
          decimals: 2,
        },
        { label: 'Pesos balanceados (suman 100 %)', value: close.weightsBalanced, format: 'boolean' },
        { label: 'Actividades', value: close.activities.length, format: 'integer' },
        { label: 'Actividades vencidas', value: close.overdueActivities.length, format: 'integer' },
      ],
    },
    {
      type: 'table',
      title: `${name}: ejecución por trimestre`,
      columns: [
        { key: 'quarter', header: 'Trimestre', format: 'text' },
        { key: 'cut', header: 'Corte', format: 'date' },
        { key: 'execution', header: 'Ejecución (%)', format: 'decimal', decimals: 2 },
        { key: 'completed', header: 'Actividades cumplidas', format: 'integer' },
        { key: 'overdue', header: 'Actividades vencidas', format: 'integer' },
      ],
      rows: cuts.map(({ quarter, cut }) => {
        const figures = planExecutionOn(plan, cut);
        return {
          quarter: `T${quarter} ${plan.year}`,
          cut,
          execution: figures.executionPercent,
          completed: figures.activities.filter((activity) => activity.progress >= 100).length,
          overdue: figures.overdueActivities.length,
        };
      }),
    },
    asListing(
      {
        type: 'table',
        title: `${name}: ejecución por actividad al ${spanishDate(to)}`,
        columns: [
          { key: 'goal', header: 'Meta', format: 'text' },
          { key: 'activity', header: 'Actividad', format: 'text' },
          { key: 'indicator', header: 'Indicador', format: 'text' },
          { key: 'target', header: 'Meta del indicador', format: 'text' },
          { key: 'startDate', header: 'Inicio', format: 'date' },
          { key: 'endDate', header: 'Fin', format: 'date' },
          { key: 'weight', header: 'Peso (%)', format: 'decimal', decimals: 2 },
          { key: 'progress', header: 'Avance aprobado (%)', format: 'integer' },
          { key: 'weighted', header: 'Aporte a la ejecución (puntos)', format: 'decimal', decimals: 2 },
          { key: 'status', header: 'Estado', format: 'text' },
        ],
        rows: close.activities.map((activity) => ({
          goal: goals.get(activity.goalId) ?? '',
          activity: activity.description,
          indicator: activity.indicator,
          target: activity.target,
          startDate: activity.startDate,
          endDate: activity.endDate,
          weight: activity.weight,
          progress: activity.progress,
          weighted: activity.weightedExecution,
          status: ACTIVITY_STATUS_LABELS[activity.status],
        })),
        note: 'Aporte a la ejecución = peso × avance aprobado / 100; la suma de la columna es la ejecución del plan.',
      },
      input.layout,
    ),
  ];
}

function minDate(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left < right ? left : right;
}

function maxDate(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left > right ? left : right;
}
