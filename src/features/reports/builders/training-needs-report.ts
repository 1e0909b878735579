// Necesidades de capacitación para el PIC: the training needs a coordinator accepted in the period, each
// with the basis it was accepted on (the PQRS subject's count, the improvement action), the sessions held
// for them with their attendance and evaluation, and the needs dismissed with their reasons — from the
// years' plans as recorded up to the as-of instant. A session counts as held once its day is within the
// cut and its attendance was recorded.
import { ACTION_STATUS_LABELS } from '../../../domain/improvement-action/labels.js';
import { bogotaDateOf, spanishDate, type CalendarDate } from '../../../domain/shared/time.js';
import { TRAINING_NEED_SOURCE_LABELS } from '../../../domain/training/labels.js';
import type { TrainingNeedBasis } from '../../../domain/training/index.js';
import type { TrainingPlanDocument, TrainingSessionDocument } from '../../planning/index.js';
import type { ReportDocument, ReportSection } from '../report-document.js';
import type { ReportSources } from '../read-models/report-sources.js';
import { asListing, averageOf, shareOf, type ReportInput } from './report-input.js';

/** How a basis reads in the report: the figures that made it a need, as they stood when it was decided. */
export function basisInWords(basis: TrainingNeedBasis): string {
  switch (basis.kind) {
    case 'PQRS_SUBJECT':
      return `${basis.receivedCount} PQRS con este asunto entre el ${spanishDate(basis.firstReceivedOn)} y el ${spanishDate(basis.lastReceivedOn)}`;
    case 'IMPROVEMENT_ACTION': {
      const status =
        ACTION_STATUS_LABELS[basis.actionStatus as keyof typeof ACTION_STATUS_LABELS] ?? basis.actionStatus;
      return `Acción de mejora formulada el ${spanishDate(basis.formulatedOn)}, fecha límite ${spanishDate(basis.dueDate)}, estado: ${status.toLowerCase()}`;
    }
    default: {
      const unknownBasis: never = basis;
      return String((unknownBasis as { kind?: unknown }).kind);
    }
  }
}

interface SessionFigures {
  readonly held: boolean;
  readonly called: number;
  readonly attended: number;
  readonly approved: number;
  readonly scores: readonly number[];
}

function figuresOf(session: TrainingSessionDocument, lastDay: CalendarDate): SessionFigures {
  const held = session.date <= lastDay && session.attendance !== null;
  const attendance = held ? session.attendance! : [];
  return {
    held,
    called: session.attendeeIds.length,
    attended: attendance.filter((record) => record.attended).length,
    approved: attendance.filter((record) => record.approved).length,
    scores: attendance.flatMap((record) => (record.score === null ? [] : [record.score])),
  };
}

