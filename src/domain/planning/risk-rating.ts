// How a risk of the process is rated, by the method of the Departamento Administrativo de la Función
// Pública: "Guía para la administración del riesgo y el diseño de controles en entidades públicas",
// versión 6 (noviembre de 2022), paso 2 "Valoración del riesgo", whose tables its successor, the "Guía
// para la Gestión Integral del Riesgo en Entidades Públicas", versión 7 (agosto de 2025, the one in
// force), keeps with the same numbers (its tablas 4, 5, 6 and 8 and figura 18). Where each number comes
// from:
// - probability by how often the activity that carries the risk runs in a year (tabla 4, "Criterios para
//   definir el nivel de probabilidad"): 20, 40, 60, 80, 100 %;
// - impact by the worst of the economic and reputational effects (tabla 5, "Criterios para definir el
//   nivel de impacto"): 20, 40, 60, 80, 100 %; choosing the level is the staff's judgement, recorded;
// - the zone of severity where the two cross on the heat map ("Matriz de calor (niveles de severidad
//   del riesgo)"), drawn cell by cell in HEAT_MAP below;
// - each control weighs its type plus its implementation (tabla 6, "Atributos para el diseño del control"):
//   preventivo 25 %, detectivo 15 %, correctivo 10 %; automático 25 %, manual 15 %. Its other attributes
//   (documentación, frecuencia, evidencia) are informative: they are recorded and do not move the rating;
// - preventive and detective controls lower the probability, corrective ones the impact, one after
//   another, each on what the previous one left (tabla 8, "Aplicación de controles para establecer el
//   valor del riesgo residual": 60 % − 60 % × 40 % = 36 %, then 36 % − 36 % × 30 % = 25,2 %);
// - the residual percentage falls in the level whose range holds it (up to 20 % Muy Baja, over 20 and up
//   to 40 % Baja, …) and the residual zone is read on the same heat map.
// Pure functions over plain codes; the words staff read are the *_LABELS below.

export const PROBABILITY_LEVELS = ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const;
export type ProbabilityLevel = (typeof PROBABILITY_LEVELS)[number];

export const IMPACT_LEVELS = ['SLIGHT', 'MINOR', 'MODERATE', 'MAJOR', 'CATASTROPHIC'] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

export const RISK_ZONES = ['LOW', 'MODERATE', 'HIGH', 'EXTREME'] as const;
export type RiskZone = (typeof RISK_ZONES)[number];

export const PROBABILITY_LABELS: Readonly<Record<ProbabilityLevel, string>> = {
  VERY_LOW: 'Muy Baja',
  LOW: 'Baja',
  MEDIUM: 'Media',
  HIGH: 'Alta',
  VERY_HIGH: 'Muy Alta',
};

/** The guide's percentage for each level (tabla 4). */
export const PROBABILITY_PERCENT: Readonly<Record<ProbabilityLevel, number>> = {
  VERY_LOW: 20,
  LOW: 40,
  MEDIUM: 60,
  HIGH: 80,
  VERY_HIGH: 100,
};

/** The guide's frequency criterion for each level (tabla 4), as staff read it when they choose. */
export const PROBABILITY_FREQUENCY_CRITERIA: Readonly<Record<ProbabilityLevel, string>> = {
  VERY_LOW: 'La actividad que conlleva el riesgo se ejecuta como máximo 2 veces por año.',
  LOW: 'La actividad que conlleva el riesgo se ejecuta de 3 a 24 veces por año.',
  MEDIUM: 'La actividad que conlleva el riesgo se ejecuta de 25 a 500 veces por año.',
  HIGH: 'La actividad que conlleva el riesgo se ejecuta más de 500 y hasta 5.000 veces por año.',
  VERY_HIGH: 'La actividad que conlleva el riesgo se ejecuta más de 5.000 veces por año.',
};

export const IMPACT_LABELS: Readonly<Record<ImpactLevel, string>> = {
  SLIGHT: 'Leve',
  MINOR: 'Menor',
  MODERATE: 'Moderado',
  MAJOR: 'Mayor',
  CATASTROPHIC: 'Catastrófico',
};

/** The guide's percentage for each level (tabla 5). */
export const IMPACT_PERCENT: Readonly<Record<ImpactLevel, number>> = {
  SLIGHT: 20,
  MINOR: 40,
  MODERATE: 60,
  MAJOR: 80,
  CATASTROPHIC: 100,
};

export const RISK_ZONE_LABELS: Readonly<Record<RiskZone, string>> = {
  LOW: 'Bajo',
  MODERATE: 'Moderado',
  HIGH: 'Alto',
  EXTREME: 'Extremo',
};

