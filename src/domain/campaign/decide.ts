// Every rule of a campaign: a command and the campaign as it stands give the new events or a named refusal.
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { bogotaDateOf, canonicalInstant, isCalendarDate, spanishDate, yearOf } from '../shared/time.js';
import { isCundinamarcaMunicipalityCode } from '../planning/municipalities.js';
import type { CampaignCommand, MapCampaignName, PlanCampaign, RecordCampaignResult } from './commands.js';
import { CAMPAIGN_CHANNELS, CAMPAIGN_KINDS, type CampaignChannel, type CampaignEvent } from './events.js';
import { evolve, initialCampaignState, type CampaignState, type PlannedCampaign } from './state.js';

type Decision = readonly CampaignEvent[] | DomainError;

const PLANNERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];
const FIELD_STAFF: readonly ActorRole[] = ['ADMIN', 'COORDINATOR', 'AGENT'];

/** The largest sum of pesos a budget or cost may hold: beyond it a figure is a typing slip. */
export const MAX_CAMPAIGN_PESOS = 100_000_000_000;
/** The most people a campaign's attendance may count. */
export const MAX_CAMPAIGN_ATTENDANCE = 10_000_000;

/**
 * Who may ask for each command (DESIGN.md, Roles): coordinators plan and map names; the staff who go to
 * the fair or visit (agents too) record its result. Auditors read.
 */
export const CAMPAIGN_COMMAND_ROLES: Readonly<Record<CampaignCommand['type'], readonly ActorRole[]>> = {
  PlanCampaign: PLANNERS,
  RecordCampaignResult: FIELD_STAFF,
  MapCampaignName: PLANNERS,
};

const COMMAND_LABELS: Readonly<Record<CampaignCommand['type'], string>> = {
  PlanCampaign: 'planear campañas',
  RecordCampaignResult: 'registrar resultados de campañas',
  MapCampaignName: 'asociar nombres de campaña',
};

