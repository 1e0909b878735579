// The Informe de PQRS's figures of administrative silence (layout 9), judged on the report's as-of day as
// the screens judge them on today (src/domain/pqrs/silence.ts says why silence is read, not recorded):
// the requests for documents accepted by positive silence (Ley 1755 de 2015, art. 14 numeral 1) and what
// became of the copies they owe, and the petitions taken as denied by negative silence (Ley 1437 de 2011,
// art. 83), among the cases received in the period.
import { negativeSilenceOf, positiveSilenceFrom } from '../../../domain/pqrs/silence.js';
import type { CalendarDate } from '../../../domain/shared/time.js';
import { negativeSilenceSubjectOf, positiveSilenceSubjectOf } from '../../pqrs/index.js';
import type { ReportCase } from '../read-models/report-source-projections.js';
import type { ReportSection } from '../report-document.js';

export const SILENCE_SECTION_TITLE = 'Silencio administrativo al corte';

export interface SilenceCounts {
  readonly positiveSilence: number;
  readonly copiesOnTime: number;
  readonly copiesLate: number;
  readonly copiesPending: number;
  readonly negativeSilence: number;
}

export function silenceCountsOf(cases: readonly ReportCase[], asOfDay: CalendarDate): SilenceCounts {
  let positiveSilence = 0;
  let copiesOnTime = 0;
  let copiesLate = 0;
  let negativeSilence = 0;
  for (const reportCase of cases) {
    const subject = positiveSilenceSubjectOf(reportCase);
    if (positiveSilenceFrom(subject, asOfDay) !== null) {
      positiveSilence += 1;
      // A version valid at the cut holds only deliveries made by then.
      if (subject.copiesDeliveredOn !== null) {
        if (subject.copiesDeliveredOnTime) copiesOnTime += 1;
        else copiesLate += 1;
      }
    }
    if (negativeSilenceOf(negativeSilenceSubjectOf(reportCase), asOfDay) !== null) negativeSilence += 1;
  }
  return {
    positiveSilence,
    copiesOnTime,
    copiesLate,
    copiesPending: positiveSilence - copiesOnTime - copiesLate,
    negativeSilence,
  };
}

export function silenceSection(cases: readonly ReportCase[], asOfDay: CalendarDate): ReportSection {
  const counts = silenceCountsOf(cases, asOfDay);
  return {
    type: 'figures',
    title: SILENCE_SECTION_TITLE,
    items: [
      {
        label: 'Solicitudes de documentos aceptadas por silencio positivo (Ley 1755, art. 14 num. 1)',
        value: counts.positiveSilence,
        format: 'integer',
      },
      {
        label: 'Copias entregadas a tiempo (3 días hábiles)',
        value: counts.copiesOnTime,
        format: 'integer',
      },
      { label: 'Copias entregadas tarde', value: counts.copiesLate, format: 'integer' },
      { label: 'Copias pendientes de entrega', value: counts.copiesPending, format: 'integer' },
      {
        label: 'PQRS con silencio negativo: 3 meses sin decisión notificada (Ley 1437, art. 83)',
        value: counts.negativeSilence,
        format: 'integer',
      },
    ],
  };
}
