// Output types of the PQRS part of the schema.
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import {
  LATE_ENTRY_FACTS,
  type AccessDecision,
  type AccessDenialGround,
  type AccessException,
  type AnswerChannel,
  type LateEntryFact,
  type PersonType,
  type PqrsChannel,
  type PqrsKind,
  type PriorityReason,
  type VerbalAnswerMode,
} from '../../../domain/pqrs/events.js';
import { LATE_ENTRY_FACT_LABELS } from '../../../domain/pqrs/labels.js';
import {
  AFTER_HOURS_RULE_LABELS,
  AFTER_HOURS_RULES,
  type AfterHoursRule,
} from '../../../domain/pqrs/filing-hours.js';
import type { CopiesStatus } from '../../../domain/pqrs/silence.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';
import {
  AccessDecisionEnum,
  AnswerChannelEnum,
  AttachmentSourceEnum,
  PersonTypeEnum,
  type AttachmentSourceValue,
  PqrsChannelEnum,
  PqrsKindEnum,
  PqrsStatusEnum,
  PriorityReasonEnum,
  TrafficLightEnum,
  type PqrsStatusValue,
} from '../../../graphql/enums.js';

import { PersonalDataView } from '../../../personal-data/personal-data-view.js';
import { Attachment } from '../../../graphql/attachments.js';
import { PageInfo } from '../../../graphql/page-args.js';
import { MeritEvaluation, PriorityProof } from './priority-merit.types.js';
import { HistoryActor } from '../../../identity/graphql/identity.types.js';
import { AccessDenialViewFields } from './access-denial-fields.js';
import { VerbalAnswerModeEnum } from './verbal-answer-fields.js';
@ObjectType({
  description:
    'Datos personales del peticionario (Ley 1581 de 2012), en la versión con que se radicó el caso: completos o enmascarados según el rol y el caso; null si fueron suprimidos.',
})
export class Petitioner extends PersonalDataView {}

export const LateEntryFactEnum = enumObject<LateEntryFact>(LATE_ENTRY_FACTS);
registerEnumType(LateEntryFactEnum, {
  name: 'LateEntryFact',
  description: 'El hecho de un caso que se registró con fecha anterior.',
  valuesMap: valuesDescribedBy<LateEntryFact>(LATE_ENTRY_FACT_LABELS),
});

export const AfterHoursRuleEnum = enumObject<AfterHoursRule>(AFTER_HOURS_RULES);
registerEnumType(AfterHoursRuleEnum, {
  name: 'AfterHoursRule',
  description: 'Desde cuándo corre el término de una radicación electrónica fuera del horario de atención.',
  valuesMap: valuesDescribedBy<AfterHoursRule>(AFTER_HOURS_RULE_LABELS),
});

@ObjectType({
  description:
    'Un hecho registrado con fecha anterior, después de la ventana admitida: quién lo registró así lo motivó, y cuenta como registro tardío en los informes.',
})
export class LateEntry {
  @Field(() => LateEntryFactEnum) fact!: LateEntryFact;
  @Field(() => DateTimeScalar, { description: 'Cuándo ocurrió el hecho, según quien lo registró.' })
  occurredAt!: string;
  @Field(() => DateScalar, { description: 'El día en que se registró.' }) recordedOn!: string;
  @Field(() => Int, { description: 'Días hábiles entre el hecho y su registro.' }) businessDaysLate!: number;
  @Field() reason!: string;
}

@ObjectType({
  description:
    'La leyenda "reclamo en trámite" de un reclamo de datos personales (art. 15, Ley 1581 de 2012): cuándo se marcó, hasta cuándo debía marcarse (2 días hábiles desde el reclamo completo) y si se marcó fuera de ese término.',
})
export class ClaimInProcessMark {
  @Field(() => DateScalar, { description: 'Día (hora de Bogotá) en que se marcó.' })
  markedOn!: string;
  @Field(() => DateScalar, { description: 'Último día en que debía marcarse.' })
  dueBy!: string;
  @Field({ description: 'Marcado después de los 2 días hábiles: se registra, no se rechaza.' })
  late!: boolean;
}

