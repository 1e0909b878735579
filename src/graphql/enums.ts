// GraphQL enums, registered from the domain's own lists so the two never drift apart, each value
// described by the domain's Spanish words for it.
import { registerEnumType } from '@nestjs/graphql';
import {
  ACCESS_DECISIONS,
  ACCESS_DENIAL_GROUNDS,
  ANSWER_CHANNELS,
  PERSON_TYPES,
  PQRS_CHANNELS,
  PQRS_KINDS,
  PRIORITY_REASONS,
  WITHDRAWAL_MODES,
  type AccessDecision,
  type AccessDenialGround,
  type AnswerChannel,
  type PersonType,
  type PqrsChannel,
  type PqrsKind,
  type PriorityReason,
  type WithdrawalMode,
} from '../domain/pqrs/events.js';
import {
  ACCESS_DECISION_LABELS,
  ACCESS_DENIAL_GROUND_LABELS,
  ANSWER_CHANNEL_LABELS,
  ATTACHMENT_SOURCE_LABELS,
  PERSON_TYPE_LABELS,
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  PQRS_STATUS_LABELS,
  PRIORITY_REASON_LABELS,
  TRAFFIC_LIGHT_LABELS,
  WITHDRAWAL_MODE_LABELS,
} from '../domain/pqrs/labels.js';
import { PQRS_STATUSES, TRAFFIC_LIGHTS, type PqrsStatus, type TrafficLight } from '../domain/pqrs/index.js';
import { REPORT_FORMATS, REPORT_KINDS, type ReportFormat, type ReportKind } from '../domain/report/events.js';
import { REPORT_FORMAT_LABELS, REPORT_KIND_LABELS } from '../domain/report/labels.js';
import type { StaffRole } from '../domain/shared/decider.js';
import { ROLE_LABELS } from '../domain/shared/roles.js';
import { ROLE_PRECEDENCE } from '../identity/auth.js';
import { enumObject, valuesDescribedBy } from './enum-values.js';

/** Every status a received case can show (the domain's initial NOT_RECEIVED is never seen). */
export const PQRS_STATUS_VALUES = PQRS_STATUSES.filter(
  (status): status is Exclude<PqrsStatus, 'NOT_RECEIVED'> => status !== 'NOT_RECEIVED',
);
export type PqrsStatusValue = (typeof PQRS_STATUS_VALUES)[number];

export const PqrsKindEnum = enumObject<PqrsKind>(PQRS_KINDS);
export const PqrsChannelEnum = enumObject<PqrsChannel>(PQRS_CHANNELS);
export const PriorityReasonEnum = enumObject<PriorityReason>(PRIORITY_REASONS);
export const WithdrawalModeEnum = enumObject<WithdrawalMode>(WITHDRAWAL_MODES);
export const PqrsStatusEnum = enumObject(PQRS_STATUS_VALUES);
export const TrafficLightEnum = enumObject<TrafficLight>(TRAFFIC_LIGHTS);
export const RoleEnum = enumObject<StaffRole>(ROLE_PRECEDENCE);
export const AccessDecisionEnum = enumObject<AccessDecision>(ACCESS_DECISIONS);
export const AccessDenialGroundEnum = enumObject<AccessDenialGround>(ACCESS_DENIAL_GROUNDS);
export const PersonTypeEnum = enumObject<PersonType>(PERSON_TYPES);
export const AnswerChannelEnum = enumObject<AnswerChannel>(ANSWER_CHANNELS);
export type AttachmentSourceValue = keyof typeof ATTACHMENT_SOURCE_LABELS;
export const AttachmentSourceEnum = enumObject<AttachmentSourceValue>(
  Object.keys(ATTACHMENT_SOURCE_LABELS) as AttachmentSourceValue[],
);
export const ReportKindEnum = enumObject<ReportKind>(REPORT_KINDS);
export const ReportFormatEnum = enumObject<ReportFormat>(REPORT_FORMATS);

