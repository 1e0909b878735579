import {
  CONTROL_DOCUMENTATION_LABELS,
  CONTROL_DOCUMENTATIONS,
  CONTROL_EVIDENCE_LABELS,
  CONTROL_EVIDENCES,
  CONTROL_FREQUENCIES,
  CONTROL_FREQUENCY_LABELS,
  CONTROL_IMPLEMENTATION_LABELS,
  CONTROL_IMPLEMENTATIONS,
  CONTROL_TYPE_LABELS,
  CONTROL_TYPES,
  controlAxis,
  controlWeight,
  HEAT_MAP,
  IMPACT_LABELS,
  IMPACT_LEVELS,
  IMPACT_PERCENT,
  impactLevelOf,
  inherentRating,
  PROBABILITY_FREQUENCY_CRITERIA,
  PROBABILITY_LABELS,
  PROBABILITY_LEVELS,
  PROBABILITY_PERCENT,
  probabilityForYearlyFrequency,
  probabilityLevelOf,
  residualRating,
  RISK_ZONE_LABELS,
  RISK_ZONES,
  riskZone,
  type ImpactLevel,
  type ProbabilityLevel,
  type RatedControl,
  type RiskZone,
} from './risk-rating.js';

const P: Record<string, ProbabilityLevel> = {
  'Muy Alta': 'VERY_HIGH',
  Alta: 'HIGH',
  Media: 'MEDIUM',
  Baja: 'LOW',
  'Muy Baja': 'VERY_LOW',
};
const I: readonly ImpactLevel[] = ['SLIGHT', 'MINOR', 'MODERATE', 'MAJOR', 'CATASTROPHIC'];

describe('the levels of probability and impact', () => {
  it('are the five of the guide, each with its percentage and Spanish words', () => {
    expect(
      PROBABILITY_LEVELS.map((level) => [PROBABILITY_LABELS[level], PROBABILITY_PERCENT[level]]),
    ).toEqual([
      ['Muy Baja', 20],
      ['Baja', 40],
      ['Media', 60],
      ['Alta', 80],
      ['Muy Alta', 100],
    ]);
    expect(IMPACT_LEVELS.map((level) => [IMPACT_LABELS[level], IMPACT_PERCENT[level]])).toEqual([
      ['Leve', 20],
      ['Menor', 40],
      ['Moderado', 60],
      ['Mayor', 80],
      ['Catastrófico', 100],
    ]);
    expect(RISK_ZONES.map((zone) => RISK_ZONE_LABELS[zone])).toEqual(['Bajo', 'Moderado', 'Alto', 'Extremo']);
    for (const level of PROBABILITY_LEVELS)
      expect(PROBABILITY_FREQUENCY_CRITERIA[level]).toMatch(/veces por año\.$/);
  });

  it('of probability follow how many times a year the activity runs, each count in one level', () => {
    const cases: [number, ProbabilityLevel][] = [
      [0, 'VERY_LOW'],
      [2, 'VERY_LOW'],
      [3, 'LOW'],
      [24, 'LOW'],
      [25, 'MEDIUM'],
      [500, 'MEDIUM'],
      [501, 'HIGH'],
      [5000, 'HIGH'],
      [5001, 'VERY_HIGH'],
    ];
    for (const [timesPerYear, level] of cases)
      expect(probabilityForYearlyFrequency(timesPerYear)).toBe(level);
  });

  it('of a percentage are those whose range holds it, never below the lowest nor above the highest', () => {
    expect(probabilityLevelOf(20)).toBe('VERY_LOW');
    expect(probabilityLevelOf(20.01)).toBe('LOW');
    expect(probabilityLevelOf(25.2)).toBe('LOW');
    expect(probabilityLevelOf(40)).toBe('LOW');
    expect(probabilityLevelOf(60)).toBe('MEDIUM');
    expect(probabilityLevelOf(80)).toBe('HIGH');
    expect(probabilityLevelOf(80.5)).toBe('VERY_HIGH');
    expect(probabilityLevelOf(100)).toBe('VERY_HIGH');
    expect(probabilityLevelOf(5)).toBe('VERY_LOW');
    expect(probabilityLevelOf(0)).toBe('VERY_LOW');
    expect(impactLevelOf(10.8)).toBe('SLIGHT');
    expect(impactLevelOf(54)).toBe('MODERATE');
    expect(impactLevelOf(100)).toBe('CATASTROPHIC');
  });
});