@ObjectType({ description: 'Un archivo del caso y el paso con que llegó.' })
export class CaseAttachment extends Attachment {
  @Field(() => AttachmentSourceEnum) source!: AttachmentSourceValue;
  @Field(() => DateTimeScalar, { description: 'Cuándo se radicó, se aportó o se respondió con él.' })
  addedAt!: string;
}

@ObjectType({ description: 'Un caso PQRS tal como lo muestran los modelos de lectura.' })
export class Pqrs {
  @Field() radicado!: string;
  @Field(() => PqrsKindEnum) kind!: PqrsKind;
  @Field(() => PqrsChannelEnum) channel!: PqrsChannel;
  @Field(() => PqrsStatusEnum) status!: PqrsStatusValue;
  @Field() subject!: string;
  @Field() description!: string;
  @Field(() => PersonTypeEnum) personType!: PersonType;
  @Field({
    description: 'Radicada sin identificar a nadie: la respuesta solo se consulta con el código de acceso.',
  })
  anonymous!: boolean;
  @Field(() => AnswerChannelEnum, {
    nullable: true,
    description: 'Cómo quiere el peticionario la respuesta; null si no se registró.',
  })
  answerChannel!: AnswerChannel | null;
  @Field(() => [CaseAttachment], {
    description: 'Los archivos del caso: de la radicación, de la información aportada y de la respuesta.',
  })
  attachments!: readonly CaseAttachment[];
  @Field(() => String, {
    nullable: true,
    description:
      'Solo en la respuesta de receivePqrs: el código de acceso (XXXX-XXXX-XXXX-XXXX) con que el peticionario consulta el caso en la Ventanilla virtual. Se muestra una sola vez; el registro guarda su huella.',
  })
  accessCode?: string | null;
  @Field(() => [PriorityReasonEnum]) priority!: readonly PriorityReason[];
  @Field() prioritized!: boolean;
  @Field(() => PriorityProof, {
    nullable: true,
    description: 'La prueba sumaria del riesgo a un derecho fundamental (art. 20); null si no se invocó.',
  })
  priorityProof!: PriorityProof | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Cuándo se alertó a la coordinación por riesgo para la vida o la integridad (art. 20).',
  })
  priorityAlertRaisedAt!: string | null;
  @Field(() => MeritEvaluation, {
    nullable: true,
    description:
      'Denuncias anónimas: la evaluación de mérito (Ley 962 de 2005, art. 81); null si no se ha hecho.',
  })
  meritEvaluation!: MeritEvaluation | null;
  @Field(() => DateTimeScalar) receivedAt!: string;
  @Field(() => AfterHoursRuleEnum, { description: 'La regla de radicación que se aplicó (art. 54 CPACA).' })
  afterHoursRule!: AfterHoursRule;
  @Field(() => String, {
    nullable: true,
    description: 'Horario de atención vigente al radicar (HH:MM-HH:MM); null si no se registró.',
  })
  officeHours!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Se recibió en día no hábil o fuera del horario de atención; null si no se registró.',
  })
  outsideOfficeHours!: boolean | null;
  @Field(() => DateScalar, {
    description:
      'Día en que la solicitud se entiende radicada: el término se cuenta desde el día hábil siguiente.',
  })
  radicatedOn!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'El término corre desde este día (día 1); null en casos radicados antes de registrarlo.',
  })
  termRunsFrom!: string | null;
  @Field({ description: 'Versión del calendario de días hábiles con que se calculó el vencimiento vigente.' })
  calendarVersion!: string;
  @Field(() => DateScalar, { description: 'Fecha de vencimiento en firme.' }) dueDate!: string;
  @Field(() => DateScalar, { description: 'Límite de la prórroga: el doble del término original.' })
  maxDueDate!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Día en que se prorrogó el término (una sola prórroga por petición); nulo si no se ha prorrogado.',
  })
  extendedOn!: string | null;
  @Field(() => String, { nullable: true }) dependency!: string | null;
  @Field(() => Int, { description: 'Revisión del flujo del caso; úsela como expectedRevision.' })
  revision!: number;
  @Field(() => DateTimeScalar, { nullable: true }) answeredAt!: string | null;
  @Field(() => Boolean, { nullable: true }) answeredOnTime!: boolean | null;
  @Field(() => AccessDecisionEnum, {
    nullable: true,
    description: 'En solicitudes de información respondidas: la decisión sobre el acceso.',
  })
  accessDecision!: AccessDecision | null;
  @AccessDenialViewFields.ground()
  accessDenialGround!: AccessDenialGround | null;
  @AccessDenialViewFields.detail()
  accessDenialDetail!: string | null;
  @AccessDenialViewFields.exception()
  accessException?: AccessException | null;
  @AccessDenialViewFields.provision()
  accessDenialProvision?: string | null;
  @AccessDenialViewFields.harm()
  accessDenialHarm?: string | null;
  @AccessDenialViewFields.publicVersion()
  publicVersionDelivered?: boolean | null;
  @Field(() => VerbalAnswerModeEnum, {
    nullable: true,
    description:
      'La respuesta se dio de viva voz, en persona o por teléfono (Decreto 1166 de 2016): su texto es la constancia escrita. Nulo: por escrito.',
  })
  verbalAnswer?: VerbalAnswerMode | null;
  @Field(() => TrafficLightEnum, {
    nullable: true,
    description: 'Semáforo; null si el caso ya no corre término.',
  })
  trafficLight!: string | null;
  @Field(() => String, { nullable: true }) transferredTo!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Trasladada después de los 5 días hábiles del art. 21 (Ley 1755 de 2015): se registra, no se rechaza. Nulo si no se trasladó.',
  })
  transferredLate!: boolean | null;
  @Field(() => ClaimInProcessMark, {
    nullable: true,
    description:
      'Reclamo de datos personales: la leyenda "reclamo en trámite" (art. 15, Ley 1581 de 2012). Null mientras no se ha marcado, y en los demás tipos.',
  })
  claimInProcessMark?: ClaimInProcessMark | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'La respuesta conjunta (art. 22: más de diez peticiones análogas) con que se respondió el caso; null si no.',
  })
  jointAnswerId?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Mientras espera al peticionario (art. 17): desde este día puede decretarse el desistimiento tácito (el plazo, prorrogado o no, terminó el día anterior).',
  })
  tacitWithdrawalFrom!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Día en que el peticionario pidió la única prórroga del plazo para completar (art. 17).',
  })
  completionWindowExtendedOn?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Número del acto administrativo que decretó el desistimiento tácito (art. 17).',
  })
  withdrawalActNumber?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Radicado de la petición desistida que este caso presenta de nuevo (art. 17).',
  })
  refilingOf?: string | null;
  @Field(() => [LateEntry], {
    description:
      'Los hechos del caso registrados con fecha anterior (registro tardío), del más antiguo al más reciente.',
  })
  lateEntries!: readonly LateEntry[];
  /** Resolved fields (assignee, petitioner) read these. */
  assigneeId!: string | null;
  /** The Bogotá day of receipt the legal windows count from (the read model's); absent, receivedAt's. */
  receivedOn?: string;
  petitionerId!: string | null;
  /** Absent in a document projected before versions were kept: the first. */
  petitionerVersion?: number | null;
  receivedBy?: string;
  /** A habeas data reclamo's day it was complete (the read model's): its mark is due 2 business days on. */
  claimCompleteOn?: string | null;
}