registerEnumType(PqrsKindEnum, {
  name: 'PqrsKind',
  description:
    'Tipo de PQRS: petición, solicitud de información, consulta, queja, reclamo, sugerencia, denuncia, entre autoridades.',
  valuesMap: valuesDescribedBy<PqrsKind>(PQRS_KIND_LABELS),
});
registerEnumType(PersonTypeEnum, {
  name: 'PersonType',
  description: 'Quién presenta la PQRS: persona natural, jurídica, niña/niño/adolescente, o nadie (anónima).',
  valuesMap: valuesDescribedBy<PersonType>(PERSON_TYPE_LABELS),
});
registerEnumType(AnswerChannelEnum, {
  name: 'AnswerChannel',
  description: 'Medio por el que el peticionario quiere recibir la respuesta.',
  valuesMap: valuesDescribedBy<AnswerChannel>(ANSWER_CHANNEL_LABELS),
});
registerEnumType(AttachmentSourceEnum, {
  name: 'AttachmentSource',
  description:
    'Con qué paso del caso llegó un archivo: la radicación, la información aportada o la respuesta.',
  valuesMap: valuesDescribedBy<AttachmentSourceValue>(ATTACHMENT_SOURCE_LABELS),
});
registerEnumType(PqrsChannelEnum, {
  name: 'PqrsChannel',
  description: 'Canal de recepción.',
  valuesMap: valuesDescribedBy<PqrsChannel>(PQRS_CHANNEL_LABELS),
});
registerEnumType(PriorityReasonEnum, {
  name: 'PriorityReason',
  description:
    'Motivo de atención prioritaria (Ley 1755 de 2015, art. 20) o preferencial (Ley 1437 de 2011, art. 5 num. 6).',
  valuesMap: valuesDescribedBy<PriorityReason>(PRIORITY_REASON_LABELS),
});
registerEnumType(WithdrawalModeEnum, {
  name: 'WithdrawalMode',
  description: 'Desistimiento expreso o tácito.',
  valuesMap: valuesDescribedBy<WithdrawalMode>(WITHDRAWAL_MODE_LABELS),
});
registerEnumType(PqrsStatusEnum, {
  name: 'PqrsStatus',
  description: 'Estado del caso.',
  valuesMap: valuesDescribedBy<PqrsStatusValue>(PQRS_STATUS_LABELS),
});
registerEnumType(TrafficLightEnum, {
  name: 'TrafficLight',
  description: 'Semáforo: a tiempo, por vencer, vencida.',
  valuesMap: valuesDescribedBy<TrafficLight>(TRAFFIC_LIGHT_LABELS),
});
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'Rol de un usuario de Ventanilla.',
  valuesMap: valuesDescribedBy<StaffRole>(ROLE_LABELS),
});
registerEnumType(AccessDecisionEnum, {
  name: 'AccessDecision',
  description:
    'Decisión sobre el acceso a la información: concedido, concedido parcialmente, negado (Ley 1712 de 2014).',
  valuesMap: valuesDescribedBy<AccessDecision>(ACCESS_DECISION_LABELS),
});
registerEnumType(AccessDenialGroundEnum, {
  name: 'AccessDenialGround',
  description:
    'Fundamento legal de la negación del acceso, total o parcial: las excepciones de los artículos 18 y 19 de la Ley 1712 de 2014.',
  valuesMap: valuesDescribedBy<AccessDenialGround>(ACCESS_DENIAL_GROUND_LABELS),
});
registerEnumType(ReportKindEnum, {
  name: 'ReportKind',
  description:
    'Informe de PQRS, de solicitudes de acceso a la información, de satisfacción, de gestión (matriz de indicadores) o relación para la Contraloría.',
  valuesMap: valuesDescribedBy<ReportKind>(REPORT_KIND_LABELS),
});
registerEnumType(ReportFormatEnum, {
  name: 'ReportFormat',
  description:
    'PDF, XLSX (Excel) o CSV: el informe como se lee; CSV_DATA: solo la tabla de datos (una fila de encabezados y las filas), para los informes que son una tabla.',
  valuesMap: valuesDescribedBy<ReportFormat>(REPORT_FORMAT_LABELS),
});