describe('the heat map', () => {
  // The guide's figure "Matriz de calor (niveles de severidad del riesgo)" (versión 6, paso 2, análisis
  // preliminar — riesgo inherente; figura 18 in versión 7), read row by row from the top: green in the
  // three cells of the lower left, the whole Mayor column orange, the whole Catastrófico column red.
  const figure: [string, string, string, string, string, string][] = [
    // probability    Leve        Menor       Moderado    Mayor   Catastrófico
    ['Muy Alta', 'Alto', 'Alto', 'Alto', 'Alto', 'Extremo'],
    ['Alta', 'Moderado', 'Moderado', 'Alto', 'Alto', 'Extremo'],
    ['Media', 'Moderado', 'Moderado', 'Moderado', 'Alto', 'Extremo'],
    ['Baja', 'Bajo', 'Moderado', 'Moderado', 'Alto', 'Extremo'],
    ['Muy Baja', 'Bajo', 'Bajo', 'Moderado', 'Alto', 'Extremo'],
  ];

  it.each(
    figure.flatMap(([row, ...zones]) => zones.map((zone, column) => [row, IMPACT_LABELS[I[column]!], zone])),
  )('puts %s × %s in zone %s', (row, impactLabel, zone) => {
    const impact = I.find((level) => IMPACT_LABELS[level] === impactLabel)!;
    expect(RISK_ZONE_LABELS[riskZone(P[row]!, impact)]).toBe(zone);
  });

  it('has the 25 cells and no more', () => {
    expect(Object.keys(HEAT_MAP).sort()).toEqual([...PROBABILITY_LEVELS].sort());
    for (const row of Object.values(HEAT_MAP))
      expect(Object.keys(row).sort()).toEqual([...IMPACT_LEVELS].sort());
  });

  it('never rates a risk lower when its probability or its impact is higher', () => {
    const rank = (zone: RiskZone) => RISK_ZONES.indexOf(zone);
    PROBABILITY_LEVELS.forEach((probability, p) =>
      IMPACT_LEVELS.forEach((impact, i) => {
        const here = rank(riskZone(probability, impact));
        if (p > 0) expect(here).toBeGreaterThanOrEqual(rank(riskZone(PROBABILITY_LEVELS[p - 1]!, impact)));
        if (i > 0) expect(here).toBeGreaterThanOrEqual(rank(riskZone(probability, IMPACT_LEVELS[i - 1]!)));
      }),
    );
  });
});

describe('the inherent rating', () => {
  it('is the chosen levels, their percentages and the zone where they cross', () => {
    expect(inherentRating('MEDIUM', 'MAJOR')).toEqual({
      probabilityPercent: 60,
      probability: 'MEDIUM',
      impactPercent: 80,
      impact: 'MAJOR',
      zone: 'HIGH',
    });
  });
});

describe('a control', () => {
  it('weighs its type plus its implementation (tabla 6)', () => {
    expect(controlWeight({ type: 'PREVENTIVE', implementation: 'AUTOMATIC' })).toBe(50);
    expect(controlWeight({ type: 'PREVENTIVE', implementation: 'MANUAL' })).toBe(40);
    expect(controlWeight({ type: 'DETECTIVE', implementation: 'AUTOMATIC' })).toBe(40);
    expect(controlWeight({ type: 'DETECTIVE', implementation: 'MANUAL' })).toBe(30);
    expect(controlWeight({ type: 'CORRECTIVE', implementation: 'AUTOMATIC' })).toBe(35);
    expect(controlWeight({ type: 'CORRECTIVE', implementation: 'MANUAL' })).toBe(25);
  });

  it('lowers the probability when preventive or detective, the impact when corrective', () => {
    expect(controlAxis('PREVENTIVE')).toBe('PROBABILITY');
    expect(controlAxis('DETECTIVE')).toBe('PROBABILITY');
    expect(controlAxis('CORRECTIVE')).toBe('IMPACT');
  });

  it('has Spanish words for every attribute, the informative ones included', () => {
    expect(CONTROL_TYPES.map((code) => CONTROL_TYPE_LABELS[code])).toEqual([
      'Preventivo',
      'Detectivo',
      'Correctivo',
    ]);
    expect(CONTROL_IMPLEMENTATIONS.map((code) => CONTROL_IMPLEMENTATION_LABELS[code])).toEqual([
      'Automático',
      'Manual',
    ]);
    expect(CONTROL_DOCUMENTATIONS.map((code) => CONTROL_DOCUMENTATION_LABELS[code])).toEqual([
      'Documentado',
      'Sin documentar',
    ]);
    expect(CONTROL_FREQUENCIES.map((code) => CONTROL_FREQUENCY_LABELS[code])).toEqual([
      'Continua',
      'Aleatoria',
    ]);
    expect(CONTROL_EVIDENCES.map((code) => CONTROL_EVIDENCE_LABELS[code])).toEqual([
      'Con registro',
      'Sin registro',
    ]);
  });
});