export const COPIES_STATUSES = ['PENDING', 'DELIVERED_ON_TIME', 'DELIVERED_LATE'] as const;
const COPIES_STATUS_LABELS: Readonly<Record<CopiesStatus, string>> = {
  PENDING: 'Pendientes de entrega',
  DELIVERED_ON_TIME: 'Entregadas a tiempo (dentro de 3 días hábiles)',
  DELIVERED_LATE: 'Entregadas tarde',
};
export const CopiesStatusEnum = enumObject<CopiesStatus>(COPIES_STATUSES);
registerEnumType(CopiesStatusEnum, {
  name: 'CopiesStatus',
  description: 'Las copias debidas por silencio positivo: pendientes, entregadas a tiempo o tarde.',
  valuesMap: valuesDescribedBy<CopiesStatus>(COPIES_STATUS_LABELS),
});

@ObjectType({ description: 'Silencio administrativo positivo (art. 14 num. 1, Ley 1755 de 2015).' })
export class PositiveSilenceView {
  @Field(() => DateScalar, { description: 'Desde este día la solicitud se entiende aceptada.' })
  silenceFrom!: string;
  @Field(() => DateScalar, { description: 'Último de los 3 días hábiles para entregar las copias.' })
  copiesDueBy!: string;
  @Field(() => CopiesStatusEnum) copiesStatus!: CopiesStatus;
  @Field(() => DateScalar, { nullable: true }) copiesDeliveredOn!: string | null;
}