export function decide(command: CampaignCommand, state: CampaignState, context: DecisionContext): Decision {
  if (!CAMPAIGN_COMMAND_ROLES[command.type].includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, COMMAND_LABELS[command.type]);
  }
  if (command.type === 'PlanCampaign') return plan(command, state, context);
  if (state.status === 'NOT_PLANNED') {
    // The generic "not found" code, so the gateway answers NOT_FOUND as for any other record.
    return refuse('CASE_NOT_FOUND', 'La campaña no existe: no ha sido planeada.');
  }
  switch (command.type) {
    case 'RecordCampaignResult':
      return recordResult(command, state, context);
    case 'MapCampaignName':
      return mapName(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

function plan({ data }: PlanCampaign, state: CampaignState, context: DecisionContext): Decision {
  if (state.status !== 'NOT_PLANNED') {
    return refuse('CAMPAIGN_ALREADY_PLANNED', 'La campaña ya fue planeada.');
  }
  if (!isOneOf(CAMPAIGN_KINDS, data.kind)) {
    return refuse('INVALID_CAMPAIGN_KIND', 'El tipo de campaña no es válido.', 'kind');
  }
  if (isBlank(data.name)) return refuse('CAMPAIGN_NAME_REQUIRED', 'Indique el nombre de la campaña.', 'name');
  if (!isCundinamarcaMunicipalityCode(data.municipalityCode)) {
    return refuse(
      'INVALID_MUNICIPALITY',
      'El municipio no es uno de los 116 de Cundinamarca (código DIVIPOLA del DANE).',
      'municipalityCode',
    );
  }
  if (!isCalendarDate(data.startDate)) {
    return refuse('INVALID_DATE', 'La fecha de inicio no es una fecha válida (AAAA-MM-DD).', 'startDate');
  }
  if (!isCalendarDate(data.endDate)) {
    return refuse('INVALID_DATE', 'La fecha de cierre no es una fecha válida (AAAA-MM-DD).', 'endDate');
  }
  if (data.endDate < data.startDate) {
    return refuse(
      'END_BEFORE_START',
      `La fecha de cierre no puede ser anterior a la de inicio (${spanishDate(data.startDate)}).`,
      'endDate',
    );
  }
  if (!Array.isArray(data.channels) || data.channels.length === 0) {
    return refuse('CHANNELS_REQUIRED', 'Indique al menos un canal o medio de la campaña.', 'channels');
  }
  if (!data.channels.every((channel) => isOneOf(CAMPAIGN_CHANNELS, channel))) {
    return refuse('INVALID_CHANNEL', 'Uno de los canales o medios no es válido.', 'channels');
  }
  if (!isPesos(data.budget)) {
    return refuse(
      'INVALID_BUDGET',
      'El presupuesto es un valor entero en pesos, de cero en adelante.',
      'budget',
    );
  }
  const channels = CAMPAIGN_CHANNELS.filter((channel) =>
    (data.channels as readonly string[]).includes(channel),
  ) satisfies CampaignChannel[];
  return [
    {
      type: 'CampaignPlanned',
      data: {
        campaignId: data.campaignId,
        textOwnerId: data.textOwnerId ?? null,
        kind: data.kind,
        name: data.name.trim(),
        municipalityCode: data.municipalityCode,
        startDate: data.startDate,
        endDate: data.endDate,
        year: yearOf(data.startDate),
        channels,
        media: data.media === null || isBlank(data.media) ? null : data.media.trim(),
        budget: data.budget,
        plannedAt: canonicalInstant(context.now),
        plannedOn: bogotaDateOf(context.now),
      },
    },
  ];
}

function recordResult(
  { data }: RecordCampaignResult,
  state: PlannedCampaign,
  context: DecisionContext,
): Decision {
  const today = bogotaDateOf(context.now);
  if (today < state.startDate) {
    return refuse(
      'RESULT_BEFORE_CAMPAIGN_START',
      `El resultado se registra desde el día en que la campaña empieza (${spanishDate(state.startDate)}).`,
    );
  }
  if (
    !Number.isInteger(data.attendance) ||
    data.attendance < 0 ||
    data.attendance > MAX_CAMPAIGN_ATTENDANCE
  ) {
    return refuse(
      'INVALID_ATTENDANCE',
      'La asistencia es un número entero de personas, de cero en adelante.',
      'attendance',
    );
  }
  if (!isPesos(data.actualCost)) {
    return refuse(
      'INVALID_COST',
      'El costo ejecutado es un valor entero en pesos, de cero en adelante.',
      'actualCost',
    );
  }
  if (isBlank(data.results)) {
    return refuse('RESULTS_REQUIRED', 'Describa los resultados de la campaña.', 'results');
  }
  const results = data.results.trim();
  const last = state.result;
  // The same result sent twice (a retry carries the same sealed text) changes nothing.
  if (
    last !== null &&
    last.attendance === data.attendance &&
    last.actualCost === data.actualCost &&
    last.results === results
  ) {
    return [];
  }
  return [
    {
      type: 'CampaignResultRecorded',
      data: {
        attendance: data.attendance,
        actualCost: data.actualCost,
        results,
        recordedAt: canonicalInstant(context.now),
        recordedOn: today,
        correction: last !== null,
      },
    },
  ];
}

function mapName({ data }: MapCampaignName, state: PlannedCampaign, context: DecisionContext): Decision {
  if (isBlank(data.legacyName)) {
    return refuse('LEGACY_NAME_REQUIRED', 'Indique el nombre de campaña que se asocia.', 'legacyName');
  }
  if (data.mappedToCampaignId === state.campaignId) return [];
  if (data.mappedToCampaignId !== null) {
    return refuse(
      'CAMPAIGN_NAME_ALREADY_MAPPED',
      'Ese nombre de campaña ya está asociado a otra campaña: un nombre cuenta para una sola.',
      'legacyName',
    );
  }
  return [
    {
      type: 'CampaignNameMapped',
      data: { legacyName: data.legacyName.trim(), mappedAt: canonicalInstant(context.now) },
    },
  ];
}

function isPesos(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_CAMPAIGN_PESOS;
}

export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  decide,
  evolve,
  initialState: initialCampaignState,
};
