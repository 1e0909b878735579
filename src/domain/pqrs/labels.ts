// The Spanish words of a PQRS case's codes (DESIGN.md, glossary), written once: the refusals, the
// reports, the GraphQL schema's descriptions and the staff web client all read them from here. Where two
// of them say a code differently, both wordings live here, side by side, with the reason.
import type {
  AccessDecision,
  AccessDenialGround,
  AnswerChannel,
  LateEntryFact,
  MeritAction,
  MeritBasis,
  PersonType,
  PqrsChannel,
  PqrsKind,
  PriorityReason,
  WithdrawalMode,
} from './events.js';
import type { PqrsStatus } from './state.js';
import type { TrafficLight } from './traffic-light.js';

/** In the order the forms offer them. */
export const PQRS_KIND_LABELS: Readonly<Record<PqrsKind, string>> = {
  PETITION: 'Petición',
  INFORMATION_REQUEST: 'Solicitud de información o documentos',
  CONSULTATION: 'Consulta',
  COMPLAINT: 'Queja',
  CLAIM: 'Reclamo',
  SUGGESTION: 'Sugerencia',
  DENUNCIATION: 'Denuncia',
  INTERAUTHORITY: 'Petición entre autoridades',
  HABEAS_DATA_CONSULTATION: 'Consulta de datos personales (habeas data)',
  HABEAS_DATA_CLAIM: 'Reclamo de datos personales (habeas data)',
};

/** Affiliations and survey responses arrive by the same channels. */
export const PQRS_CHANNEL_LABELS: Readonly<Record<PqrsChannel, string>> = {
  IN_PERSON: 'Presencial',
  PHONE: 'Telefónico',
  EMAIL: 'Correo electrónico',
  WEB: 'Página web',
  MAIL: 'Correspondencia',
  SOCIAL_MEDIA: 'Redes sociales',
};

/**
 * The grammatical gender of each kind's label, so a sentence built from it agrees: "Reclamo recibido",
 * "Queja recibida". Only the claim is masculine.
 */
export const PQRS_KIND_GENDER: Readonly<Record<PqrsKind, 'MASCULINE' | 'FEMININE'>> = {
  PETITION: 'FEMININE',
  INFORMATION_REQUEST: 'FEMININE',
  CONSULTATION: 'FEMININE',
  COMPLAINT: 'FEMININE',
  CLAIM: 'MASCULINE',
  SUGGESTION: 'FEMININE',
  DENUNCIATION: 'FEMININE',
  INTERAUTHORITY: 'FEMININE',
  HABEAS_DATA_CONSULTATION: 'FEMININE',
  HABEAS_DATA_CLAIM: 'MASCULINE',
};

/**
 * Each channel as the end of "recibido …": the labels above are adjectives or titles ("Telefónico",
 * "Página web") and read wrong after "por"; these are the phrases a person says.
 */
export const PQRS_CHANNEL_IN_SENTENCES: Readonly<Record<PqrsChannel, string>> = {
  IN_PERSON: 'en persona',
  PHONE: 'por teléfono',
  EMAIL: 'por correo electrónico',
  WEB: 'por la página web',
  MAIL: 'por correspondencia',
  SOCIAL_MEDIA: 'por redes sociales',
};

/** "Reclamo recibido por teléfono", "Petición recibida en persona": the kind agrees with "recibido". */
export function receivedByChannel(kind: PqrsKind, channel: PqrsChannel): string {
  const received = PQRS_KIND_GENDER[kind] === 'MASCULINE' ? 'recibido' : 'recibida';
  return `${PQRS_KIND_LABELS[kind]} ${received} ${PQRS_CHANNEL_IN_SENTENCES[channel]}`;
}

/** Feminine, as "la PQRS": a received case never shows NOT_RECEIVED. */
export const PQRS_STATUS_LABELS: Readonly<Record<Exclude<PqrsStatus, 'NOT_RECEIVED'>, string>> = {
  RECEIVED: 'Radicada',
  ASSIGNED: 'Asignada',
  AWAITING_INFORMATION: 'En espera de información',
  ANSWERED: 'Respondida',
  CLOSED: 'Cerrada',
  TRANSFERRED: 'Trasladada',
  WITHDRAWN: 'Desistida',
};

