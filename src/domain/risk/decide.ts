// Every rule of a risk on the risk map: a command and the risk as it stands give the new events or a
// named refusal. The ratings are the Función Pública method's (../planning/risk-rating.ts).
import {
  CONTROL_DOCUMENTATIONS,
  CONTROL_EVIDENCES,
  CONTROL_FREQUENCIES,
  CONTROL_IMPLEMENTATIONS,
  CONTROL_TYPES,
  IMPACT_LEVELS,
  inherentRating,
  PROBABILITY_LEVELS,
  residualRating,
  type RiskRating,
} from '../planning/risk-rating.js';
import { isRadicado } from '../radicado/radicado.js';
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { bogotaDateOf, canonicalInstant, isCalendarDate, spanishDate } from '../shared/time.js';
import type {
  AddRiskControl,
  RecordRiskMaterialization,
  RecordRiskMonitoring,
  RegisterRisk,
  RiskCommand,
} from './commands.js';
import {
  CONTROL_PERIODICITIES,
  CURRENT_RISK_RATING_METHOD,
  MATERIALIZATION_LINK_KINDS,
  RISK_INDICATORS,
  type MaterializationLink,
  type RecordedRating,
  type RiskEvent,
} from './events.js';
import { isQuarter, quarterEnd, quarterLabel, quarterOf, quarterStart } from './quarters.js';
import { evolve, initialRiskState, type RegisteredRisk, type RiskState } from './state.js';

type Decision = readonly RiskEvent[] | DomainError;

const RISK_MANAGERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];
const RISK_WATCHERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR', 'AGENT'];

/**
 * Who may ask for each command: coordinators build and monitor the map (the process leader's duty in the
 * guide's first line of defence); an agent who meets a materialisation in their cases may record it.
 */
export const RISK_COMMAND_ROLES: Readonly<Record<RiskCommand['type'], readonly ActorRole[]>> = {
  RegisterRisk: RISK_MANAGERS,
  AddRiskControl: RISK_MANAGERS,
  RecordRiskMonitoring: RISK_MANAGERS,
  RecordRiskMaterialization: RISK_WATCHERS,
};

const COMMAND_LABELS: Readonly<Record<RiskCommand['type'], string>> = {
  RegisterRisk: 'registrar riesgos',
  AddRiskControl: 'agregar controles a los riesgos',
  RecordRiskMonitoring: 'registrar el monitoreo de los riesgos',
  RecordRiskMaterialization: 'registrar la materialización de los riesgos',
};