/**
 * The guide's heat map, row by row from Muy Alta down to Muy Baja as the figure draws it, columns from
 * Leve to Catastrófico. A catastrophic impact is always extreme; a major one always high.
 */
export const HEAT_MAP: Readonly<Record<ProbabilityLevel, Readonly<Record<ImpactLevel, RiskZone>>>> = {
  VERY_HIGH: { SLIGHT: 'HIGH', MINOR: 'HIGH', MODERATE: 'HIGH', MAJOR: 'HIGH', CATASTROPHIC: 'EXTREME' },
  HIGH: { SLIGHT: 'MODERATE', MINOR: 'MODERATE', MODERATE: 'HIGH', MAJOR: 'HIGH', CATASTROPHIC: 'EXTREME' },
  MEDIUM: {
    SLIGHT: 'MODERATE',
    MINOR: 'MODERATE',
    MODERATE: 'MODERATE',
    MAJOR: 'HIGH',
    CATASTROPHIC: 'EXTREME',
  },
  LOW: { SLIGHT: 'LOW', MINOR: 'MODERATE', MODERATE: 'MODERATE', MAJOR: 'HIGH', CATASTROPHIC: 'EXTREME' },
  VERY_LOW: { SLIGHT: 'LOW', MINOR: 'LOW', MODERATE: 'MODERATE', MAJOR: 'HIGH', CATASTROPHIC: 'EXTREME' },
};

export function riskZone(probability: ProbabilityLevel, impact: ImpactLevel): RiskZone {
  return HEAT_MAP[probability][impact];
}

/**
 * The probability level for how many times a year the activity that carries the risk runs (tabla 4).
 * Versión 6's ranges touch at 24 and 500 ("de 3 a 24", "de 24 a 500", "mínimo 500 … máximo 5000");
 * as versión 7 reads them, a count on the edge takes the lower level, so each whole count has one.
 */
export function probabilityForYearlyFrequency(timesPerYear: number): ProbabilityLevel {
  if (timesPerYear <= 2) return 'VERY_LOW';
  if (timesPerYear <= 24) return 'LOW';
  if (timesPerYear <= 500) return 'MEDIUM';
  if (timesPerYear <= 5000) return 'HIGH';
  return 'VERY_HIGH';
}

/** The level whose range holds a percentage: up to 20 % the lowest, over 80 % the highest. */
function levelOf<Level extends string>(percent: number, levels: readonly Level[]): Level {
  const index = Math.min(levels.length - 1, Math.max(0, Math.ceil(percent / 20) - 1));
  return levels[index] as Level;
}

export function probabilityLevelOf(percent: number): ProbabilityLevel {
  return levelOf(percent, PROBABILITY_LEVELS);
}

export function impactLevelOf(percent: number): ImpactLevel {
  return levelOf(percent, IMPACT_LEVELS);
}

export const CONTROL_TYPES = ['PREVENTIVE', 'DETECTIVE', 'CORRECTIVE'] as const;
export type ControlType = (typeof CONTROL_TYPES)[number];

export const CONTROL_IMPLEMENTATIONS = ['AUTOMATIC', 'MANUAL'] as const;
export type ControlImplementation = (typeof CONTROL_IMPLEMENTATIONS)[number];

// The informative attributes, as versión 6's tabla 6 names them. Versión 7 words their options otherwise
// (documentation in procedures, information systems or other schemes; manual or electronic record);
// none of them moves the rating, so a change of words here changes no figure.
export const CONTROL_DOCUMENTATIONS = ['DOCUMENTED', 'UNDOCUMENTED'] as const;
export type ControlDocumentation = (typeof CONTROL_DOCUMENTATIONS)[number];

export const CONTROL_FREQUENCIES = ['CONTINUOUS', 'RANDOM'] as const;
export type ControlFrequency = (typeof CONTROL_FREQUENCIES)[number];

export const CONTROL_EVIDENCES = ['RECORDED', 'UNRECORDED'] as const;
export type ControlEvidence = (typeof CONTROL_EVIDENCES)[number];

export const CONTROL_TYPE_LABELS: Readonly<Record<ControlType, string>> = {
  PREVENTIVE: 'Preventivo',
  DETECTIVE: 'Detectivo',
  CORRECTIVE: 'Correctivo',
};

export const CONTROL_IMPLEMENTATION_LABELS: Readonly<Record<ControlImplementation, string>> = {
  AUTOMATIC: 'Automático',
  MANUAL: 'Manual',
};

export const CONTROL_DOCUMENTATION_LABELS: Readonly<Record<ControlDocumentation, string>> = {
  DOCUMENTED: 'Documentado',
  UNDOCUMENTED: 'Sin documentar',
};

