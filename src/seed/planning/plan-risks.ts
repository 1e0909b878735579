// Plans the year's risk map: in the year's second week the quality lead registers five risks of the process
// (inherent rating by the Función Pública guide) and adds their controls over the next office days; after
// each quarter ends (a week into the next one) the quality lead monitors every risk for it; and two
// materialisations are recorded — a claim answered late (with the indicator that shows it) and a risk
// shown by an improvement action formulated earlier in the year. Dates are plain arithmetic on the first
// day of the year and the year's own cases and actions; only the hours are drawn.
import type {
  ImpactLevel,
  ProbabilityLevel,
  RiskControlAttributes,
} from '../../domain/planning/risk-rating.js';
import type { ControlPeriodicity, RiskCommand } from '../../domain/risk/index.js';
import { quarterEnd, quarterOf } from '../../domain/risk/quarters.js';
import { addCalendarDays, bogotaDateOf, type Instant } from '../../domain/shared/time.js';
import type { PlannedStep, PlanningSeedIds, StaffKey } from '../demo-plan.js';
import { COORDINATOR, QUALITY_LEAD } from '../demo-staff.js';
import type { PlanningPlanContext } from '../plan-planning.js';

interface PlannedControl {
  readonly description: string;
  readonly owner: StaffKey;
  readonly attributes: RiskControlAttributes;
  readonly periodicity: ControlPeriodicity;
  readonly evidenceDescription: string;
}

interface PlannedRisk {
  readonly name: string;
  readonly cause: string;
  readonly consequence: string;
  readonly probability: ProbabilityLevel;
  readonly impact: ImpactLevel;
  readonly controls: readonly PlannedControl[];
}

const documented = (
  type: RiskControlAttributes['type'],
  implementation: RiskControlAttributes['implementation'],
): RiskControlAttributes => ({
  type,
  implementation,
  documentation: 'DOCUMENTED',
  frequency: 'CONTINUOUS',
  evidence: 'RECORDED',
});

