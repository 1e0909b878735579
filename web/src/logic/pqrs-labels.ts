// A PQRS case's codes as the screens offer them: the domain's Spanish words (src/domain/pqrs/labels.ts,
// the same the server's reports and the GraphQL schema use), the codes in the order the forms list them,
// the identity documents a petitioner may show, and the fallback for a code this client does not know.
import {
  ACCESS_DECISION_BY_THE_ANSWER,
  ANSWER_CHANNEL_LABELS,
  PERSON_TYPE_LABELS,
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  PQRS_STATUS_LABELS,
  PRIORITY_REASON_LABELS,
  receivedByChannel,
  TRAFFIC_LIGHT_LABELS,
  WITHDRAWAL_MODE_LABELS,
} from '../../../src/domain/pqrs/labels.js';
import type {
  AnswerChannel,
  PersonType,
  PqrsChannel,
  PqrsKind,
  PqrsStatus,
  PriorityReason,
} from '../graphql/generated/graphql.js';

export {
  ACCESS_DECISION_BY_THE_ANSWER,
  ANSWER_CHANNEL_LABELS,
  PERSON_TYPE_LABELS,
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  PQRS_STATUS_LABELS,
  PRIORITY_REASON_LABELS,
  receivedByChannel,
  TRAFFIC_LIGHT_LABELS,
  WITHDRAWAL_MODE_LABELS,
};

export const PQRS_KINDS = Object.keys(PQRS_KIND_LABELS) as PqrsKind[];
export const PQRS_CHANNELS = Object.keys(PQRS_CHANNEL_LABELS) as PqrsChannel[];
export const PQRS_STATUSES = Object.keys(PQRS_STATUS_LABELS) as PqrsStatus[];
export const PRIORITY_REASONS = Object.keys(PRIORITY_REASON_LABELS) as PriorityReason[];
export const PERSON_TYPES = Object.keys(PERSON_TYPE_LABELS) as PersonType[];
export const ANSWER_CHANNELS = Object.keys(ANSWER_CHANNEL_LABELS) as AnswerChannel[];

/** The identity documents used in Colombia, by the abbreviation the office writes (at most 10 letters). */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  CC: 'Cédula de ciudadanía',
  CE: 'Cédula de extranjería',
  TI: 'Tarjeta de identidad',
  RC: 'Registro civil de nacimiento',
  PA: 'Pasaporte',
  PEP: 'Permiso especial de permanencia',
  PPT: 'Permiso por protección temporal',
  NIT: 'NIT (persona jurídica)',
};

export const DOCUMENT_TYPES = Object.keys(DOCUMENT_TYPE_LABELS);

/** A code's Spanish name, or the code itself if the server sends one this client does not know yet. */
export function labelOf<Code extends string>(labels: Readonly<Record<Code, string>>, code: string): string {
  return (labels as Readonly<Record<string, string>>)[code] ?? code;
}
