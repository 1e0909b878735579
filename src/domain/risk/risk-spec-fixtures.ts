// Builders shared by the risk specs: actors, a fixed Bogotá clock, fresh ids and past events.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import type {
  AddRiskControl,
  RecordRiskMaterialization,
  RecordRiskMonitoring,
  RegisterRisk,
  RiskCommand,
} from './commands.js';
import { riskDecider } from './decide.js';
import type {
  RiskControlAdded,
  RiskEvent,
  RiskMaterialized,
  RiskMonitored,
  RiskRegistered,
} from './events.js';
import type { RiskState } from './state.js';

const calendar = createBusinessCalendar();

export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
export const agent: Actor = { id: 'user-agent', role: 'AGENT' };
export const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };

export function at(date: CalendarDate, time = '10:00'): Instant {
  return canonicalInstant(`${date}T${time}:00-05:00`);
}

export function on(date: CalendarDate, actor: Actor = coordinator, time = '10:00'): DecisionContext {
  return { now: at(date, time), actor, calendar };
}

let lastId = 0;
export function freshId(): string {
  lastId += 1;
  return `00000000-0000-4000-9000-${String(lastId).padStart(12, '0')}`;
}

export const given = deciderSpecification<RiskCommand, RiskEvent, RiskState>(riskDecider);

/** Registering, on Monday 2 February 2026, a risk of answering late: probability Media, impact Mayor. */
export function register(riskId: string, overrides: Partial<RegisterRisk['data']> = {}): RegisterRisk {
  return {
    type: 'RegisterRisk',
    data: {
      riskId,
      name: 'Respuesta de PQRS fuera de término',
      cause: 'Volumen de casos superior a la capacidad del equipo.',
      consequence: 'Sanciones disciplinarias y pérdida de confianza de los afiliados.',
      probability: 'MEDIUM',
      impact: 'MAJOR',
      textOwnerId: 'owner-of-risk-texts',
      ...overrides,
    },
  };
}

export function registered(riskId: string, overrides: Partial<RiskRegistered['data']> = {}): RiskRegistered {
  return {
    type: 'RiskRegistered',
    data: {
      riskId,
      name: 'Respuesta de PQRS fuera de término',
      cause: 'Volumen de casos superior a la capacidad del equipo.',
      consequence: 'Sanciones disciplinarias y pérdida de confianza de los afiliados.',
      method: 'DAFP_V7_2025',
      inherent: {
        probability: 'MEDIUM',
        probabilityPercent: 60,
        impact: 'MAJOR',
        impactPercent: 80,
        zone: 'HIGH',
      },
      registeredAt: at('2026-02-02'),
      registeredOn: '2026-02-02',
      textOwnerId: 'owner-of-risk-texts',
      ...overrides,
    },
  };
}

/** A preventive automatic control (50 points off the probability). */
export function addControl(
  controlId: string,
  overrides: Partial<AddRiskControl['data']> = {},
): AddRiskControl {
  return {
    type: 'AddRiskControl',
    data: {
      controlId,
      description: 'Alerta diaria de casos por vencer en la bandeja.',
      responsibleId: coordinator.id,
      attributes: {
        type: 'PREVENTIVE',
        implementation: 'AUTOMATIC',
        documentation: 'DOCUMENTED',
        frequency: 'CONTINUOUS',
        evidence: 'RECORDED',
      },
      periodicity: 'DAILY',
      evidenceDescription: 'Resumen diario enviado por correo.',
      ...overrides,
    },
  };
}

export function controlAdded(
  controlId: string,
  overrides: Partial<RiskControlAdded['data']> = {},
): RiskControlAdded {
  return {
    type: 'RiskControlAdded',
    data: {
      controlId,
      description: 'Alerta diaria de casos por vencer en la bandeja.',
      responsibleId: coordinator.id,
      type: 'PREVENTIVE',
      implementation: 'AUTOMATIC',
      documentation: 'DOCUMENTED',
      frequency: 'CONTINUOUS',
      evidence: 'RECORDED',
      periodicity: 'DAILY',
      evidenceDescription: 'Resumen diario enviado por correo.',
      axis: 'PROBABILITY',
      weight: 50,
      // 60 % − 60 % × 50 % = 30 %: Baja; impact stays Mayor: Alto.
      residual: {
        probability: 'LOW',
        probabilityPercent: 30,
        impact: 'MAJOR',
        impactPercent: 80,
        zone: 'HIGH',
      },
      addedAt: at('2026-02-03'),
      addedOn: '2026-02-03',
      ...overrides,
    },
  };
}

export function monitor(
  quarter: string,
  overrides: Partial<RecordRiskMonitoring['data']> = {},
): RecordRiskMonitoring {
  return {
    type: 'RecordRiskMonitoring',
    data: {
      quarter,
      controlsEffective: true,
      observations: 'La alerta diaria funcionó todo el trimestre.',
      evidence: 'Informe trimestral de oportunidad.',
      ...overrides,
    },
  };
}

export function monitored(quarter: string, overrides: Partial<RiskMonitored['data']> = {}): RiskMonitored {
  return {
    type: 'RiskMonitored',
    data: {
      quarter,
      controlsEffective: true,
      observations: 'La alerta diaria funcionó todo el trimestre.',
      evidence: 'Informe trimestral de oportunidad.',
      residual: {
        probability: 'LOW',
        probabilityPercent: 30,
        impact: 'MAJOR',
        impactPercent: 80,
        zone: 'HIGH',
      },
      materializations: 0,
      monitoredAt: at('2026-04-06'),
      monitoredOn: '2026-04-06',
      ...overrides,
    },
  };
}

export function materialize(
  materializationId: string,
  overrides: Partial<RecordRiskMaterialization['data']> = {},
): RecordRiskMaterialization {
  return {
    type: 'RecordRiskMaterialization',
    data: {
      materializationId,
      occurredOn: '2026-03-10',
      description: 'Tres reclamos respondidos después del vencimiento.',
      links: [
        { kind: 'PQRS', reference: 'PQRS-2026-000042' },
        { kind: 'INDICATOR', reference: 'PQRS_ANSWERED_LATE' },
      ],
      ...overrides,
    },
  };
}

export function materialized(
  materializationId: string,
  overrides: Partial<RiskMaterialized['data']> = {},
): RiskMaterialized {
  return {
    type: 'RiskMaterialized',
    data: {
      materializationId,
      occurredOn: '2026-03-10',
      quarter: '2026-T1',
      description: 'Tres reclamos respondidos después del vencimiento.',
      links: [
        { kind: 'PQRS', reference: 'PQRS-2026-000042' },
        { kind: 'INDICATOR', reference: 'PQRS_ANSWERED_LATE' },
      ],
      recordedOn: '2026-03-12',
      ...overrides,
    },
  };
}