export const CONTROL_FREQUENCY_LABELS: Readonly<Record<ControlFrequency, string>> = {
  CONTINUOUS: 'Continua',
  RANDOM: 'Aleatoria',
};

export const CONTROL_EVIDENCE_LABELS: Readonly<Record<ControlEvidence, string>> = {
  RECORDED: 'Con registro',
  UNRECORDED: 'Sin registro',
};

/** Tabla 6: what each attribute of efficiency is worth, in percentage points. */
export const CONTROL_TYPE_WEIGHT: Readonly<Record<ControlType, number>> = {
  PREVENTIVE: 25,
  DETECTIVE: 15,
  CORRECTIVE: 10,
};

export const CONTROL_IMPLEMENTATION_WEIGHT: Readonly<Record<ControlImplementation, number>> = {
  AUTOMATIC: 25,
  MANUAL: 15,
};

/** A control as the guide describes it: two attributes of efficiency and three informative ones. */
export interface RiskControlAttributes {
  readonly type: ControlType;
  readonly implementation: ControlImplementation;
  readonly documentation: ControlDocumentation;
  readonly frequency: ControlFrequency;
  readonly evidence: ControlEvidence;
}

/** What the rating reads of a control: only its attributes of efficiency. */
export type RatedControl = Pick<RiskControlAttributes, 'type' | 'implementation'>;

export type RatingAxis = 'PROBABILITY' | 'IMPACT';

/** Preventive and detective controls lower the probability; corrective ones lower the impact. */
export function controlAxis(type: ControlType): RatingAxis {
  return type === 'CORRECTIVE' ? 'IMPACT' : 'PROBABILITY';
}

/** Type plus implementation: from 25 % (correctivo manual) to 50 % (preventivo automático). */
export function controlWeight(control: RatedControl): number {
  return CONTROL_TYPE_WEIGHT[control.type] + CONTROL_IMPLEMENTATION_WEIGHT[control.implementation];
}

export interface RiskRating {
  readonly probabilityPercent: number;
  readonly probability: ProbabilityLevel;
  readonly impactPercent: number;
  readonly impact: ImpactLevel;
  readonly zone: RiskZone;
}

/** One line of the guide's tabla 8: a control applied to what the previous ones left. */
export interface ControlApplication {
  /** The control's place in the list given. */
  readonly index: number;
  readonly axis: RatingAxis;
  /** Its weight in percentage points (tabla 6). */
  readonly weight: number;
  readonly before: number;
  /** before × weight ÷ 100: what the control takes away. */
  readonly reduction: number;
  /** before − reduction: what the next control on the same axis starts from. */
  readonly after: number;
}

export interface ResidualRiskRating extends RiskRating {
  readonly applications: readonly ControlApplication[];
}

export function inherentRating(probability: ProbabilityLevel, impact: ImpactLevel): RiskRating {
  return {
    probabilityPercent: PROBABILITY_PERCENT[probability],
    probability,
    impactPercent: IMPACT_PERCENT[impact],
    impact,
    zone: riskZone(probability, impact),
  };
}

// Percentages kept to ten decimals, so that 36 × 30 ÷ 100 is 10,8 and not 10,799999999999999; no chain
// of real controls comes near that precision, and no level boundary depends on it.
function tidy(percent: number): number {
  return Math.round(percent * 1e10) / 1e10;
}

/**
 * The residual rating: each control, in the order given, takes its weight off what the controls before it
 * on the same axis left; the levels are those whose ranges hold the results, never below the lowest, and
 * the zone is read on the same heat map. Without controls the residual rating is the inherent one.
 */
export function residualRating(
  probability: ProbabilityLevel,
  impact: ImpactLevel,
  controls: readonly RatedControl[],
): ResidualRiskRating {
  const current: Record<RatingAxis, number> = {
    PROBABILITY: PROBABILITY_PERCENT[probability],
    IMPACT: IMPACT_PERCENT[impact],
  };
  const applications = controls.map((control, index): ControlApplication => {
    const axis = controlAxis(control.type);
    const weight = controlWeight(control);
    const before = current[axis];
    const reduction = tidy((before * weight) / 100);
    const after = tidy(before - reduction);
    current[axis] = after;
    return { index, axis, weight, before, reduction, after };
  });
  const residualProbability = probabilityLevelOf(current.PROBABILITY);
  const residualImpact = impactLevelOf(current.IMPACT);
  return {
    probabilityPercent: current.PROBABILITY,
    probability: residualProbability,
    impactPercent: current.IMPACT,
    impact: residualImpact,
    zone: riskZone(residualProbability, residualImpact),
    applications,
  };
}
