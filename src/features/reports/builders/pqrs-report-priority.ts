// The Informe de PQRS's figures (layout 9 on) for priority at filing — Ley 1755 de 2015 art. 20's priority
// apart from Ley 1437 de 2011 art. 5 num. 6's preferential attention, the life-or-integrity alerts and the
// fundamental-right risks without summary proof — and for the merit evaluation of anonymous denuncias
// (Ley 962 de 2005 art. 81; Ley 1952 de 2019 art. 86).
import { MERIT_ACTIONS, PRIORITY_REASONS, type PriorityReason } from '../../../domain/pqrs/events.js';
import { MERIT_ACTION_LABELS, PRIORITY_REASON_LABELS } from '../../../domain/pqrs/labels.js';
import { PRIORITY_BASIS, type PriorityBasis } from '../../../domain/pqrs/priority.js';
import type { ReportCase } from '../read-models/report-source-projections.js';
import type { ReportTable } from '../report-document.js';

/** The counts each row of the priority table shows, worked out by the Informe's own tally. */
export type PriorityCounts = Readonly<Record<string, number | null>>;

const BASIS_NAMES: Readonly<Record<PriorityBasis, string>> = {
  ART_20: 'Prioritaria (Ley 1755 de 2015, art. 20)',
  CPACA_5_6: 'Preferencial (Ley 1437 de 2011, art. 5 num. 6)',
};

const COUNT_COLUMNS: ReportTable['columns'] = [
  { key: 'received', header: 'Recibidas', format: 'integer' },
  { key: 'answered', header: 'Respondidas', format: 'integer' },
  { key: 'answeredOnTime', header: 'A tiempo', format: 'integer' },
  { key: 'answeredLate', header: 'Fuera de término', format: 'integer' },
  { key: 'open', header: 'Pendientes', format: 'integer' },
  { key: 'overdue', header: 'Vencidas', format: 'integer' },
];

/** The reasons in the order the Radicar form lists them (the labels' order), of one basis. */
function reasonsOf(basis: PriorityBasis): readonly PriorityReason[] {
  return (Object.keys(PRIORITY_REASON_LABELS) as PriorityReason[]).filter(
    (reason) => PRIORITY_BASIS[reason] === basis && PRIORITY_REASONS.includes(reason),
  );
}

function hasBasis(reportCase: ReportCase, basis: PriorityBasis): boolean {
  return (reportCase.priority ?? []).some((reason) => PRIORITY_BASIS[reason] === basis);
}

export function priorityByBasisTable(
  cases: readonly ReportCase[],
  countsOf: (group: readonly ReportCase[]) => PriorityCounts,
): ReportTable {
  const prioritized = cases.filter((reportCase) => (reportCase.priority ?? []).length > 0);
  const rowsOf = (basis: PriorityBasis, once: string) => [
    ...reasonsOf(basis).map((reason) => ({
      basis: BASIS_NAMES[basis],
      reason: PRIORITY_REASON_LABELS[reason],
      ...countsOf(prioritized.filter((reportCase) => (reportCase.priority ?? []).includes(reason))),
    })),
    {
      basis: BASIS_NAMES[basis],
      reason: once,
      ...countsOf(prioritized.filter((reportCase) => hasBasis(reportCase, basis))),
    },
  ];
  return {
    type: 'table',
    title:
      'PQRS con atención prioritaria (Ley 1755 de 2015, art. 20) y preferencial (Ley 1437 de 2011, art. 5 num. 6) por motivo',
    columns: [
      { key: 'basis', header: 'Atención', format: 'text' },
      { key: 'reason', header: 'Motivo', format: 'text' },
      ...COUNT_COLUMNS,
    ],
    rows: [
      ...rowsOf('ART_20', 'Prioritarias (art. 20), cada una una vez'),
      {
        basis: BASIS_NAMES.ART_20,
        reason: 'Con riesgo para la vida o la integridad: alerta inmediata a la coordinación',
        ...countsOf(prioritized.filter((reportCase) => (reportCase.priorityAlertRaisedAt ?? null) !== null)),
      },
      {
        basis: BASIS_NAMES.ART_20,
        reason: 'Riesgo a un derecho fundamental sin prueba sumaria aportada',
        ...countsOf(prioritized.filter((reportCase) => reportCase.priorityProof?.proofGiven === false)),
      },
      ...rowsOf('CPACA_5_6', 'Preferenciales (art. 5.6), cada una una vez'),
      {
        basis: 'Total',
        reason: 'PQRS prioritarias o preferenciales, cada una una vez',
        ...countsOf(prioritized),
      },
    ],
    note: 'La atención prioritaria del art. 20 cambia el orden de atención (y el riesgo para la vida o la integridad exige medidas inmediatas); la preferencial del art. 5 num. 6 del CPACA es trato especial en la atención, con el mismo término. Una PQRS con más de un motivo cuenta en cada uno, y una sola vez en las filas "cada una una vez".',
  };
}

/** The merit evaluation of the anonymous denuncias received in the period, as it stood at the cut. */
export function anonymousDenunciationsTable(cases: readonly ReportCase[]): ReportTable {
  const denuncias = cases.filter(
    (reportCase) => reportCase.kind === 'DENUNCIATION' && reportCase.personType === 'ANONYMOUS',
  );
  const evaluated = denuncias.filter((reportCase) => (reportCase.meritEvaluation ?? null) !== null);
  const admitted = evaluated.filter((reportCase) => reportCase.meritEvaluation!.admissible);
  return {
    type: 'table',
    title: 'Denuncias anónimas: evaluación de mérito (Ley 962 de 2005, art. 81; Ley 1952 de 2019, art. 86)',
    columns: [
      { key: 'figure', header: 'Denuncias anónimas', format: 'text' },
      { key: 'count', header: 'Cantidad', format: 'integer' },
    ],
    rows: [
      { figure: 'Radicadas', count: denuncias.length },
      { figure: 'Con evaluación de mérito', count: evaluated.length },
      { figure: 'Procedentes: inician una actuación', count: admitted.length },
      ...MERIT_ACTIONS.map((action) => ({
        figure: `— ${MERIT_ACTION_LABELS[action]}`,
        count: admitted.filter((reportCase) => reportCase.meritEvaluation!.action === action).length,
      })),
      { figure: 'No procedentes', count: evaluated.length - admitted.length },
      { figure: 'Pendientes de evaluar', count: denuncias.length - evaluated.length },
    ],
    note: 'Una denuncia anónima se radica siempre; solo inicia una actuación si los hechos están probados al menos sumariamente o se refiere a hechos o personas claramente identificables.',
  };
}