const RISKS: readonly PlannedRisk[] = [
  {
    name: 'Respuesta de PQRS por fuera de los términos de ley',
    cause:
      'Volumen de casos superior a la capacidad del equipo en temporadas de subsidios y consultas a otras dependencias sin término interno.',
    consequence:
      'Investigaciones disciplinarias, acciones de tutela y pérdida de confianza de los afiliados.',
    probability: 'MEDIUM',
    impact: 'MAJOR',
    controls: [
      {
        description:
          'Revisión semanal del semáforo de vencimientos de la Bandeja y reasignación de los casos por vencer.',
        owner: COORDINATOR,
        attributes: documented('PREVENTIVE', 'MANUAL'),
        periodicity: 'WEEKLY',
        evidenceDescription: 'Acta semanal de seguimiento a la Bandeja.',
      },
      {
        description: 'Resumen diario automático de casos por vencer y vencidos enviado a cada funcionario.',
        owner: COORDINATOR,
        attributes: documented('DETECTIVE', 'AUTOMATIC'),
        periodicity: 'DAILY',
        evidenceDescription: 'Registro de envío del resumen diario.',
      },
    ],
  },
  {
    name: 'Pérdida o extravío de documentos radicados',
    cause: 'Documentos físicos recibidos sin digitalizar y traslados entre sedes sin planilla.',
    consequence: 'Respuestas incompletas, reprocesos y reclamaciones de los peticionarios.',
    probability: 'LOW',
    impact: 'MAJOR',
    controls: [
      {
        description: 'Digitalización de cada documento al radicar, con su huella SHA-256.',
        owner: 'radicador1',
        attributes: documented('PREVENTIVE', 'AUTOMATIC'),
        periodicity: 'EACH_TIME',
        evidenceDescription: 'Adjunto del caso con su huella.',
      },
      {
        description: 'Restauración del documento desde la copia de respaldo y aviso al peticionario.',
        owner: COORDINATOR,
        attributes: documented('CORRECTIVE', 'MANUAL'),
        periodicity: 'EACH_TIME',
        evidenceDescription: 'Registro de restauración en la bitácora de casos.',
      },
    ],
  },
  {
    name: 'Divulgación no autorizada de datos personales de los peticionarios',
    cause: 'Consultas de casos ajenos y envío de respuestas a direcciones de correo equivocadas.',
    consequence:
      'Sanciones de la Superintendencia de Industria y Comercio (Ley 1581 de 2012) y daño reputacional.',
    probability: 'LOW',
    impact: 'CATASTROPHIC',
    controls: [
      {
        description:
          'Enmascaramiento de los datos personales por rol y registro de cada revelación con su motivo.',
        owner: QUALITY_LEAD,
        attributes: documented('PREVENTIVE', 'AUTOMATIC'),
        periodicity: 'EACH_TIME',
        evidenceDescription: 'Registro de accesos a datos personales.',
      },
      {
        description: 'Revisión mensual del registro de accesos a datos personales.',
        owner: QUALITY_LEAD,
        attributes: documented('DETECTIVE', 'MANUAL'),
        periodicity: 'MONTHLY',
        evidenceDescription: 'Informe mensual de revisión de accesos.',
      },
    ],
  },
  {
    name: 'Información errada o trato inadecuado en la atención al ciudadano',
    cause: 'Rotación del personal de ventanilla y cambios normativos no socializados.',
    consequence: 'Quejas, segundas solicitudes sobre el mismo asunto y baja satisfacción.',
    probability: 'MEDIUM',
    impact: 'MODERATE',
    controls: [
      {
        description: 'Capacitación en el protocolo de servicio y en los cambios normativos del semestre.',
        owner: QUALITY_LEAD,
        attributes: documented('PREVENTIVE', 'MANUAL'),
        periodicity: 'SEMIANNUAL',
        evidenceDescription: 'Listas de asistencia y evaluación de la capacitación.',
      },
    ],
  },
  {
    name: 'Alteración de la fecha de radicación para ocultar vencimientos',
    cause: 'Presión por los indicadores de oportunidad y registros editables.',
    consequence: 'Hallazgos de la Contraloría, investigaciones disciplinarias y penales.',
    probability: 'VERY_LOW',
    impact: 'CATASTROPHIC',
    controls: [
      {
        description: 'Registro de eventos encadenado y firmado; la verificación detecta cualquier cambio.',
        owner: QUALITY_LEAD,
        attributes: documented('DETECTIVE', 'AUTOMATIC'),
        periodicity: 'DAILY',
        evidenceDescription: 'Resultado de la verificación del registro (audit:verify).',
      },
    ],
  },
];

const RISK_WITH_LATE_ANSWERS = 0;
const RISK_SHOWN_BY_AN_ACTION = 3;

const riskKey = (index: number) => `risk:${index}`;

function riskStep(
  at: Instant,
  actor: StaffKey,
  riskIndex: number,
  build: (ids: PlanningSeedIds) => RiskCommand,
): PlannedStep {
  const key = riskKey(riskIndex);
  return {
    at,
    actor,
    subject: key,
    command: {
      type: 'RunPlanningCommand',
      aggregate: 'RISK',
      build: (ids) => ({ id: ids.planningId(key), command: build(ids) }),
    },
  };
}