/** Inside a refusal, "el caso … está radicado": lower case, and masculine to agree with "caso". */
export const PQRS_STATUS_IN_SENTENCES: Readonly<Record<PqrsStatus, string>> = {
  NOT_RECEIVED: 'sin radicar',
  RECEIVED: 'radicado',
  ASSIGNED: 'asignado',
  AWAITING_INFORMATION: 'en espera de información',
  ANSWERED: 'respondido',
  CLOSED: 'cerrado',
  TRANSFERRED: 'trasladado',
  WITHDRAWN: 'desistido',
};

/**
 * Who is attended first, in the order the Radicar form lists them: Ley 1755 de 2015 art. 20's priority,
 * then Ley 1437 de 2011 art. 5 num. 6's preferential attention (see priority.ts).
 */
export const PRIORITY_REASON_LABELS: Readonly<Record<PriorityReason, string>> = {
  FUNDAMENTAL_RIGHT_RISK: 'Riesgo de perjuicio irremediable a un derecho fundamental',
  MINOR: 'Petición de un niño, niña o adolescente',
  JOURNALIST: 'Periodista en ejercicio de su actividad',
  DISABILITY: 'Persona en situación de discapacidad',
  PREGNANCY: 'Mujer gestante',
  OLDER_ADULT: 'Adulto mayor',
};

/** The two kinds of priority, as the case page and the Informe de PQRS name them. */
export const PRIORITY_BASIS_LABELS: Readonly<Record<'ART_20' | 'CPACA_5_6', string>> = {
  ART_20: 'Atención prioritaria (Ley 1755 de 2015, art. 20)',
  CPACA_5_6: 'Atención preferencial (Ley 1437 de 2011, art. 5 num. 6)',
};

/** The grounds of a merit evaluation of an anonymous denuncia (Ley 962 de 2005, art. 81). */
export const MERIT_BASIS_LABELS: Readonly<Record<MeritBasis, string>> = {
  FACTS_SUMMARILY_PROVEN: 'Los hechos están probados sumariamente',
  IDENTIFIABLE_FACTS_OR_PERSONS: 'Se refiere a hechos o personas claramente identificables',
  NEITHER: 'Ni probada sumariamente ni con hechos o personas identificables',
};

/** The action an admissible anonymous denuncia starts. */
export const MERIT_ACTION_LABELS: Readonly<Record<MeritAction, string>> = {
  INTERNAL_DISCIPLINARY_CONTROL: 'Remitida a control disciplinario interno',
  COMPETENT_AUTHORITY: 'Remitida a la autoridad competente (fiscal, penal u otra)',
  ADMINISTRATIVE_ACTION: 'Actuación administrativa de la entidad',
};

/** What each kind of withdrawal means, as the Desistimiento form offers it and the history tells it. */
export const WITHDRAWAL_MODE_LABELS: Readonly<Record<WithdrawalMode, string>> = {
  EXPRESS: 'Expreso: el peticionario desistió',
  TACIT: 'Tácito: no completó la petición en un mes',
};

/** Ley 1712 de 2014: the outcome of a request for information, as the reports count it. */
export const ACCESS_DECISION_LABELS: Readonly<Record<AccessDecision, string>> = {
  GRANTED: 'Acceso concedido',
  PARTIALLY_GRANTED: 'Acceso concedido parcialmente',
  DENIED: 'Acceso negado',
};

/**
 * The same decisions said as what the answer does ("Niega el acceso"): how the answer form offers them
 * and the case's screens and history read them.
 */
export const ACCESS_DECISION_BY_THE_ANSWER: Readonly<Record<AccessDecision, string>> = {
  GRANTED: 'Concede el acceso',
  PARTIALLY_GRANTED: 'Concede el acceso parcialmente',
  DENIED: 'Niega el acceso',
};

/**
 * The legal grounds a denial of access may invoke (Ley 1712 de 2014), as the answer form offers them and
 * the access report prints them: art. 18 protects persons' rights, art. 19 public interests.
 */
export const ACCESS_DENIAL_GROUND_LABELS: Readonly<Record<AccessDenialGround, string>> = {
  PRIVACY: 'Intimidad y datos personales (art. 18 a)',
  LIFE_HEALTH_SAFETY: 'Vida, salud o seguridad de las personas (art. 18 b)',
  TRADE_SECRETS: 'Secretos comerciales, industriales y profesionales (art. 18 c)',
  NATIONAL_DEFENSE: 'Defensa y seguridad nacional (art. 19 a)',
  PUBLIC_SAFETY: 'Seguridad pública (art. 19 b)',
  INTERNATIONAL_RELATIONS: 'Relaciones internacionales (art. 19 c)',
  CRIME_PREVENTION: 'Prevención, investigación y persecución de delitos y faltas disciplinarias (art. 19 d)',
  DUE_PROCESS: 'Debido proceso e igualdad de las partes en procesos judiciales (art. 19 e)',
  ADMINISTRATION_OF_JUSTICE: 'Administración efectiva de la justicia (art. 19 f)',
  CHILDREN_RIGHTS: 'Derechos de la infancia y la adolescencia (art. 19 g)',
  MACROECONOMIC_STABILITY: 'Estabilidad macroeconómica y financiera del país (art. 19 h)',
  PUBLIC_HEALTH: 'Salud pública (art. 19 i)',
  DELIBERATIVE_PROCESS: 'Opiniones del proceso deliberativo de los servidores públicos (art. 19, parágrafo)',
};