export function decide(command: RiskCommand, state: RiskState, context: DecisionContext): Decision {
  if (!RISK_COMMAND_ROLES[command.type].includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS[command.type]);
  }
  if (command.type === 'RegisterRisk') return register(command, state, context);
  if (state.status === 'NOT_REGISTERED') {
    // The generic "not found" code, so the gateway answers NOT_FOUND as for any other record.
    return refuse('CASE_NOT_FOUND', 'El riesgo no existe: no ha sido registrado en el mapa de riesgos.');
  }
  switch (command.type) {
    case 'AddRiskControl':
      return addControl(command, state, context);
    case 'RecordRiskMonitoring':
      return recordMonitoring(command, state, context);
    case 'RecordRiskMaterialization':
      return recordMaterialization(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

function register({ data }: RegisterRisk, state: RiskState, context: DecisionContext): Decision {
  if (state.status !== 'NOT_REGISTERED') {
    return refuse('RISK_ALREADY_REGISTERED', 'El riesgo ya está registrado en el mapa de riesgos.');
  }
  if (isBlank(data.name)) return refuse('NAME_REQUIRED', 'Indique el nombre del riesgo.', 'name');
  if (isBlank(data.cause)) return refuse('CAUSE_REQUIRED', 'Indique la causa del riesgo.', 'cause');
  if (isBlank(data.consequence)) {
    return refuse('CONSEQUENCE_REQUIRED', 'Indique la consecuencia del riesgo.', 'consequence');
  }
  if (!isOneOf(PROBABILITY_LEVELS, data.probability)) {
    return refuse('INVALID_PROBABILITY', 'La probabilidad no es un nivel de la guía.', 'probability');
  }
  if (!isOneOf(IMPACT_LEVELS, data.impact)) {
    return refuse('INVALID_IMPACT', 'El impacto no es un nivel de la guía.', 'impact');
  }
  return [
    {
      type: 'RiskRegistered',
      data: {
        riskId: data.riskId,
        name: data.name.trim(),
        cause: data.cause.trim(),
        consequence: data.consequence.trim(),
        method: CURRENT_RISK_RATING_METHOD,
        inherent: recorded(inherentRating(data.probability, data.impact)),
        registeredAt: canonicalInstant(context.now),
        registeredOn: bogotaDateOf(context.now),
        textOwnerId: data.textOwnerId ?? null,
      },
    },
  ];
}

function addControl({ data }: AddRiskControl, state: RegisteredRisk, context: DecisionContext): Decision {
  if (state.controls.some((control) => control.controlId === data.controlId)) {
    return refuse('CONTROL_ALREADY_ADDED', 'El control ya está agregado a este riesgo.');
  }
  if (isBlank(data.description)) {
    return refuse('DESCRIPTION_REQUIRED', 'Describa el control.', 'description');
  }
  if (isBlank(data.responsibleId)) {
    return refuse('RESPONSIBLE_REQUIRED', 'Indique el responsable del control.', 'responsibleId');
  }
  const attributes = data.attributes;
  if (!isOneOf(CONTROL_TYPES, attributes.type)) {
    return refuse('INVALID_CONTROL_TYPE', 'El tipo de control no es válido.', 'attributes.type');
  }
  if (!isOneOf(CONTROL_IMPLEMENTATIONS, attributes.implementation)) {
    return refuse(
      'INVALID_CONTROL_IMPLEMENTATION',
      'La implementación del control no es válida.',
      'attributes.implementation',
    );
  }
  if (!isOneOf(CONTROL_DOCUMENTATIONS, attributes.documentation)) {
    return refuse(
      'INVALID_CONTROL_DOCUMENTATION',
      'La documentación del control no es válida.',
      'attributes.documentation',
    );
  }
  if (!isOneOf(CONTROL_FREQUENCIES, attributes.frequency)) {
    return refuse(
      'INVALID_CONTROL_FREQUENCY',
      'La frecuencia del control no es válida.',
      'attributes.frequency',
    );
  }
  if (!isOneOf(CONTROL_EVIDENCES, attributes.evidence)) {
    return refuse(
      'INVALID_CONTROL_EVIDENCE',
      'La evidencia del control no es válida.',
      'attributes.evidence',
    );
  }
  if (!isOneOf(CONTROL_PERIODICITIES, data.periodicity)) {
    return refuse('INVALID_PERIODICITY', 'La periodicidad del control no es válida.', 'periodicity');
  }
  if (isBlank(data.evidenceDescription)) {
    return refuse(
      'EVIDENCE_DESCRIPTION_REQUIRED',
      'Indique qué registro deja el control (formato, informe, bitácora).',
      'evidenceDescription',
    );
  }
  const control = { type: attributes.type, implementation: attributes.implementation };
  const residual = residualRating(state.probability, state.impact, [...state.controls, control]);
  const applied = residual.applications[residual.applications.length - 1]!;
  return [
    {
      type: 'RiskControlAdded',
      data: {
        controlId: data.controlId,
        description: data.description.trim(),
        responsibleId: data.responsibleId,
        type: attributes.type,
        implementation: attributes.implementation,
        documentation: attributes.documentation,
        frequency: attributes.frequency,
        evidence: attributes.evidence,
        periodicity: data.periodicity,
        evidenceDescription: data.evidenceDescription.trim(),
        axis: applied.axis,
        weight: applied.weight,
        residual: recorded(residual),
        addedAt: canonicalInstant(context.now),
        addedOn: bogotaDateOf(context.now),
      },
    },
  ];
}

function recordMonitoring(
  { data }: RecordRiskMonitoring,
  state: RegisteredRisk,
  context: DecisionContext,
): Decision {
  const quarter = data.quarter;
  if (!isQuarter(quarter)) {
    return refuse('INVALID_QUARTER', 'El trimestre no es válido (AAAA-Tn, p. ej. 2026-T1).', 'quarter');
  }
  const today = bogotaDateOf(context.now);
  if (quarterStart(quarter) > today) {
    return refuse(
      'QUARTER_NOT_STARTED',
      `El trimestre ${quarterLabel(quarter)} no ha comenzado: no se puede monitorear todavía.`,
      'quarter',
    );
  }
  if (quarterEnd(quarter) < state.registeredOn) {
    return refuse(
      'QUARTER_BEFORE_REGISTRATION',
      `El trimestre ${quarterLabel(quarter)} terminó antes del registro del riesgo (${spanishDate(state.registeredOn)}).`,
      'quarter',
    );
  }
  // One monitoring per quarter: it is the quarter's record, signed by who made it; a second one would
  // leave two verdicts for the same quarter.
  if (state.monitoredQuarters.includes(quarter)) {
    return refuse(
      'MONITORING_ALREADY_RECORDED',
      `El monitoreo del trimestre ${quarterLabel(quarter)} ya está registrado para este riesgo.`,
      'quarter',
    );
  }
  if (state.controls.length === 0) {
    return refuse(
      'MONITORING_WITHOUT_CONTROLS',
      'El monitoreo revisa los controles del riesgo: agregue primero al menos un control.',
    );
  }
  if (typeof data.controlsEffective !== 'boolean') {
    return refuse(
      'CONTROLS_EFFECTIVE_REQUIRED',
      'Indique si los controles fueron efectivos en el trimestre.',
      'controlsEffective',
    );
  }
  if (isBlank(data.observations)) {
    return refuse('OBSERVATIONS_REQUIRED', 'Escriba las observaciones del monitoreo.', 'observations');
  }
  if (isBlank(data.evidence)) {
    return refuse('EVIDENCE_REQUIRED', 'Indique la evidencia del monitoreo.', 'evidence');
  }
  return [
    {
      type: 'RiskMonitored',
      data: {
        quarter,
        controlsEffective: data.controlsEffective,
        observations: data.observations.trim(),
        evidence: data.evidence.trim(),
        residual: recorded(residualRating(state.probability, state.impact, state.controls)),
        materializations: state.materializations.filter((entry) => entry.quarter === quarter).length,
        monitoredAt: canonicalInstant(context.now),
        monitoredOn: today,
      },
    },
  ];
}

function recordMaterialization(
  { data }: RecordRiskMaterialization,
  state: RegisteredRisk,
  context: DecisionContext,
): Decision {
  if (state.materializations.some((entry) => entry.materializationId === data.materializationId)) {
    return refuse('MATERIALIZATION_ALREADY_RECORDED', 'La materialización ya está registrada.');
  }
  if (!isCalendarDate(data.occurredOn)) {
    return refuse('INVALID_DATE', 'La fecha no es una fecha válida (AAAA-MM-DD).', 'occurredOn');
  }
  const today = bogotaDateOf(context.now);
  if (data.occurredOn > today) {
    return refuse(
      'OCCURRED_IN_FUTURE',
      `La materialización no puede ser posterior a hoy (${spanishDate(today)}).`,
      'occurredOn',
    );
  }
  if (isBlank(data.description)) {
    return refuse('DESCRIPTION_REQUIRED', 'Describa cómo se materializó el riesgo.', 'description');
  }
  const links: MaterializationLink[] = [];
  if (!Array.isArray(data.links) || data.links.length === 0) {
    return refuse(
      'LINK_REQUIRED',
      'Indique al menos una PQRS, acción de mejora o indicador que muestre la materialización.',
      'links',
    );
  }
  for (const [index, link] of data.links.entries()) {
    const field = `links.${index}`;
    if (!isOneOf(MATERIALIZATION_LINK_KINDS, link.kind)) {
      return refuse('INVALID_LINK_KIND', 'El tipo de vínculo no es válido.', `${field}.kind`);
    }
    if (isBlank(link.reference)) {
      return refuse('LINK_REFERENCE_REQUIRED', 'Indique la referencia del vínculo.', `${field}.reference`);
    }
    const reference = link.reference.trim();
    if (link.kind === 'PQRS' && !isRadicado(reference)) {
      return refuse(
        'INVALID_RADICADO',
        'Para una PQRS la referencia es su radicado (PQRS-AAAA-NNNNNN).',
        `${field}.reference`,
      );
    }
    if (link.kind === 'INDICATOR' && !isOneOf(RISK_INDICATORS, reference)) {
      return refuse('INVALID_INDICATOR', 'El indicador no es uno de los del tablero.', `${field}.reference`);
    }
    if (links.some((earlier) => earlier.kind === link.kind && earlier.reference === reference)) {
      return refuse('DUPLICATE_LINK', 'El mismo vínculo aparece dos veces.', `${field}.reference`);
    }
    links.push({ kind: link.kind, reference });
  }
  return [
    {
      type: 'RiskMaterialized',
      data: {
        materializationId: data.materializationId,
        occurredOn: data.occurredOn,
        quarter: quarterOf(data.occurredOn),
        description: data.description.trim(),
        links,
        recordedOn: today,
      },
    },
  ];
}

function recorded(rating: RiskRating): RecordedRating {
  return {
    probability: rating.probability,
    probabilityPercent: rating.probabilityPercent,
    impact: rating.impact,
    impactPercent: rating.impactPercent,
    zone: rating.zone,
  };
}

export const riskDecider: Decider<RiskCommand, RiskEvent, RiskState> = {
  decide,
  evolve,
  initialState: initialRiskState,
};