export function planRisks(context: PlanningPlanContext): PlannedStep[] {
  const { days, from, until } = context;
  const random = context.random('risks');
  const steps: PlannedStep[] = [];
  const registeredOn = days.onOrAfter(addCalendarDays(from, 7));
  if (registeredOn > until) return steps;

  RISKS.forEach((risk, index) => {
    const key = riskKey(index);
    steps.push(
      riskStep(days.instant(registeredOn, random), QUALITY_LEAD, index, (ids) => ({
        type: 'RegisterRisk',
        data: {
          riskId: ids.planningId(key),
          name: risk.name,
          cause: risk.cause,
          consequence: risk.consequence,
          probability: risk.probability,
          impact: risk.impact,
        },
      })),
    );
    risk.controls.forEach((control, controlIndex) => {
      const day = days.after(registeredOn, controlIndex + 1);
      if (day > until) return;
      steps.push(
        riskStep(days.instant(day, random), QUALITY_LEAD, index, (ids) => ({
          type: 'AddRiskControl',
          data: {
            controlId: ids.planningId(`${key}/control:${controlIndex}`),
            description: control.description,
            responsibleId: ids.staffId(control.owner),
            attributes: control.attributes,
            periodicity: control.periodicity,
            evidenceDescription: control.evidenceDescription,
          },
        })),
      );
    });
  });

  // The materialisations, each recorded on an office day before the monitoring of its quarter.
  const materializedQuarters = new Map<number, string>();
  const late = context.cases.find(
    (planned) =>
      planned.answeredOnTime === false &&
      planned.answeredOn !== null &&
      planned.answeredOn > days.after(registeredOn, 3) &&
      days.after(planned.answeredOn, 2) <= until,
  );
  if (late && late.answeredOn !== null) {
    const occurredOn = late.answeredOn;
    materializedQuarters.set(RISK_WITH_LATE_ANSWERS, quarterOf(occurredOn));
    steps.push(
      riskStep(
        days.instant(days.after(occurredOn, 2), random),
        COORDINATOR,
        RISK_WITH_LATE_ANSWERS,
        (ids) => ({
          type: 'RecordRiskMaterialization',
          data: {
            materializationId: ids.planningId(`${riskKey(RISK_WITH_LATE_ANSWERS)}/materialization:0`),
            occurredOn,
            description:
              'Un reclamo se respondió después del vencimiento del término mientras esperaba la consulta a otra dependencia.',
            links: [
              { kind: 'PQRS', reference: ids.radicado(late.index) },
              { kind: 'INDICATOR', reference: 'PQRS_ANSWERED_LATE' },
            ],
          },
        }),
      ),
    );
  }
  const formulation = context.caseAndActionSteps.find(
    (step) =>
      step.command.type === 'FormulateImprovementAction' &&
      bogotaDateOf(step.at) > days.after(registeredOn, 3) &&
      days.after(bogotaDateOf(step.at), 3) <= until,
  );
  if (formulation && formulation.command.type === 'FormulateImprovementAction') {
    const actionIndex = formulation.command.actionIndex;
    const occurredOn = days.after(bogotaDateOf(formulation.at), 1);
    materializedQuarters.set(RISK_SHOWN_BY_AN_ACTION, quarterOf(occurredOn));
    steps.push(
      riskStep(
        days.instant(days.after(occurredOn, 2), random),
        QUALITY_LEAD,
        RISK_SHOWN_BY_AN_ACTION,
        (ids) => ({
          type: 'RecordRiskMaterialization',
          data: {
            materializationId: ids.planningId(`${riskKey(RISK_SHOWN_BY_AN_ACTION)}/materialization:0`),
            occurredOn,
            description:
              'Se entregó a un afiliado información desactualizada sobre los requisitos de un subsidio.',
            links: [{ kind: 'IMPROVEMENT_ACTION', reference: ids.improvementAction(actionIndex) }],
          },
        }),
      ),
    );
  }

  // Each quarter that ends in the year, monitored a week into the next one.
  const quarters: string[] = [];
  for (
    let quarter = quarterOf(registeredOn);
    ;
    quarter = quarterOf(addCalendarDays(quarterEnd(quarter), 1))
  ) {
    if (days.calendarDaysAfter(quarterEnd(quarter), 7) > until) break;
    quarters.push(quarter);
  }
  for (const quarter of quarters) {
    const monitoredOn = days.calendarDaysAfter(quarterEnd(quarter), 7);
    RISKS.forEach((_risk, index) => {
      const materialized = materializedQuarters.get(index) === quarter;
      steps.push(
        riskStep(days.instant(monitoredOn, random), QUALITY_LEAD, index, () => ({
          type: 'RecordRiskMonitoring',
          data: {
            quarter,
            controlsEffective: !materialized,
            observations: materialized
              ? 'El riesgo se materializó en el trimestre: los controles no bastaron; se revisa su diseño.'
              : 'Los controles se ejecutaron según lo previsto y el riesgo no se materializó.',
            evidence: 'Registros de los controles del trimestre revisados por la líder de calidad.',
          },
        })),
      );
    });
  }
  return steps;
}