/** What a denial recorded before its ground was kept reads as. */
export const ACCESS_DENIAL_GROUND_NOT_RECORDED = 'No registrado';

/** The semáforo of an open case. */
export const TRAFFIC_LIGHT_LABELS: Readonly<Record<TrafficLight, string>> = {
  ON_TIME: 'A tiempo',
  DUE_SOON: 'Por vencer',
  OVERDUE: 'Vencida',
};

/** Where a report names a case's dependency and nobody was assigned the case yet. */
export const UNASSIGNED_DEPENDENCY_LABEL = 'Sin asignar';

/** The fact a late entry dates, as a report's column and the case page name it. */
export const LATE_ENTRY_FACT_LABELS: Readonly<Record<LateEntryFact, string>> = {
  RECEIVED: 'Recepción',
  INFORMATION_PROVIDED: 'Información aportada',
  ANSWERED: 'Respuesta',
};

/** How a fact recorded after the late-entry window is flagged, wherever timeliness is reported. */
export const LATE_ENTRY_FLAG = 'Registrado con fecha anterior';

/** Who files, as the PQRSD form asks (Resolución MinTIC 1519 de 2020, anexo 2). */
export const PERSON_TYPE_LABELS: Readonly<Record<PersonType, string>> = {
  NATURAL: 'Persona natural',
  LEGAL: 'Persona jurídica',
  MINOR: 'Niña, niño o adolescente',
  ANONYMOUS: 'Anónimo',
};

export const ANSWER_CHANNEL_LABELS: Readonly<Record<AnswerChannel, string>> = {
  EMAIL: 'Correo electrónico',
  POSTAL: 'Dirección postal',
};

/** Which step of the case a file came with. */
export const ATTACHMENT_SOURCE_LABELS: Readonly<Record<'FILING' | 'INFORMATION' | 'ANSWER', string>> = {
  FILING: 'Radicación',
  INFORMATION: 'Información aportada',
  ANSWER: 'Respuesta',
};

/**
 * Each kind in plain words for the citizen who chooses it on the Ventanilla virtual (Ley 1755 de 2015;
 * Ley 1474 de 2011 art. 76; Ley 1712 de 2014): what it is for, not how the law names it.
 */
export const PQRS_KIND_EXPLANATIONS: Readonly<Record<PqrsKind, string>> = {
  PETITION:
    'Pida a la entidad que haga algo, que reconozca un derecho o que resuelva una situación suya o de interés general.',
  INFORMATION_REQUEST:
    'Pida información pública o copias de documentos que tiene la entidad (Ley 1712 de 2014). No tiene que decir para qué la quiere y la solicitud es gratuita.',
  CONSULTATION:
    'Pregunte a la entidad su concepto u opinión sobre un tema de su competencia; la respuesta orienta, no obliga.',
  COMPLAINT: 'Manifieste su inconformidad con la conducta o la atención de un funcionario de la entidad.',
  CLAIM: 'Exija que se corrija un servicio que no se prestó o se prestó mal, o un cobro que no corresponde.',
  SUGGESTION: 'Proponga una idea para mejorar un servicio o un trámite de la entidad.',
  DENUNCIATION:
    'Ponga en conocimiento de la entidad un posible acto de corrupción o una conducta irregular de un servidor público; puede hacerlo de forma anónima.',
  INTERAUTHORITY: 'Solo para otras entidades públicas que piden información o documentos a la entidad.',
  HABEAS_DATA_CONSULTATION:
    'Pregunte qué datos personales suyos tiene la entidad y para qué los usa (Ley 1581 de 2012, art. 14).',
  HABEAS_DATA_CLAIM:
    'Pida corregir, actualizar o suprimir sus datos personales, o revocar la autorización que dio para tratarlos (Ley 1581 de 2012, art. 15).',
};
