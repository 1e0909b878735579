// The Spanish names staff read for a PQRS case's codes (DESIGN.md, glossary), in the order the screens
// offer them. Pure data: the server keeps the codes, the screens show these words.

export type PqrsKind =
  | 'PETITION'
  | 'INFORMATION_REQUEST'
  | 'CONSULTATION'
  | 'COMPLAINT'
  | 'CLAIM'
  | 'SUGGESTION'
  | 'DENUNCIATION'
  | 'INTERAUTHORITY';
export type PqrsChannel = 'IN_PERSON' | 'PHONE' | 'EMAIL' | 'WEB' | 'MAIL' | 'SOCIAL_MEDIA';
export type PqrsStatus =
  'RECEIVED' | 'ASSIGNED' | 'AWAITING_INFORMATION' | 'ANSWERED' | 'CLOSED' | 'TRANSFERRED' | 'WITHDRAWN';
export type PriorityReason = 'FUNDAMENTAL_RIGHT_RISK' | 'MINOR' | 'JOURNALIST';

export const PQRS_KIND_LABELS: Readonly<Record<PqrsKind, string>> = {
  PETITION: 'Petición',
  INFORMATION_REQUEST: 'Solicitud de información o documentos',
  CONSULTATION: 'Consulta',
  COMPLAINT: 'Queja',
  CLAIM: 'Reclamo',
  SUGGESTION: 'Sugerencia',
  DENUNCIATION: 'Denuncia',
  INTERAUTHORITY: 'Petición entre autoridades',
};

export const PQRS_CHANNEL_LABELS: Readonly<Record<PqrsChannel, string>> = {
  IN_PERSON: 'Presencial',
  PHONE: 'Telefónico',
  EMAIL: 'Correo electrónico',
  WEB: 'Página web',
  MAIL: 'Correspondencia',
  SOCIAL_MEDIA: 'Redes sociales',
};

export const PQRS_STATUS_LABELS: Readonly<Record<PqrsStatus, string>> = {
  RECEIVED: 'Radicada',
  ASSIGNED: 'Asignada',
  AWAITING_INFORMATION: 'En espera de información',
  ANSWERED: 'Respondida',
  CLOSED: 'Cerrada',
  TRANSFERRED: 'Trasladada',
  WITHDRAWN: 'Desistida',
};

/** Ley 1755 de 2015, art. 20: who is attended first. */
export const PRIORITY_REASON_LABELS: Readonly<Record<PriorityReason, string>> = {
  FUNDAMENTAL_RIGHT_RISK: 'Riesgo de perjuicio irremediable a un derecho fundamental',
  MINOR: 'Petición de un niño, niña o adolescente',
  JOURNALIST: 'Periodista en ejercicio de su actividad',
};

export const PQRS_KINDS = Object.keys(PQRS_KIND_LABELS) as PqrsKind[];
export const PQRS_CHANNELS = Object.keys(PQRS_CHANNEL_LABELS) as PqrsChannel[];
export const PQRS_STATUSES = Object.keys(PQRS_STATUS_LABELS) as PqrsStatus[];
export const PRIORITY_REASONS = Object.keys(PRIORITY_REASON_LABELS) as PriorityReason[];

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
