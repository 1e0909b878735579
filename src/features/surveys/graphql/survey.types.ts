// Output types of the satisfaction-survey part of the schema.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PqrsChannel } from '../../../domain/pqrs/events.js';
import type { SurveyEvaluation, SurveyQuestionKind } from '../../../domain/survey/index.js';
import { PqrsChannelEnum } from '../../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';
import { PageInfo } from '../../../graphql/page-args.js';
import {
  SurveyEvaluationEnum,
  SurveyInstrumentStatusEnum,
  SurveyQuestionKindEnum,
  type SurveyInstrumentStatusValue,
} from './survey.enums.js';

@ObjectType({ description: 'Pregunta de un instrumento; su id se conserva entre versiones.' })
export class SurveyQuestion {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field(() => SurveyQuestionKindEnum) kind!: SurveyQuestionKind;
}

@ObjectType({ description: 'Una versión del instrumento, tal como se emitió.' })
export class SurveyInstrumentVersion {
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field(() => [SurveyQuestion]) questions!: SurveyQuestion[];
  @Field(() => Float) satisfactionThreshold!: number;
  @Field(() => DateTimeScalar) issuedAt!: string;
}

@ObjectType({ description: 'Instrumento de encuesta de satisfacción (ISO 9001:2015 9.1.2), versionado.' })
export class SurveyInstrument {
  @Field(() => ID) id!: string;
  @Field(() => SurveyInstrumentStatusEnum) status!: SurveyInstrumentStatusValue;
  @Field({ description: 'Nombre de la versión vigente.' }) name!: string;
  @Field(() => Int, { description: 'Versión vigente.' }) version!: number;
  @Field(() => [SurveyQuestion], { description: 'Preguntas de la versión vigente.' })
  questions!: SurveyQuestion[];
  @Field(() => Float, { description: 'Umbral de satisfacción vigente (0 a 1).' })
  satisfactionThreshold!: number;
  @Field(() => [SurveyInstrumentVersion], {
    description: 'Todas las versiones, de la más antigua a la vigente.',
  })
  versions!: SurveyInstrumentVersion[];
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) retiredAt!: string | null;
  @Field(() => Int, { description: 'Revisión del flujo del instrumento; úsela como expectedRevision.' })
  revision!: number;
}

@ObjectType()
export class SurveyInstrumentEdge {
  @Field() cursor!: string;
  @Field(() => SurveyInstrument) node!: SurveyInstrument;
}

@ObjectType({ description: 'Página de instrumentos (conexión por cursor), del más reciente al más antiguo.' })
export class SurveyInstrumentConnection {
  @Field(() => [SurveyInstrumentEdge]) edges!: SurveyInstrumentEdge[];
  @Field(() => [SurveyInstrument]) nodes!: SurveyInstrument[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'Respuesta a una pregunta.' })
export class SurveyAnswerView {
  @Field(() => ID) questionId!: string;
  @Field(() => SurveyQuestionKindEnum) kind!: SurveyQuestionKind;
  @Field(() => Int, { nullable: true }) score!: number | null;
  @Field(() => Boolean, { nullable: true }) yes!: boolean | null;
  @Field(() => String, { nullable: true }) text!: string | null;
}

@ObjectType({ description: 'Encuesta respondida. No muestra datos personales: a lo sumo, si es anónima.' })
export class SurveyResponse {
  @Field(() => ID) id!: string;
  @Field(() => ID) instrumentId!: string;
  @Field(() => Int) instrumentVersion!: number;
  @Field(() => [SurveyAnswerView]) answers!: SurveyAnswerView[];
  @Field(() => PqrsChannelEnum) channel!: PqrsChannel;
  @Field(() => DateScalar) answeredOn!: string;
  @Field(() => SurveyEvaluationEnum) evaluation!: SurveyEvaluation;
  @Field(() => String, { nullable: true }) radicado!: string | null;
  @Field(() => ID, { nullable: true }) affiliationId!: string | null;
  @Field({ description: 'Sin encuestado registrado.' }) anonymous!: boolean;
  @Field(() => DateTimeScalar) recordedAt!: string;
}