describe('the residual rating', () => {
  it("reproduces the guide's worked example number for number", () => {
    // Versión 6, paso 2, "Nivel de riesgo (riesgo residual)", tabla 8 "Aplicación de controles para
    // establecer el valor del riesgo residual" (tabla 8 of versión 7 too): inherent probability 60 %
    // (Media), impact 80 % (Mayor); control 1 preventive and manual, 40 %: 60 % × 40 % = 24 %, leaves 36 %;
    // control 2 detective and manual, 30 %: 36 % × 30 % = 10,8 %, leaves 25,2 % (Baja). No corrective
    // control, so the impact stays 80 % (Mayor); the risk moves from Media × Mayor to Baja × Mayor.
    const rating = residualRating('MEDIUM', 'MAJOR', [
      { type: 'PREVENTIVE', implementation: 'MANUAL' },
      { type: 'DETECTIVE', implementation: 'MANUAL' },
    ]);
    expect(rating.applications).toEqual([
      { index: 0, axis: 'PROBABILITY', weight: 40, before: 60, reduction: 24, after: 36 },
      { index: 1, axis: 'PROBABILITY', weight: 30, before: 36, reduction: 10.8, after: 25.2 },
    ]);
    expect(rating).toMatchObject({
      probabilityPercent: 25.2,
      probability: 'LOW',
      impactPercent: 80,
      impact: 'MAJOR',
      zone: 'HIGH',
    });
  });

  it('without controls is the inherent rating', () => {
    for (const probability of PROBABILITY_LEVELS) {
      for (const impact of IMPACT_LEVELS) {
        const { applications, ...rating } = residualRating(probability, impact, []);
        expect(applications).toEqual([]);
        expect(rating).toEqual(inherentRating(probability, impact));
      }
    }
  });

  it('lowers the impact with corrective controls only, one after another', () => {
    const rating = residualRating('HIGH', 'CATASTROPHIC', [
      { type: 'CORRECTIVE', implementation: 'AUTOMATIC' },
      { type: 'CORRECTIVE', implementation: 'MANUAL' },
    ]);
    // 100 − 35 = 65; 65 − 65 × 25 % = 48,75: Moderado; the probability stays 80 % (Alta).
    expect(rating.applications.map((application) => application.after)).toEqual([65, 48.75]);
    expect(rating).toMatchObject({
      probabilityPercent: 80,
      probability: 'HIGH',
      impactPercent: 48.75,
      impact: 'MODERATE',
      zone: 'HIGH',
    });
  });

  it('applies controls of both kinds each to its own axis, whatever their order', () => {
    const controls: RatedControl[] = [
      { type: 'CORRECTIVE', implementation: 'MANUAL' },
      { type: 'PREVENTIVE', implementation: 'AUTOMATIC' },
      { type: 'DETECTIVE', implementation: 'AUTOMATIC' },
    ];
    const rating = residualRating('VERY_HIGH', 'MODERATE', controls);
    // Probability 100 → 50 → 30 (Baja); impact 60 → 45 (Moderado): Baja × Moderado is Moderado.
    expect(rating).toMatchObject({
      probabilityPercent: 30,
      probability: 'LOW',
      impactPercent: 45,
      impact: 'MODERATE',
      zone: 'MODERATE',
    });
    const reversed = residualRating('VERY_HIGH', 'MODERATE', [...controls].reverse());
    expect([reversed.probabilityPercent, reversed.impactPercent, reversed.zone]).toEqual([
      30,
      45,
      'MODERATE',
    ]);
  });

  it('never falls below the lowest level, however many controls', () => {
    const rating = residualRating(
      'VERY_LOW',
      'SLIGHT',
      Array.from({ length: 6 }, (_, index): RatedControl => ({
        type: index % 2 === 0 ? 'PREVENTIVE' : 'CORRECTIVE',
        implementation: 'AUTOMATIC',
      })),
    );
    expect(rating.probabilityPercent).toBeGreaterThan(0);
    expect(rating.probabilityPercent).toBeLessThan(20);
    expect(rating).toMatchObject({ probability: 'VERY_LOW', impact: 'SLIGHT', zone: 'LOW' });
  });

  it('keeps a catastrophic impact extreme when only the probability is controlled', () => {
    const rating = residualRating('VERY_HIGH', 'CATASTROPHIC', [
      { type: 'PREVENTIVE', implementation: 'AUTOMATIC' },
      { type: 'PREVENTIVE', implementation: 'AUTOMATIC' },
      { type: 'PREVENTIVE', implementation: 'AUTOMATIC' },
    ]);
    expect(rating).toMatchObject({ probabilityPercent: 12.5, probability: 'VERY_LOW', zone: 'EXTREME' });
  });
});