@ObjectType({ description: 'Silencio administrativo negativo (art. 83, Ley 1437 de 2011).' })
export class NegativeSilenceView {
  @Field(() => DateScalar, {
    description: 'Desde este día (tres meses después de radicada) la petición se entiende negada.',
  })
  silenceFrom!: string;
}

@ObjectType()
export class PqrsEdge {
  @Field() cursor!: string;
  @Field(() => Pqrs) node!: Pqrs;
}

@ObjectType({ description: 'Página de casos (conexión por cursor).' })
export class PqrsConnection {
  @Field(() => [PqrsEdge]) edges!: PqrsEdge[];
  @Field(() => [Pqrs]) nodes!: Pqrs[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({
  description:
    'Un evento del historial de un caso, tal como quedó en el registro: del caso o, para las acciones de mejora formuladas a partir de él, su formulación y su cierre.',
})
export class HistoryEvent {
  @Field(() => ID) id!: string;
  @Field({ description: 'Flujo del evento: pqrs-<radicado> o improvement-action-<id>.' }) stream!: string;
  @Field() type!: string;
  @Field(() => Int, { description: 'Posición del evento en su propio flujo.' }) revision!: number;
  @Field(() => Int) schemaVersion!: number;
  @Field(() => DateTimeScalar) occurredAt!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field(() => HistoryActor) actor!: HistoryActor;
  @Field() correlationId!: string;
  @Field() causationId!: string;
  @Field() hash!: string;
  @Field(() => GraphQLJSON) data!: unknown;
}

@ObjectType({ description: 'Historial de un caso reproducido desde el registro de eventos.' })
export class CaseHistory {
  @Field() radicado!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Instante de corte, si se pidió.' })
  asOf!: string | null;
  @Field(() => [HistoryEvent]) events!: HistoryEvent[];
  @Field(() => GraphQLJSON, { description: 'Estado del caso en ese momento.' }) state!: unknown;
  @Field(() => PositiveSilenceView, {
    nullable: true,
    description:
      'Silencio administrativo positivo (art. 14 num. 1, Ley 1755 de 2015) juzgado el día del corte (asOf; sin él, hoy), con el caso como estaba entonces.',
  })
  positiveSilence!: PositiveSilenceView | null;
  @Field(() => NegativeSilenceView, {
    nullable: true,
    description:
      'Silencio administrativo negativo (art. 83, Ley 1437 de 2011) juzgado el día del corte (asOf; sin él, hoy).',
  })
  negativeSilence!: NegativeSilenceView | null;
}