@ObjectType({ description: 'Puntaje de escala y cuántas respuestas lo dieron.' })
export class SurveyScoreCount {
  @Field(() => Int) score!: number;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Resultado de una pregunta en el periodo.' })
export class SatisfactionQuestionResult {
  @Field(() => ID) questionId!: string;
  @Field({ description: 'Texto de la versión más reciente que tiene la pregunta.' }) text!: string;
  @Field(() => SurveyQuestionKindEnum) kind!: SurveyQuestionKind;
  @Field(() => Int, { description: 'Respuestas a la pregunta.' }) answers!: number;
  @Field(() => Int, { description: 'Respuestas medidas (escala y sí/no).' }) measuredAnswers!: number;
  @Field(() => Int, { description: 'Respuestas favorables: 4 o 5, o sí.' }) favourableAnswers!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Favorables / medidas (0 a 1); null sin respuestas medidas.',
  })
  satisfactionIndex!: number | null;
  @Field(() => [SurveyScoreCount], { description: 'Preguntas de escala: respuestas por puntaje.' })
  scoreDistribution!: SurveyScoreCount[];
  @Field({ description: 'Si la pregunta está en la versión vigente.' }) inCurrentVersion!: boolean;
  @Field({ description: 'El índice está por debajo del umbral del instrumento.' }) belowThreshold!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'Bajo el umbral: referencia para formular la acción de mejora (source: { kind: SURVEY, reference }).',
  })
  improvementActionReference!: string | null;
}

@ObjectType({ description: 'Índice global del periodo: todas las respuestas medidas juntas.' })
export class SatisfactionOverall {
  @Field(() => Int) measuredAnswers!: number;
  @Field(() => Int) favourableAnswers!: number;
  @Field(() => Float, { nullable: true }) satisfactionIndex!: number | null;
  @Field() belowThreshold!: boolean;
}

@ObjectType({ description: 'Resultado por canal.' })
export class SatisfactionChannelResult {
  @Field(() => PqrsChannelEnum) channel!: PqrsChannel;
  @Field(() => Int) responses!: number;
  @Field(() => Int) measuredAnswers!: number;
  @Field(() => Int) favourableAnswers!: number;
  @Field(() => Float, { nullable: true }) satisfactionIndex!: number | null;
}

@ObjectType({ description: 'Resultado de una evaluación (primera o segunda).' })
export class SatisfactionEvaluationResult {
  @Field(() => SurveyEvaluationEnum) evaluation!: SurveyEvaluation;
  @Field(() => Int) responses!: number;
  @Field(() => Int) measuredAnswers!: number;
  @Field(() => Int) favourableAnswers!: number;
  @Field(() => Float, { nullable: true }) satisfactionIndex!: number | null;
}

@ObjectType({ description: 'Respuesta abierta: texto y fecha, sin datos del encuestado.' })
export class SurveyFreeTextAnswer {
  @Field(() => ID) questionId!: string;
  @Field() questionText!: string;
  @Field() text!: string;
  @Field(() => DateScalar) answeredOn!: string;
}

@ObjectType({
  description: 'Resultados de satisfacción de un instrumento en el periodo [from, to] (días de Bogotá).',
})
export class SatisfactionResults {
  @Field(() => ID) instrumentId!: string;
  @Field() instrumentName!: string;
  @Field(() => Float, { description: 'Umbral vigente del instrumento.' }) satisfactionThreshold!: number;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int, { description: 'Encuestas respondidas en el periodo.' }) responses!: number;
  @Field(() => SatisfactionOverall) overall!: SatisfactionOverall;
  @Field(() => [SatisfactionQuestionResult]) questions!: SatisfactionQuestionResult[];
  @Field(() => [SatisfactionChannelResult], { description: 'Todos los canales, con ceros.' })
  byChannel!: SatisfactionChannelResult[];
  @Field(() => SatisfactionEvaluationResult) firstEvaluation!: SatisfactionEvaluationResult;
  @Field(() => SatisfactionEvaluationResult) secondEvaluation!: SatisfactionEvaluationResult;
  @Field(() => Float, {
    nullable: true,
    description: 'Índice de la segunda evaluación menos el de la primera; null si falta alguna.',
  })
  evaluationDifference!: number | null;
  @Field(() => [SurveyFreeTextAnswer], {
    description: 'Respuestas abiertas, de la más antigua a la más reciente.',
  })
  freeTextAnswers!: SurveyFreeTextAnswer[];
}