export async function buildTrainingNeedsReport(
  input: ReportInput,
  sources: ReportSources,
): Promise<ReportDocument> {
  const { from, to } = input.period;
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) years.push(year);
  const plans: readonly TrainingPlanDocument[] = await sources.trainingPlansAsOf(years, input.asOf);
  // Nothing after the cut's day can have been held.
  const cutDay = bogotaDateOf(input.asOf);
  const lastDay = to < cutDay ? to : cutDay;
  const inPeriod = (day: CalendarDate) => day >= from && day <= to;
  const needs = plans.flatMap((plan) => plan.needs).filter((need) => inPeriod(need.decidedOn));
  const accepted = needs.filter((need) => need.status === 'ACCEPTED');
  const dismissed = needs.filter((need) => need.status === 'DISMISSED');
  const sessions = plans
    .flatMap((plan) => plan.sessions)
    .filter((session) => inPeriod(session.date))
    .sort((left, right) => left.date.localeCompare(right.date) || left.id.localeCompare(right.id));
  const figures = new Map(sessions.map((session) => [session.id, figuresOf(session, lastDay)]));
  const held = sessions.filter((session) => figures.get(session.id)!.held);
  const sum = (list: readonly TrainingSessionDocument[], pick: (figures: SessionFigures) => number) =>
    list.reduce((total, session) => total + pick(figures.get(session.id)!), 0);
  const called = sum(held, (each) => each.called);
  const attended = sum(held, (each) => each.attended);
  const approved = sum(held, (each) => each.approved);
  const scores = held.flatMap((session) => figures.get(session.id)!.scores);

  const sections: ReportSection[] = [
    {
      type: 'text',
      title: 'Cómo se proponen las necesidades',
      paragraphs: [
        'Las necesidades se proponen a partir de los datos de la oficina: los asuntos de PQRS recibidos al menos tres veces en el año (los diez más frecuentes) y las acciones de mejora formuladas en el año. Un coordinador acepta o descarta cada una; la decisión guarda el fundamento con las cifras de ese momento, que son las que se imprimen aquí.',
        'Las consultas a las preguntas frecuentes no se registran en Ventanilla, por lo que no son fuente de necesidades.',
        'Una sesión cuenta como realizada cuando su fecha no es posterior al corte y su asistencia fue registrada. Aprueba quien asistió y obtuvo en la evaluación un puntaje igual o mayor al mínimo fijado para la sesión (0 a 100).',
      ],
    },
    {
      type: 'figures',
      title: 'Resumen del periodo',
      items: [
        { label: 'Corte de las cifras', value: lastDay, format: 'date' },
        { label: 'Necesidades aceptadas', value: accepted.length, format: 'integer' },
        { label: 'Necesidades descartadas', value: dismissed.length, format: 'integer' },
        { label: 'Sesiones programadas', value: sessions.length, format: 'integer' },
        { label: 'Sesiones realizadas', value: held.length, format: 'integer' },
        { label: 'Funcionarios convocados a sesiones realizadas', value: called, format: 'integer' },
        { label: 'Asistencias', value: attended, format: 'integer' },
        { label: 'Tasa de asistencia', value: shareOf(attended, called), format: 'percent' },
        {
          label: 'Puntaje promedio de la evaluación',
          value: averageOf(scores),
          format: 'decimal',
          decimals: 1,
        },
        { label: 'Asistentes que aprobaron', value: approved, format: 'integer' },
        {
          label: 'Tasa de aprobación (sobre asistentes)',
          value: shareOf(approved, attended),
          format: 'percent',
        },
      ],
    },
    asListing(
      {
        type: 'table',
        title: 'Necesidades aceptadas para el PIC',
        columns: [
          { key: 'year', header: 'Año', format: 'integer' },
          { key: 'source', header: 'Origen', format: 'text' },
          { key: 'need', header: 'Necesidad', format: 'text' },
          { key: 'basis', header: 'Fundamento', format: 'text' },
          { key: 'acceptedOn', header: 'Aceptada el', format: 'date' },
          { key: 'sessions', header: 'Sesiones realizadas', format: 'integer' },
          { key: 'attended', header: 'Asistencias', format: 'integer' },
          { key: 'approved', header: 'Aprobados', format: 'integer' },
        ],
        rows: accepted.map((need) => {
          const answering = held.filter((session) => session.needKeys.includes(need.needKey));
          return {
            year: need.year,
            source: TRAINING_NEED_SOURCE_LABELS[need.basis.kind],
            need: need.basis.label,
            basis: basisInWords(need.basis),
            acceptedOn: need.decidedOn,
            sessions: answering.length,
            attended: sum(answering, (each) => each.attended),
            approved: sum(answering, (each) => each.approved),
          };
        }),
      },
      input.layout,
    ),
    asListing(
      {
        type: 'table',
        title: 'Sesiones de capacitación',
        columns: [
          { key: 'date', header: 'Fecha', format: 'date' },
          { key: 'topic', header: 'Tema', format: 'text' },
          { key: 'trainer', header: 'Capacitador', format: 'text' },
          { key: 'needs', header: 'Necesidades que atiende', format: 'integer' },
          { key: 'held', header: 'Realizada', format: 'boolean' },
          { key: 'called', header: 'Convocados', format: 'integer' },
          { key: 'attended', header: 'Asistieron', format: 'integer' },
          { key: 'attendanceRate', header: 'Asistencia', format: 'percent' },
          { key: 'averageScore', header: 'Puntaje promedio', format: 'decimal', decimals: 1 },
          { key: 'passingScore', header: 'Puntaje mínimo', format: 'integer' },
          { key: 'approved', header: 'Aprobaron', format: 'integer' },
          { key: 'approvalRate', header: 'Aprobación', format: 'percent' },
        ],
        rows: sessions.map((session) => {
          const each = figures.get(session.id)!;
          return {
            date: session.date,
            topic: session.topic,
            trainer: session.trainer,
            needs: session.needKeys.length,
            held: each.held,
            called: each.called,
            attended: each.held ? each.attended : null,
            attendanceRate: each.held ? shareOf(each.attended, each.called) : null,
            averageScore: averageOf(each.scores),
            passingScore: session.passingScore,
            approved: each.held ? each.approved : null,
            approvalRate: each.held ? shareOf(each.approved, each.attended) : null,
          };
        }),
        note: 'Asistencia = asistieron / convocados; aprobación = aprobaron / asistieron. Las sesiones no realizadas no tienen cifras.',
      },
      input.layout,
    ),
    asListing(
      {
        type: 'table',
        title: 'Necesidades descartadas',
        columns: [
          { key: 'year', header: 'Año', format: 'integer' },
          { key: 'source', header: 'Origen', format: 'text' },
          { key: 'need', header: 'Necesidad', format: 'text' },
          { key: 'basis', header: 'Fundamento', format: 'text' },
          { key: 'dismissedOn', header: 'Descartada el', format: 'date' },
          { key: 'reason', header: 'Motivo', format: 'text' },
        ],
        rows: dismissed.map((need) => ({
          year: need.year,
          source: TRAINING_NEED_SOURCE_LABELS[need.basis.kind],
          need: need.basis.label,
          basis: basisInWords(need.basis),
          dismissedOn: need.decidedOn,
          reason: need.reason,
        })),
      },
      input.layout,
    ),
  ];
  return {
    kind: 'TRAINING_NEEDS',
    title: 'Necesidades de capacitación para el PIC',
    legalBasis:
      'Decreto Ley 1567 de 1998; Decreto 1083 de 2015, título 9 (capacitación); Decreto 612 de 2018 (plan institucional de capacitación)',
    entityName: input.entityName,
    officeName: input.officeName,
    period: input.period,
    asOf: input.asOf,
    sections,
  };
}
