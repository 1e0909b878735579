/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Decisión sobre el acceso a la información: concedido, concedido parcialmente, negado (Ley 1712 de 2014). */
export type AccessDecision =
  /** Acceso negado */
  | 'DENIED'
  /** Acceso concedido */
  | 'GRANTED'
  /** Acceso concedido parcialmente */
  | 'PARTIALLY_GRANTED';

/** Fundamento legal de la negación del acceso, total o parcial: las excepciones de los artículos 18 y 19 de la Ley 1712 de 2014. */
export type AccessDenialGround =
  /** Administración efectiva de la justicia (art. 19 f) */
  | 'ADMINISTRATION_OF_JUSTICE'
  /** Derechos de la infancia y la adolescencia (art. 19 g) */
  | 'CHILDREN_RIGHTS'
  /** Prevención, investigación y persecución de delitos y faltas disciplinarias (art. 19 d) */
  | 'CRIME_PREVENTION'
  /** Opiniones del proceso deliberativo de los servidores públicos (art. 19, parágrafo) */
  | 'DELIBERATIVE_PROCESS'
  /** Debido proceso e igualdad de las partes en procesos judiciales (art. 19 e) */
  | 'DUE_PROCESS'
  /** Relaciones internacionales (art. 19 c) */
  | 'INTERNATIONAL_RELATIONS'
  /** Vida, salud o seguridad de las personas (art. 18 b) */
  | 'LIFE_HEALTH_SAFETY'
  /** Estabilidad macroeconómica y financiera del país (art. 19 h) */
  | 'MACROECONOMIC_STABILITY'
  /** Defensa y seguridad nacional (art. 19 a) */
  | 'NATIONAL_DEFENSE'
  /** Intimidad y datos personales (art. 18 a) */
  | 'PRIVACY'
  /** Salud pública (art. 19 i) */
  | 'PUBLIC_HEALTH'
  /** Seguridad pública (art. 19 b) */
  | 'PUBLIC_SAFETY'
  /** Secretos comerciales, industriales y profesionales (art. 18 c) */
  | 'TRADE_SECRETS';

/** La excepción que invoca una negación del acceso: información clasificada (art. 18) o reservada (art. 19) de la Ley 1712 de 2014. */
export type AccessException =
  /** Información clasificada (Ley 1712 de 2014, art. 18) */
  | 'CLASSIFIED'
  /** Información reservada (Ley 1712 de 2014, art. 19) */
  | 'RESERVED';

export type AccessLogFilterInput = {
  actorId?: string | number | null | undefined;
  /** Registrado desde (ISO 8601). */
  from?: string | null | undefined;
  personId?: string | number | null | undefined;
  /** Registrado hasta (ISO 8601). */
  to?: string | null | undefined;
};

/** De dónde surge la acción de mejora. */
export type ActionSourceInput = {
  kind: ActionSourceKind;
  /** Radicado (PQRS-AAAA-NNNNNN) si el origen es una PQRS; <id de la revisión>/<número de decisión> si es una revisión por la dirección; si no, la encuesta, el hallazgo o el indicador. */
  reference: string;
};

/** Origen de la acción de mejora: PQRS, encuesta de satisfacción, hallazgo de auditoría, indicador o revisión por la dirección. */
export type ActionSourceKind =
  /** Hallazgo de auditoría */
  | 'AUDIT'
  /** Indicador */
  | 'INDICATOR'
  /** Revisión por la dirección */
  | 'MANAGEMENT_REVIEW'
  /** PQRS */
  | 'PQRS'
  /** Encuesta de satisfacción */
  | 'SURVEY';

export type AddPlanActivityInput = {
  /** La actividad. */
  description: string;
  /** Fecha de fin, dentro del año del plan. */
  endDate: string;
  /** Meta del plan a la que aporta. */
  goalId: string | number;
  /** Indicador con que se mide. */
  indicator: string;
  /** Funcionario responsable. */
  responsibleId: string | number;
  /** Fecha de inicio, dentro del año del plan. */
  startDate: string;
  /** Meta del indicador. */
  target: string;
  /** Peso: porcentaje del plan, mayor que 0, con máximo dos decimales; los pesos del plan no pueden pasar de 100. */
  weight: number;
  /** Año del plan de acción. */
  year: number;
};

export type AddRiskControlInput = {
  /** Descripción del control. */
  description: string;
  documentation: RiskControlDocumentation;
  evidence: RiskControlEvidence;
  /** Registro que deja el control: formato, informe, bitácora. */
  evidenceDescription: string;
  frequency: RiskControlFrequency;
  implementation: RiskControlImplementation;
  periodicity: RiskControlPeriodicity;
  /** Funcionario responsable de ejecutar el control. */
  responsibleId: string | number;
  type: RiskControlType;
};

/** Decisión: aprobada o rechazada. */
export type AffiliationDecision =
  /** Aprobada */
  | 'APPROVED'
  /** Rechazada */
  | 'REJECTED';

export type AffiliationListFilterInput = {
  affiliationType?: AffiliationType | null | undefined;
  assigneeId?: string | number | null | undefined;
  /** Campaña o feria escrita a mano en las solicitudes anteriores al plan, exacta. */
  campaign?: string | null | undefined;
  /** Campaña del plan. */
  campaignId?: string | number | null | undefined;
  channel?: PqrsChannel | null | undefined;
  /** Con documentos requeridos sin aceptar (true) o completas (false). */
  hasPendingDocuments?: boolean | null | undefined;
  memberNumber?: string | null | undefined;
  receivedFrom?: string | null | undefined;
  receivedTo?: string | null | undefined;
  status?: AffiliationStatus | null | undefined;
  /** Un número de solicitud (AFI-2026-000042, o solo su consecutivo: 42) la busca por su número; otro texto, en número de afiliado y campaña. */
  text?: string | null | undefined;
};

/** Estado de la afiliación: recibida, asignada, requisitos verificados, aprobada, rechazada, retirada. */
export type AffiliationStatus =
  /** Aprobada */
  | 'APPROVED'
  /** Asignada */
  | 'ASSIGNED'
  /** Recibida */
  | 'RECEIVED'
  /** Rechazada */
  | 'REJECTED'
  /** Requisitos verificados */
  | 'REQUIREMENTS_VERIFIED'
  /** Retirada */
  | 'RETIRED';

/** Tipo de afiliación: persona dependiente, empresa o trabajador independiente. */
export type AffiliationType =
  /** Empresa */
  | 'COMPANY'
  /** Trabajador independiente */
  | 'INDEPENDENT'
  /** Persona dependiente */
  | 'INDIVIDUAL';

/** Desde cuándo corre el término de una radicación electrónica fuera del horario de atención. */
export type AfterHoursRule =
  /** Radicación electrónica fuera del horario o en día no hábil: se radica el día hábil siguiente (Ley 1437 de 2011, art. 54) */
  | 'NEXT_BUSINESS_DAY'
  /** El término se cuenta desde el día de recibo, a cualquier hora */
  | 'RECEIPT_DAY';

/** Medio por el que el peticionario quiere recibir la respuesta. */
export type AnswerChannel =
  /** Correo electrónico */
  | 'EMAIL'
  /** Dirección postal */
  | 'POSTAL';

export type AnswerSurveyInput = {
  /** Afiliación que origina la encuesta. */
  affiliationId?: string | number | null | undefined;
  /** Día en que se respondió; por omisión, hoy. */
  answeredOn?: string | null | undefined;
  answers: Array<SurveyAnswerInput>;
  channel: PqrsChannel;
  evaluation?: SurveyEvaluation;
  /** La misma clave dos veces registra una sola encuesta. */
  idempotencyKey?: string | null | undefined;
  instrumentId: string | number;
  /** Versión del formulario diligenciado; por omisión, la vigente. */
  instrumentVersion?: number | null | undefined;
  /** Radicado de la PQRS que origina la encuesta. */
  radicado?: string | null | undefined;
  /** Datos del encuestado: se guardan cifrados fuera del registro de eventos. */
  respondent?: PetitionerInput | null | undefined;
  /** Persona ya registrada (p. ej. el peticionario de la PQRS). Sin encuestado: anónima. */
  respondentId?: string | number | null | undefined;
};

/** Con qué paso del caso llegó un archivo: la radicación, la información aportada o la respuesta. */
export type AttachmentSource =
  /** Respuesta */
  | 'ANSWER'
  /** Radicación */
  | 'FILING'
  /** Información aportada */
  | 'INFORMATION';

/** Filtros de la búsqueda en el registro de eventos; se combinan todos. */
export type AuditEventsFilterInput = {
  /** Quién registró el evento. */
  actorId?: string | number | null | undefined;
  /** Categoría del flujo, p. ej. pqrs- o affiliation-: un mismo tipo significa cosas distintas en cada una. */
  category?: string | null | undefined;
  /** Registrados en este instante o después. */
  from?: string | null | undefined;
  /** Los eventos de los casos que radicó una persona: palabras de su nombre (o sus comienzos, de 3 letras o más) o su número de documento completo. Solo para los roles que ven los datos personales de esos casos. */
  petitioner?: string | null | undefined;
  /** Los eventos de un caso PQRS, por su radicado. */
  radicado?: string | null | undefined;
  /** Un flujo por su nombre completo, p. ej. pqrs-PQRS-2026-000001 o affiliation-<id>. */
  stream?: string | null | undefined;
  /** Registrados en este instante o antes. */
  to?: string | null | undefined;
  /** Tipo de evento, p. ej. Assigned. */
  type?: string | null | undefined;
};

/** Canal o medio por el que la campaña llega a las personas. */
export type CampaignChannel =
  /** Correo electrónico */
  | 'EMAIL'
  /** Presencial */
  | 'IN_PERSON'
  /** Perifoneo */
  | 'LOUDSPEAKER'
  /** Prensa */
  | 'PRESS'
  /** Material impreso */
  | 'PRINTED_MATERIAL'
  /** Radio */
  | 'RADIO'
  /** Redes sociales */
  | 'SOCIAL_MEDIA'
  /** Televisión */
  | 'TELEVISION'
  /** Página web */
  | 'WEBSITE';

export type CampaignFilterInput = {
  kind?: CampaignKind | null | undefined;
  /** Código DIVIPOLA del municipio. */
  municipalityCode?: string | null | undefined;
  /** Año del plan (el de la fecha de inicio). */
  year?: number | null | undefined;
};

/** Tipo de actividad del plan de mercadeo y medios: campaña, feria, visita o acción de difusión. */
export type CampaignKind =
  /** Campaña */
  | 'CAMPAIGN'
  /** Acción de difusión */
  | 'DISSEMINATION'
  /** Feria */
  | 'FAIR'
  /** Visita */
  | 'VISIT';

/** Las copias debidas por silencio positivo: pendientes, entregadas a tiempo o tarde. */
export type CopiesStatus =
  /** Entregadas tarde */
  | 'DELIVERED_LATE'
  /** Entregadas a tiempo (dentro de 3 días hábiles) */
  | 'DELIVERED_ON_TIME'
  /** Pendientes de entrega */
  | 'PENDING';

export type CreateActionPlanInput = {
  /** Nombre del plan. */
  title: string;
  /** Año del plan de acción. */
  year: number;
};

/** Una entrada nueva de preguntas frecuentes: queda en borrador. */
export type CreateFaqEntryInput = {
  answer: string;
  /** Categoría (texto libre, p. ej. "Afiliaciones"). */
  category: string;
  /** La misma clave dos veces crea una sola entrada. */
  idempotencyKey?: string | null | undefined;
  /** Radicados de los casos de donde sale la entrada. */
  linkedRadicados?: Array<string> | null | undefined;
  question: string;
  /** Etiquetas; se guardan en minúsculas. */
  tags?: Array<string> | null | undefined;
};

export type CreateUserInput = {
  dependency?: string | null | undefined;
  /** Correo electrónico del funcionario (opcional), para el resumen diario de vencimientos. */
  email?: string | null | undefined;
  fullName: string;
  /** Al menos 12 caracteres, distinta del nombre de usuario y fuera de la lista de contraseñas más comunes. */
  password: string;
  roles: Array<Role>;
  username: string;
};

/** El acto administrativo que declara el cambio del calendario. */
export type DeclaringActInput = {
  /** Fecha del acto. */
  date: string;
  /** Número del acto (p. ej. 045). */
  number: string;
  /** Nombre del acto (p. ej. «Resolución de la Gerencia»). */
  title: string;
};

export type FaqEntriesFilterInput = {
  category?: string | null | undefined;
  status?: FaqEntryStatus | null | undefined;
  /** Busca en pregunta, categoría y etiquetas. */
  text?: string | null | undefined;
};

/** Estado de una entrada: borrador, publicada, retirada. */
export type FaqEntryStatus =
  /** Borrador */
  | 'DRAFT'
  /** Publicada */
  | 'PUBLISHED'
  /** Retirada */
  | 'RETIRED';

export type FormulateImprovementActionInput = {
  /** Acción que se tomará. */
  action: string;
  /** Fecha límite; no anterior al día de la formulación. */
  dueDate: string;
  /** Acción anterior, verificada como no eficaz, a la que esta da continuidad. */
  linkedActionId?: string | number | null | undefined;
  /** Problema o no conformidad. */
  problem: string;
  /** Funcionario responsable. */
  responsibleId: string | number;
  /** Causa raíz. */
  rootCause: string;
  source: ActionSourceInput;
};

/** Estado de la acción de mejora: abierta en plazo, abierta vencida (fecha límite pasada, hora de Bogotá), cerrada eficaz o cerrada no eficaz. */
export type ImprovementActionStatus =
  /** Cerrada eficaz */
  | 'CLOSED_EFFECTIVE'
  /** Cerrada no eficaz */
  | 'CLOSED_NOT_EFFECTIVE'
  /** Abierta, en plazo */
  | 'OPEN'
  /** Abierta, vencida */
  | 'OVERDUE';

/** Agrupación de la serie: día (2026-03-02), mes (2026-03), trimestre (2026-T1), semestre (2026-S1) o año (2026). */
export type IndicatorGranularity =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'SEMESTER'
  | 'YEAR';

/** El hecho de un caso que se registró con fecha anterior. */
export type LateEntryFact =
  /** Respuesta */
  | 'ANSWERED'
  /** Información aportada */
  | 'INFORMATION_PROVIDED'
  /** Recepción */
  | 'RECEIVED';

/** Estado de la revisión: abierta (acta en elaboración) o cerrada (acta aprobada). */
export type ManagementReviewStatus =
  /** Cerrada (acta aprobada) */
  | 'CLOSED'
  /** Abierta (acta en elaboración) */
  | 'OPEN';

export type MaterializationLinkInput = {
  kind: MaterializationLinkKind;
  /** Radicado (PQRS-AAAA-NNNNNN), id de la acción de mejora o código del indicador (enum RiskIndicator). */
  reference: string;
};

/** Lo que muestra la materialización: una PQRS, una acción de mejora o un indicador. */
export type MaterializationLinkKind =
  /** Acción de mejora */
  | 'IMPROVEMENT_ACTION'
  /** Indicador */
  | 'INDICATOR'
  /** PQRS */
  | 'PQRS';

/** La actuación que inicia una denuncia anónima procedente. */
export type MeritAction =
  /** Actuación administrativa de la entidad */
  | 'ADMINISTRATIVE_ACTION'
  /** Remitida a la autoridad competente (fiscal, penal u otra) */
  | 'COMPETENT_AUTHORITY'
  /** Remitida a control disciplinario interno */
  | 'INTERNAL_DISCIPLINARY_CONTROL';

/** Fundamento de la evaluación de mérito de una denuncia anónima (Ley 962 de 2005, art. 81). */
export type MeritBasis =
  /** Los hechos están probados sumariamente */
  | 'FACTS_SUMMARILY_PROVEN'
  /** Se refiere a hechos o personas claramente identificables */
  | 'IDENTIFIABLE_FACTS_OR_PERSONS'
  /** Ni probada sumariamente ni con hechos o personas identificables */
  | 'NEITHER';

/** Por dónde se da el aviso. */
export type NoticeChannel =
  /** Correo electrónico */
  | 'EMAIL'
  /** Ventanilla virtual */
  | 'PORTAL'
  /** Correo postal */
  | 'POSTAL';

/** Qué aviso es: los que la ley ordena dar al peticionario (y la copia del traslado). */
export type NoticeKind =
  /** Acuse de recibo */
  | 'ACKNOWLEDGMENT'
  /** Decisión sobre la afiliación */
  | 'AFFILIATION_DECISION'
  /** Respuesta */
  | 'ANSWER'
  /** Aviso de prórroga */
  | 'EXTENSION'
  /** Requerimiento para completar (art. 17) */
  | 'INFORMATION_REQUEST'
  /** Alerta de prioridad a coordinación (art. 20) */
  | 'PRIORITY_ALERT'
  /** Desistimiento tácito */
  | 'TACIT_WITHDRAWAL'
  /** Acto de desistimiento tácito */
  | 'TACIT_WITHDRAWAL_DECREE'
  /** Aviso de traslado */
  | 'TRANSFER'
  /** Copia del traslado a la entidad competente */
  | 'TRANSFER_COPY';

/** Plantilla de aviso: una por cada aviso que exige la ley, el oficio de respuesta y el resumen diario. */
export type NoticeTemplateKey =
  /** Acuse de recibo (constancia de radicación) */
  | 'ACKNOWLEDGMENT'
  /** Decisión sobre la afiliación */
  | 'AFFILIATION_DECISION'
  /** Aviso de respuesta (correo con el oficio) */
  | 'ANSWER'
  /** Oficio de respuesta (cuerpo de la carta) */
  | 'ANSWER_LETTER'
  /** Resumen diario de vencimientos (personal) */
  | 'DAILY_DIGEST'
  /** Aviso de prórroga (art. 14, parágrafo) */
  | 'EXTENSION'
  /** Requerimiento para completar la petición (art. 17) */
  | 'INFORMATION_REQUEST'
  /** Alerta de prioridad a la coordinación (art. 20) */
  | 'PRIORITY_ALERT'
  /** Desistimiento tácito (art. 17), sin número de acto */
  | 'TACIT_WITHDRAWAL'
  /** Acto que decreta el desistimiento tácito (art. 17) */
  | 'TACIT_WITHDRAWAL_DECREE'
  /** Aviso de traslado por competencia al peticionario (art. 21) */
  | 'TRANSFER'
  /** Copia del traslado a la entidad competente (art. 21) */
  | 'TRANSFER_COPY';

/** Qué fue del aviso. */
export type NotificationStatus =
  /** Entregado */
  | 'DELIVERED'
  /** Despachado */
  | 'DISPATCHED'
  /** Fallido */
  | 'FAILED'
  /** Pendiente */
  | 'PENDING'
  /** Publicado en la consulta */
  | 'PUBLISHED'
  /** Devuelto */
  | 'RETURNED'
  /** Enviado */
  | 'SENT';

/** Novedad de un afiliado: actualización de datos, retiro o reactivación. */
export type NoveltyKind =
  /** Actualización de datos */
  | 'DATA_UPDATE'
  /** Reactivación */
  | 'REACTIVATION'
  /** Retiro */
  | 'RETIREMENT';

export type OpenManagementReviewInput = {
  /** Cuentas de los asistentes de la alta dirección. */
  attendeeIds: Array<string | number>;
  /** La misma clave dos veces abre una sola revisión. */
  idempotencyKey?: string | null | undefined;
  /** Fecha de la reunión; no anterior a hoy. */
  meetingDate: string;
  /** Periodo revisado; termina a más tardar el día de la reunión. */
  period: ReviewPeriodInput;
  /** Nombre de la revisión (p. ej. «Revisión por la dirección, primer semestre»). */
  title: string;
};

/** Quién presenta la PQRS: persona natural, jurídica, niña/niño/adolescente, o nadie (anónima). */
export type PersonType =
  /** Anónimo */
  | 'ANONYMOUS'
  /** Persona jurídica */
  | 'LEGAL'
  /** Niña, niño o adolescente */
  | 'MINOR'
  /** Persona natural */
  | 'NATURAL';

/** Por qué se mostraron datos personales completos. */
export type PersonalDataAccessPurpose =
  /** Gestión del caso (rol autorizado) */
  | 'CASE_WORK'
  /** Descarga de un archivo con datos personales */
  | 'FILE_DOWNLOAD'
  /** Revelación con motivo */
  | 'REVEAL';

/** Datos del peticionario: se guardan cifrados fuera del registro de eventos. */
export type PetitionerInput = {
  address?: string | null | undefined;
  documentNumber: string;
  /** CC, CE, NIT, TI, PA, ... */
  documentType: string;
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
};

/** Estado de una actividad del plan de acción en el día: sin avance aprobado, en ejecución, cumplida (100 % aprobado) o vencida (fecha de fin pasada, hora de Bogotá, sin 100 % aprobado). */
export type PlanActivityStatus =
  /** Cumplida */
  | 'COMPLETED'
  /** En ejecución */
  | 'IN_PROGRESS'
  /** Sin avance aprobado */
  | 'NOT_STARTED'
  /** Vencida */
  | 'OVERDUE';

/** Una campaña, feria, visita o acción de difusión del plan del año. */
export type PlanCampaignInput = {
  /** Presupuesto planeado, en pesos colombianos (entero). */
  budget: number;
  /** Canales y medios (al menos uno). */
  channels: Array<CampaignChannel>;
  /** Fecha de cierre; no anterior a la de inicio. */
  endDate: string;
  kind: CampaignKind;
  /** Medios concretos: emisoras, periódicos, páginas. */
  media?: string | null | undefined;
  /** Código DIVIPOLA (DANE) del municipio de Cundinamarca, p. ej. 25899 (Zipaquirá). */
  municipalityCode: string;
  /** Nombre de la campaña. */
  name: string;
  /** Fecha de inicio. */
  startDate: string;
};

/** Lo que informó la empresa de mensajería. */
export type PostalOutcome =
  /** Entregado */
  | 'DELIVERED'
  /** Devuelto */
  | 'RETURNED';

/** Canal de recepción. */
export type PqrsChannel =
  /** Correo electrónico */
  | 'EMAIL'
  /** Presencial */
  | 'IN_PERSON'
  /** Correspondencia */
  | 'MAIL'
  /** Telefónico */
  | 'PHONE'
  /** Redes sociales */
  | 'SOCIAL_MEDIA'
  /** Página web */
  | 'WEB';

/** Tipo de PQRS: petición, solicitud de información, consulta, queja, reclamo, sugerencia, denuncia, entre autoridades. */
export type PqrsKind =
  /** Reclamo */
  | 'CLAIM'
  /** Queja */
  | 'COMPLAINT'
  /** Consulta */
  | 'CONSULTATION'
  /** Denuncia */
  | 'DENUNCIATION'
  /** Reclamo de datos personales (habeas data) */
  | 'HABEAS_DATA_CLAIM'
  /** Consulta de datos personales (habeas data) */
  | 'HABEAS_DATA_CONSULTATION'
  /** Solicitud de información o documentos */
  | 'INFORMATION_REQUEST'
  /** Petición entre autoridades */
  | 'INTERAUTHORITY'
  /** Petición */
  | 'PETITION'
  /** Sugerencia */
  | 'SUGGESTION';

export type PqrsListFilterInput = {
  assigneeId?: string | number | null | undefined;
  channel?: PqrsChannel | null | undefined;
  kind?: PqrsKind | null | undefined;
  /** Solo vencidos (true) o solo no vencidos (false). */
  overdue?: boolean | null | undefined;
  receivedFrom?: string | null | undefined;
  receivedTo?: string | null | undefined;
  status?: PqrsStatus | null | undefined;
  /** Busca en radicado y asunto, y en el peticionario (palabras de su nombre o sus comienzos de 3 letras o más, o su número de documento completo) donde el rol ve sus datos (coordinación y administración, en todos los casos; un agente, en los suyos; un auditor, en ninguno). Las palabras no se reparten entre asunto y peticionario. */
  text?: string | null | undefined;
};

/** Orden de la lista de casos: por fecha de radicación o de vencimiento, ascendente o descendente, o PRIORITY_FIRST: primero las alertas por riesgo para la vida o la integridad, luego la atención prioritaria (art. 20) y la preferencial (CPACA art. 5.6) abiertas, cada grupo por vencimiento (el radicado desempata). */
export type PqrsListSort =
  | 'DUE_DATE_ASC'
  | 'DUE_DATE_DESC'
  | 'PRIORITY_FIRST'
  | 'RECEIVED_AT_ASC'
  | 'RECEIVED_AT_DESC';

/** Estado del caso. */
export type PqrsStatus =
  /** Respondida */
  | 'ANSWERED'
  /** Asignada */
  | 'ASSIGNED'
  /** En espera de información */
  | 'AWAITING_INFORMATION'
  /** Cerrada */
  | 'CLOSED'
  /** Radicada */
  | 'RECEIVED'
  /** Trasladada */
  | 'TRANSFERRED'
  /** Desistida */
  | 'WITHDRAWN';

/** Motivo de atención prioritaria (Ley 1755 de 2015, art. 20) o preferencial (Ley 1437 de 2011, art. 5 num. 6). */
export type PriorityReason =
  /** Persona en situación de discapacidad */
  | 'DISABILITY'
  /** Riesgo de perjuicio irremediable a un derecho fundamental */
  | 'FUNDAMENTAL_RIGHT_RISK'
  /** Periodista en ejercicio de su actividad */
  | 'JOURNALIST'
  /** Petición de un niño, niña o adolescente */
  | 'MINOR'
  /** Adulto mayor */
  | 'OLDER_ADULT'
  /** Mujer gestante */
  | 'PREGNANCY';

/** Estado de un reporte de avance: pendiente de aprobación, aprobado o rechazado. */
export type ProgressReportStatus =
  /** Aprobado */
  | 'APPROVED'
  /** Pendiente de aprobación */
  | 'PENDING'
  /** Rechazado */
  | 'REJECTED';

/** Una PQRS presentada en la Ventanilla virtual. */
export type PublicPqrsInput = {
  /** Obligatorio salvo si es anónima. */
  answerChannel?: AnswerChannel | null | undefined;
  /** Archivos subidos con POST /attachments y el token de la sesión pública. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** La prueba de trabajo resuelta (ALTCHA), salvo si la verificación está desactivada. */
  challenge?: string | null | undefined;
  /** Autoriza el tratamiento de sus datos personales (Ley 1581 de 2012). */
  dataProcessingConsent: boolean;
  description: string;
  kind: PqrsKind;
  /** Hay riesgo de perjuicio inminente para la vida o la integridad (art. 20): se alerta de inmediato a la coordinación. */
  lifeOrIntegrityRisk?: boolean | null | undefined;
  /** Quien presenta; ausente si es anónima. */
  person?: PetitionerInput | null | undefined;
  personType: PersonType;
  priority?: Array<PriorityReason> | null | undefined;
  /** Prueba sumaria del riesgo de perjuicio irremediable a un derecho fundamental (art. 20): qué se aporta. */
  priorityProof?: string | null | undefined;
  /** Los archivos de la radicación (de attachmentIds) que son la prueba sumaria. */
  priorityProofAttachmentIds?: Array<string | number> | null | undefined;
  subject: string;
  /** Déjelo vacío. */
  website?: string | null | undefined;
};

/** Solicitud de afiliación recibida; los datos del solicitante se guardan cifrados. */
export type ReceiveAffiliationInput = {
  affiliationType: AffiliationType;
  /** Persona o entidad que solicita la afiliación. */
  applicant: PetitionerInput;
  /** Campaña, feria, visita o acción de difusión del plan de la que proviene (elegida de la lista). */
  campaignId?: string | number | null | undefined;
  channel: PqrsChannel;
  /** La misma clave dos veces recibe una sola afiliación. */
  idempotencyKey?: string | null | undefined;
  /** Motivo de registrar la solicitud después de la ventana admitida (3 días hábiles por omisión): obligatorio entonces, y solo para coordinadores y administradores. */
  lateEntryReason?: string | null | undefined;
  /** Fecha real de recepción; por omisión, ahora. */
  receivedAt?: string | null | undefined;
};

export type ReceivePqrsInput = {
  /** Cómo quiere recibir la respuesta. */
  answerChannel?: AnswerChannel | null | undefined;
  /** Archivos subidos con POST /attachments. */
  attachmentIds?: Array<string | number> | null | undefined;
  channel: PqrsChannel;
  /** El peticionario autorizó el tratamiento de sus datos (p. ej. en el formato firmado): se registra con la versión vigente de la política. */
  dataProcessingConsent?: boolean | null | undefined;
  description: string;
  /** La misma clave dos veces radica un solo caso. */
  idempotencyKey?: string | null | undefined;
  kind: PqrsKind;
  /** Motivo de registrar el hecho después de la ventana admitida (3 días hábiles por omisión): obligatorio entonces, y solo para coordinadores y administradores. */
  lateEntryReason?: string | null | undefined;
  /** Hay riesgo de perjuicio inminente para la vida o la integridad (art. 20): se alerta de inmediato a la coordinación. */
  lifeOrIntegrityRisk?: boolean | null | undefined;
  /** ANONYMOUS: sin peticionario (solo para los tipos que la oficina recibe de forma anónima). */
  personType?: PersonType;
  /** Obligatorio salvo en radicaciones anónimas. */
  petitioner?: PetitionerInput | null | undefined;
  /** Motivos de atención prioritaria. */
  priority?: Array<PriorityReason> | null | undefined;
  /** Prueba sumaria del riesgo de perjuicio irremediable a un derecho fundamental (art. 20): qué se aporta. */
  priorityProof?: string | null | undefined;
  /** Los archivos de la radicación (de attachmentIds) que son la prueba sumaria. */
  priorityProofAttachmentIds?: Array<string | number> | null | undefined;
  /** Fecha real de recepción (p. ej. correspondencia de ayer); por omisión, ahora. */
  receivedAt?: string | null | undefined;
  /** Radicado de una petición desistida que el peticionario presenta de nuevo (art. 17, Ley 1755 de 2015). */
  refilingOf?: string | null | undefined;
  subject: string;
};

export type RecordReviewDecisionInput = {
  /** La decisión tomada. */
  description: string;
  /** Fecha límite; obligatoria si la decisión formula una acción de mejora (es la de la acción). */
  dueDate?: string | null | undefined;
  /** Revisión que el cliente vio; si cambió, conflicto. */
  expectedRevision?: number | null | undefined;
  /** La misma clave dos veces registra una sola decisión; reenviarla completa la formulación de su acción si quedó pendiente. */
  idempotencyKey?: string | null | undefined;
  improvementAction?: ReviewDecisionActionInput | null | undefined;
  kind: ReviewDecisionKind;
  /** Funcionario responsable. */
  responsibleId: string | number;
  reviewId: string | number;
};

export type RecordRiskMaterializationInput = {
  /** Cómo se materializó. */
  description: string;
  /** Lo que la muestra: al menos un vínculo. */
  links: Array<MaterializationLinkInput>;
  /** Día en que se materializó; no posterior a hoy. */
  occurredOn: string;
};

export type RecordRiskMonitoringInput = {
  /** Si los controles funcionaron como se diseñaron en el trimestre. */
  controlsEffective: boolean;
  /** Evidencia revisada. */
  evidence: string;
  /** Observaciones del monitoreo. */
  observations: string;
  /** Trimestre monitoreado, AAAA-Tn (p. ej. 2026-T1). */
  quarter: string;
};

export type RegisterRiskInput = {
  /** Causa. */
  cause: string;
  /** Consecuencia. */
  consequence: string;
  /** Impacto inherente. */
  impact: RiskImpact;
  /** Nombre del riesgo (qué puede pasar). */
  name: string;
  /** Probabilidad inherente. */
  probability: RiskProbability;
};

/** Novedad de un afiliado aprobado. */
export type ReportAffiliationNoveltyInput = {
  description: string;
  /** Fecha desde la que rige la novedad. */
  effectiveDate: string;
  kind: NoveltyKind;
};

/** PDF, XLSX (Excel) o CSV: el informe como se lee; CSV_DATA: solo la tabla de datos (una fila de encabezados y las filas), para los informes que son una tabla. */
export type ReportFormat =
  /** CSV (separado por punto y coma) */
  | 'CSV'
  /** CSV de datos (para importar) */
  | 'CSV_DATA'
  /** PDF */
  | 'PDF'
  /** Excel (XLSX) */
  | 'XLSX';

/** Informe de PQRS, de solicitudes de acceso a la información, de satisfacción, de gestión (matriz de indicadores) o relación para la Contraloría. */
export type ReportKind =
  /** Solicitudes de acceso a la información */
  | 'ACCESS_TO_INFORMATION'
  /** Informe de ejecución del plan de acción */
  | 'ACTION_PLAN_EXECUTION'
  /** Informe de campañas y medios */
  | 'CAMPAIGNS'
  /** Relación para la Contraloría */
  | 'CONTRALORIA'
  /** Gestión del proceso */
  | 'MANAGEMENT'
  /** Acta de revisión por la dirección */
  | 'MANAGEMENT_REVIEW_MINUTES'
  /** Informe de PQRS */
  | 'PQRS'
  /** Mapa de riesgos del proceso */
  | 'RISK_MAP'
  /** Satisfacción del cliente */
  | 'SATISFACTION'
  /** Necesidades de capacitación para el PIC */
  | 'TRAINING_NEEDS';

/** La acción de mejora que la decisión formula (origen: revisión por la dirección). */
export type ReviewDecisionActionInput = {
  /** Acción que se tomará. */
  action: string;
  /** Problema o no conformidad. */
  problem: string;
  /** Causa raíz. */
  rootCause: string;
};

/** Salida de la revisión por la dirección (ISO 9001:2015 9.3.3): oportunidad de mejora, cambio en el sistema o necesidad de recursos. */
export type ReviewDecisionKind =
  /** Oportunidad de mejora */
  | 'IMPROVEMENT_OPPORTUNITY'
  /** Necesidad de recursos */
  | 'RESOURCE_NEED'
  /** Cambio en el sistema de gestión de la calidad */
  | 'SYSTEM_CHANGE';

/** Periodo que se revisa. */
export type ReviewPeriodInput = {
  from: string;
  to: string;
};

export type RiskControlDocumentation =
  /** Documentado */
  | 'DOCUMENTED'
  /** Sin documentar */
  | 'UNDOCUMENTED';

/** Atributo de evidencia del control (informativo, no mueve la calificación). */
export type RiskControlEvidence =
  /** Con registro */
  | 'RECORDED'
  /** Sin registro */
  | 'UNRECORDED';

/** Atributo de frecuencia del control (informativo, no mueve la calificación). */
export type RiskControlFrequency =
  /** Continua */
  | 'CONTINUOUS'
  /** Aleatoria */
  | 'RANDOM';

export type RiskControlImplementation =
  /** Automático */
  | 'AUTOMATIC'
  /** Manual */
  | 'MANUAL';

/** Cada cuánto se ejecuta el control. */
export type RiskControlPeriodicity =
  /** Diaria */
  | 'DAILY'
  /** Cada vez que se ejecuta la actividad */
  | 'EACH_TIME'
  /** Mensual */
  | 'MONTHLY'
  /** Trimestral */
  | 'QUARTERLY'
  /** Semestral */
  | 'SEMIANNUAL'
  /** Semanal */
  | 'WEEKLY'
  /** Anual */
  | 'YEARLY';

/** Tipo de control: preventivo y detectivo bajan la probabilidad; correctivo, el impacto. */
export type RiskControlType =
  /** Correctivo */
  | 'CORRECTIVE'
  /** Detectivo */
  | 'DETECTIVE'
  /** Preventivo */
  | 'PREVENTIVE';

/** Nivel de impacto (guía de Función Pública, tabla 5): 20 % a 100 %. */
export type RiskImpact =
  /** Catastrófico */
  | 'CATASTROPHIC'
  /** Mayor */
  | 'MAJOR'
  /** Menor */
  | 'MINOR'
  /** Moderado */
  | 'MODERATE'
  /** Leve */
  | 'SLIGHT';

/** Nivel de probabilidad (guía de Función Pública, tabla 4): 20 % a 100 %. */
export type RiskProbability =
  /** Alta */
  | 'HIGH'
  /** Baja */
  | 'LOW'
  /** Media */
  | 'MEDIUM'
  /** Muy Alta */
  | 'VERY_HIGH'
  /** Muy Baja */
  | 'VERY_LOW';

/** Zona de severidad en el mapa de calor. */
export type RiskZone =
  /** Extremo */
  | 'EXTREME'
  /** Alto */
  | 'HIGH'
  /** Bajo */
  | 'LOW'
  /** Moderado */
  | 'MODERATE';

/** Rol de un usuario de Ventanilla. */
export type Role =
  /** Administrador */
  | 'ADMIN'
  /** Agente */
  | 'AGENT'
  /** Auditor */
  | 'AUDITOR'
  /** Coordinador */
  | 'COORDINATOR';

export type ScheduleTrainingInput = {
  /** Funcionarios convocados (cuentas activas). */
  attendeeIds: Array<string | number>;
  /** Fecha de la sesión, dentro del año del plan. */
  date: string;
  /** Necesidades aceptadas del año que atiende. */
  needKeys?: Array<string>;
  /** Puntaje mínimo para aprobar la evaluación (0 a 100). */
  passingScore: number;
  /** Tema. */
  topic: string;
  /** Quién la dicta. */
  trainer: string;
  year: number;
};

/** Documento soporte recibido y revisado (queda aceptado). */
export type SubmitAffiliationDocumentInput = {
  /** El archivo del documento, subido con POST /attachments. */
  attachmentId?: string | number | null | undefined;
  /** Código del documento en la lista de requisitos, p. ej. IDENTITY_DOCUMENT. */
  documentType: string;
  /** Dónde reposa: id del gestor documental, nombre del archivo o carpeta física; opcional si se adjunta el archivo. */
  evidenceReference?: string | null | undefined;
};

/** Estado de un documento soporte: pendiente, aceptado o rechazado. */
export type SupportDocumentState =
  /** Aceptado */
  | 'ACCEPTED'
  /** Pendiente */
  | 'PENDING'
  /** Rechazado */
  | 'REJECTED';

/** Respuesta a una pregunta: solo el valor que corresponde a su tipo. */
export type SurveyAnswerInput = {
  questionId: string;
  /** Preguntas de escala: 1 a 5. */
  score?: number | null | undefined;
  /** Preguntas abiertas: hasta 2.000 caracteres. */
  text?: string | null | undefined;
  /** Preguntas de sí/no. */
  yes?: boolean | null | undefined;
};

/** Primera evaluación o segunda evaluación de la misma población. */
export type SurveyEvaluation =
  /** Primera evaluación */
  | 'FIRST'
  /** Segunda evaluación */
  | 'SECOND';

/** Instrumento vigente (ACTIVE) o retirado (RETIRED). */
export type SurveyInstrumentStatus =
  /** Vigente */
  | 'ACTIVE'
  /** Retirado */
  | 'RETIRED';

/** Tipo de pregunta: escala de 1 a 5, sí/no o texto libre. */
export type SurveyQuestionKind =
  /** Texto libre */
  | 'FREE_TEXT'
  /** Escala 1 a 5 */
  | 'SCALE_1_5'
  /** Sí / No */
  | 'YES_NO';

/** Semáforo: a tiempo, por vencer, vencida. */
export type TrafficLight =
  /** Por vencer */
  | 'DUE_SOON'
  /** A tiempo */
  | 'ON_TIME'
  /** Vencida */
  | 'OVERDUE';

export type TrainingAttendanceInput = {
  attended: boolean;
  /** Puntaje de la evaluación (0 a 100); vacío si no asistió. */
  score?: number | null | undefined;
  userId: string | number;
};

/** De dónde surge la necesidad de capacitación: un asunto frecuente de PQRS o una acción de mejora. */
export type TrainingNeedSourceKind =
  /** Acción de mejora */
  | 'IMPROVEMENT_ACTION'
  /** Asunto frecuente de PQRS */
  | 'PQRS_SUBJECT';

/** Propuesta por los datos, aceptada o descartada por un coordinador. */
export type TrainingNeedStatus =
  /** Aceptada */
  | 'ACCEPTED'
  /** Descartada */
  | 'DISMISSED'
  /** Propuesta */
  | 'PROPOSED';

/** Cambios a una entrada; los campos omitidos no cambian. */
export type UpdateFaqEntryInput = {
  answer?: string | null | undefined;
  category?: string | null | undefined;
  /** Reemplaza todos los radicados vinculados. */
  linkedRadicados?: Array<string> | null | undefined;
  question?: string | null | undefined;
  /** Reemplaza todas las etiquetas. */
  tags?: Array<string> | null | undefined;
};

/** Lo que un administrador cambia de una cuenta. */
export type UpdateUserInput = {
  /** Desactivar la cuenta cierra sus sesiones abiertas. */
  active: boolean;
  /** Correo electrónico del funcionario (opcional), para el resumen diario de vencimientos. Vacío o nulo la quita; omitido, no cambia. */
  email?: string | null | undefined;
  fullName: string;
  /** Cambiar los roles cierra las sesiones abiertas de la cuenta. */
  roles: Array<Role>;
};

/** Cómo se dio una respuesta verbal: en persona o por teléfono (Decreto 1166 de 2016). */
export type VerbalAnswerMode =
  /** Verbal, en persona */
  | 'IN_PERSON'
  /** Verbal, por teléfono */
  | 'PHONE';

/** Desistimiento expreso o tácito. */
export type WithdrawalMode =
  /** Expreso: el peticionario desistió */
  | 'EXPRESS'
  /** Tácito: no completó la petición en un mes */
  | 'TACIT';

export type AffiliationListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AffiliationListFilterInput | null | undefined;
}>;


export type AffiliationListQuery = { affiliations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, requestNumber: string | null, status: AffiliationStatus, affiliationType: AffiliationType, channel: PqrsChannel, campaign: string | null, plannedCampaignName: string | null, receivedAt: string, memberNumber: string | null, applicant: { name: string | null, erased: boolean }, documents: Array<{ state: SupportDocumentState }> }> } };

export type OfficeCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeCalendarQuery = { nonWorkingDays: Array<string>, calendarHistory: Array<{ revision: number, calendarVersion: string, change: string, day: string | null, retroactive: boolean, nonWorkingDays: Array<string>, act: { number: string, title: string, date: string } | null }> };

export type AddNonWorkingDayMutationVariables = Exact<{
  day: string;
  act: DeclaringActInput;
  retroactive: boolean;
}>;


export type AddNonWorkingDayMutation = { addNonWorkingDay: { revision: number } };

export type RemoveNonWorkingDayMutationVariables = Exact<{
  day: string;
  act: DeclaringActInput;
  retroactive: boolean;
}>;


export type RemoveNonWorkingDayMutation = { removeNonWorkingDay: { revision: number } };

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: { token: string, user: { id: string, username: string, fullName: string | null, roles: Array<Role>, mustChangePassword: boolean } } };

export type DashboardIndicatorsQueryVariables = Exact<{
  from: string;
  to: string;
  granularity: IndicatorGranularity;
}>;


export type DashboardIndicatorsQuery = { indicators: { from: string, to: string, granularity: IndicatorGranularity, buckets: Array<{ label: string, from: string, to: string, pqrs: { onTimeRate: number | null, received: { total: number, byKind: Array<{ key: string, value: number }>, byChannel: Array<{ key: string, value: number }> }, answered: { total: number }, answeredOnTime: { total: number }, open: { total: number }, overdue: { total: number } }, satisfaction: { overall: { answered: number, satisfied: number, satisfactionIndex: number | null } } }> } };

export type ActionBoardQueryVariables = Exact<{
  first: number;
}>;


export type ActionBoardQuery = { improvementActions: { totalCount: number, nodes: Array<{ id: string, status: ImprovementActionStatus, problem: string, action: string, dueDate: string, closedAt: string | null, source: { kind: ActionSourceKind, reference: string }, responsible: { id: string, username: string, fullName: string | null } | null }> } };

export type MailForReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type MailForReviewQuery = { mailForReview: Array<{ id: string, receivedAt: string | null, from: string | null, subject: string | null, reason: string }> };

export type MyWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkQuery = { myWork: { today: string, overdue: { count: number, cases: Array<{ businessDaysOverdue: number | null, tacitWithdrawalFrom: string | null, pqrs: { radicado: string, kind: PqrsKind, subject: string, dueDate: string, trafficLight: TrafficLight | null, businessDaysLeft: number | null } }> }, dueSoon: { count: number, cases: Array<{ businessDaysOverdue: number | null, tacitWithdrawalFrom: string | null, pqrs: { radicado: string, kind: PqrsKind, subject: string, dueDate: string, trafficLight: TrafficLight | null, businessDaysLeft: number | null } }> }, awaitingInformation: { count: number, cases: Array<{ businessDaysOverdue: number | null, tacitWithdrawalFrom: string | null, pqrs: { radicado: string, kind: PqrsKind, subject: string, dueDate: string, trafficLight: TrafficLight | null, businessDaysLeft: number | null } }> }, onTime: { count: number, cases: Array<{ businessDaysOverdue: number | null, tacitWithdrawalFrom: string | null, pqrs: { radicado: string, kind: PqrsKind, subject: string, dueDate: string, trafficLight: TrafficLight | null, businessDaysLeft: number | null } }> }, priorityAlerts: { count: number, cases: Array<{ businessDaysOverdue: number | null, tacitWithdrawalFrom: string | null, pqrs: { radicado: string, kind: PqrsKind, subject: string, dueDate: string, trafficLight: TrafficLight | null, businessDaysLeft: number | null } }> } | null, teamOverdue: Array<{ assigneeId: string | null, count: number, assignee: { id: string, username: string, fullName: string | null } | null, oldest: { businessDaysOverdue: number | null, tacitWithdrawalFrom: string | null, pqrs: { radicado: string, kind: PqrsKind, subject: string, dueDate: string, trafficLight: TrafficLight | null, businessDaysLeft: number | null } }, cases: Array<{ businessDaysOverdue: number | null, tacitWithdrawalFrom: string | null, pqrs: { radicado: string, kind: PqrsKind, subject: string, dueDate: string, trafficLight: TrafficLight | null, businessDaysLeft: number | null } }> }> | null } };

export type MyWorkGroupFieldsFragment = { count: number, cases: Array<{ businessDaysOverdue: number | null, tacitWithdrawalFrom: string | null, pqrs: { radicado: string, kind: PqrsKind, subject: string, dueDate: string, trafficLight: TrafficLight | null, businessDaysLeft: number | null } }> };

export type MyWorkCaseFieldsFragment = { businessDaysOverdue: number | null, tacitWithdrawalFrom: string | null, pqrs: { radicado: string, kind: PqrsKind, subject: string, dueDate: string, trafficLight: TrafficLight | null, businessDaysLeft: number | null } };

export type ReceivePqrsMutationVariables = Exact<{
  input: ReceivePqrsInput;
}>;


export type ReceivePqrsMutation = { receivePqrs: { radicado: string, dueDate: string, accessCode: string | null } };

export type StaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountsQuery = { users: Array<{ id: string, username: string, fullName: string | null, email: string | null, roles: Array<Role>, dependency: string | null, active: boolean, mustChangePassword: boolean }> };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateStaffAccountMutation = { createUser: { id: string, username: string, fullName: string | null, email: string | null, roles: Array<Role>, dependency: string | null, active: boolean, mustChangePassword: boolean } };

export type UpdateStaffAccountMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateStaffAccountMutation = { updateUser: { id: string, fullName: string | null, email: string | null, roles: Array<Role>, active: boolean, mustChangePassword: boolean } };

export type AffiliationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AffiliationDetailQuery = { affiliation: { id: string, requestNumber: string | null, revision: number, status: AffiliationStatus, affiliationType: AffiliationType, channel: PqrsChannel, campaign: string | null, plannedCampaignName: string | null, receivedAt: string, verifiedAt: string | null, decidedAt: string | null, decision: AffiliationDecision | null, memberNumber: string | null, rejectionReason: string | null, applicant: { name: string | null, documentType: string | null, documentNumber: string | null, erased: boolean, masked: boolean }, assignee: { id: string, username: string, fullName: string | null } | null, documents: Array<{ documentType: string, state: SupportDocumentState, evidenceReference: string | null, rejectionReason: string | null, checkedAt: string | null, attachment: { id: string, fileName: string, mediaType: string, size: number, sha256: string } | null, checkedBy: { username: string, fullName: string | null } | null }>, novelties: Array<{ id: string, kind: NoveltyKind, description: string, effectiveDate: string, reportedAt: string }>, otherRequests: Array<{ id: string, requestNumber: string | null, status: AffiliationStatus, receivedAt: string, memberNumber: string | null }> } };

export type AffiliationSubmitDocumentMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
  input: SubmitAffiliationDocumentInput;
}>;


export type AffiliationSubmitDocumentMutation = { submitAffiliationDocument: { id: string, revision: number, status: AffiliationStatus } };

export type AffiliationRejectDocumentMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
  documentType: string;
  reason: string;
}>;


export type AffiliationRejectDocumentMutation = { rejectAffiliationDocument: { id: string, revision: number, status: AffiliationStatus } };

export type AffiliationVerifyRequirementsMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
}>;


export type AffiliationVerifyRequirementsMutation = { verifyAffiliationRequirements: { id: string, revision: number, status: AffiliationStatus } };

export type AffiliationApproveMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
}>;


export type AffiliationApproveMutation = { approveAffiliation: { id: string, revision: number, status: AffiliationStatus, memberNumber: string | null } };

export type AffiliationRejectMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
  reason: string;
}>;


export type AffiliationRejectMutation = { rejectAffiliation: { id: string, revision: number, status: AffiliationStatus } };

export type AffiliationReceiveMutationVariables = Exact<{
  input: ReceiveAffiliationInput;
}>;


export type AffiliationReceiveMutation = { receiveAffiliation: { id: string, revision: number, status: AffiliationStatus } };

export type AffiliationCampaignChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AffiliationCampaignChoicesQuery = { campaigns: Array<{ id: string, name: string, startDate: string, endDate: string, municipality: { code: string, name: string } }> };

export type AffiliationCampaignFilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AffiliationCampaignFilterChoicesQuery = { campaigns: Array<{ id: string, name: string, startDate: string }>, legacyCampaignNames: Array<{ name: string }> };

export type AffiliationAssignMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
  assigneeId: string | number;
}>;


export type AffiliationAssignMutation = { assignAffiliation: { id: string, revision: number, status: AffiliationStatus, assignee: { id: string, username: string, fullName: string | null } | null } };

export type AffiliationReportNoveltyMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
  input: ReportAffiliationNoveltyInput;
}>;


export type AffiliationReportNoveltyMutation = { reportAffiliationNovelty: { id: string, revision: number, status: AffiliationStatus, retiredOn: string | null } };

export type AffiliationStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AffiliationStatisticsQuery = { affiliationStatistics: { from: string, to: string, received: number, approved: number, rejected: number, averageDaysToDecision: number | null, byStatus: Array<{ status: AffiliationStatus, count: number }>, byType: Array<{ affiliationType: AffiliationType, count: number }>, byCampaign: Array<{ campaignId: string | null, campaign: string | null, plannedCampaignName: string | null, count: number }> } };

export type AuditEventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditEventsFilterInput | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, position: number, category: string, entityId: string, radicado: string | null, revision: number, type: string, occurredAt: string, recordedAt: string, actor: { id: string, username: string | null, role: Role | null } }> } };

export type CaseReplayInstantsQueryVariables = Exact<{
  radicado: string;
}>;


export type CaseReplayInstantsQuery = { caseHistory: { radicado: string, events: Array<{ id: string, stream: string, type: string, recordedAt: string }> } };

export type CaseReplayAsOfQueryVariables = Exact<{
  radicado: string;
  asOf: string;
}>;


export type CaseReplayAsOfQuery = { caseHistory: { radicado: string, asOf: string | null, state: unknown, events: Array<{ id: string, stream: string, type: string, revision: number, occurredAt: string, recordedAt: string, actor: { id: string, username: string | null, role: Role | null } }> } };

export type PersonalDataAccessLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AccessLogFilterInput | null | undefined;
}>;


export type PersonalDataAccessLogQuery = { personalDataAccessLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, recordedAt: string, purpose: PersonalDataAccessPurpose, personId: string, version: number | null, attachmentId: string | null, reference: string | null, reason: string | null, reasonErased: boolean, actor: { id: string, username: string | null, role: Role | null } }> } };

export type VerifyAuditTrailQueryVariables = Exact<{
  head?: string | null | undefined;
}>;


export type VerifyAuditTrailQuery = { verifyAuditTrail: { ok: boolean, streamsChecked: number, eventsChecked: number, signedHeads: number, lastSignedHead: string | null, firstMismatch: { stream: string, revision: number, position: number, eventId: string, type: string, reason: string } | null, findings: Array<{ kind: string, description: string }> } };

export type ReportsToVerifyQueryVariables = Exact<{
  first: number;
}>;


export type ReportsToVerifyQuery = { issuedReports: Array<{ id: string, kind: ReportKind, from: string, to: string, format: ReportFormat, fileName: string, issuedAt: string }> };

export type VerifyReportFileQueryVariables = Exact<{
  reportId: string | number;
  fileSha256: string;
}>;


export type VerifyReportFileQuery = { verifyReportFile: { matches: boolean, report: { id: string, fileName: string, issuedAt: string, contentHash: string } } };

export type VerifyReportQueryVariables = Exact<{
  reportId: string | number;
}>;


export type VerifyReportQuery = { verifyReport: { matches: boolean, regeneratedContentHash: string, report: { id: string, fileName: string, issuedAt: string, contentHash: string } } };

export type AuditStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditStaffQuery = { users: Array<{ id: string, username: string, fullName: string | null }> };

export type EvaluateDenunciationMeritMutationVariables = Exact<{
  radicado: string;
  admissible: boolean;
  basis: MeritBasis;
  motivation: string;
  action?: MeritAction | null | undefined;
  actionReference?: string | null | undefined;
  expectedRevision?: number | null | undefined;
}>;


export type EvaluateDenunciationMeritMutation = { evaluateDenunciationMerit: { radicado: string, revision: number } };

export type CaseDetailQueryVariables = Exact<{
  radicado: string;
}>;


export type CaseDetailQuery = { pqrs: { radicado: string, revision: number, kind: PqrsKind, channel: PqrsChannel, status: PqrsStatus, subject: string, description: string, priority: Array<PriorityReason>, prioritized: boolean, priorityAlertRaisedAt: string | null, receivedAt: string, dueDate: string, maxDueDate: string, afterHoursRule: AfterHoursRule, officeHours: string | null, outsideOfficeHours: boolean | null, radicatedOn: string, termRunsFrom: string | null, calendarVersion: string, extendedOn: string | null, informationRequestAllowedUntil: string | null, transferAllowedUntil: string | null, businessDaysLeft: number | null, trafficLight: TrafficLight | null, dependency: string | null, answeredAt: string | null, answeredOnTime: boolean | null, accessDecision: AccessDecision | null, accessDenialGround: AccessDenialGround | null, accessDenialDetail: string | null, accessException: AccessException | null, accessDenialProvision: string | null, accessDenialHarm: string | null, publicVersionDelivered: boolean | null, verbalAnswer: VerbalAnswerMode | null, transferredTo: string | null, transferredLate: boolean | null, claimInProcessMarkDueBy: string | null, jointAnswerId: string | null, tacitWithdrawalFrom: string | null, completionWindowExtendedOn: string | null, withdrawalActNumber: string | null, refilingOf: string | null, refiledAs: Array<string>, personType: PersonType, anonymous: boolean, answerChannel: AnswerChannel | null, answerReviewRequired: boolean, answerNotifiedOn: string | null, priorityProof: { proofGiven: boolean, proofSummary: string | null, proofAttachments: Array<string>, lifeOrIntegrityRisk: boolean } | null, meritEvaluation: { admissible: boolean, basis: MeritBasis, motivation: string, action: MeritAction | null, actionReference: string | null, evaluatedAt: string } | null, claimInProcessMark: { markedOn: string, dueBy: string, late: boolean } | null, positiveSilence: { silenceFrom: string, copiesDueBy: string, copiesStatus: CopiesStatus, copiesDeliveredOn: string | null } | null, negativeSilence: { silenceFrom: string } | null, attachments: Array<{ id: string, fileName: string, mediaType: string, size: number, sha256: string, source: AttachmentSource, addedAt: string }>, lateEntries: Array<{ fact: LateEntryFact, occurredAt: string, recordedOn: string, businessDaysLate: number, reason: string }>, assignee: { id: string, username: string, fullName: string | null } | null, petitioner: { id: string, version: number | null, name: string | null, documentType: string | null, documentNumber: string | null, email: string | null, phone: string | null, address: string | null, erased: boolean, masked: boolean } | null, improvementActions: Array<{ id: string, action: string, status: ImprovementActionStatus, dueDate: string, closedEffective: boolean | null, responsible: { username: string, fullName: string | null } | null }>, answerLetter: { outgoingNumber: string, attachment: { id: string, fileName: string, mediaType: string, size: number, sha256: string } } | null, answerDraft: { draft: number, answer: string, accessDecision: AccessDecision | null, accessDenialGround: AccessDenialGround | null, accessDenialDetail: string | null, accessException: AccessException | null, accessDenialProvision: string | null, accessDenialHarm: string | null, publicVersionDelivered: boolean | null, status: string, draftedBy: string, draftedById: string, draftedAt: string, remarks: string | null, returnedAt: string | null, attachments: Array<{ id: string, fileName: string, mediaType: string, size: number, sha256: string }> } | null, answerApproval: { draft: number, draftedBy: string, approvedBy: string, approvedAt: string } | null, notifications: Array<{ id: string, kind: NoticeKind, channel: NoticeChannel, recipientRole: string, status: NotificationStatus, requestedAt: string, dueBy: string | null, sentAt: string | null, messageId: string | null, failure: string | null, attempts: number, round: number, nextAttemptAt: string | null, postalOutcome: PostalOutcome | null, postalOutcomeOn: string | null, dispatch: { carrier: string, guideNumber: string, dispatchedOn: string } | null }> } };

export type CaseTimelineQueryVariables = Exact<{
  radicado: string;
}>;


export type CaseTimelineQuery = { caseHistory: { events: Array<{ id: string, type: string, occurredAt: string, recordedAt: string, data: unknown, actor: { id: string, username: string | null, role: Role | null } }> } };

export type CaseFaqSuggestionsQueryVariables = Exact<{
  radicado: string;
}>;


export type CaseFaqSuggestionsQuery = { faqSuggestions: Array<{ entry: { id: string, question: string, answer: string, category: string } }> };

export type AssignableUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignableUsersQuery = { users: Array<{ id: string, username: string, fullName: string | null, dependency: string | null, roles: Array<Role>, active: boolean }> };

export type CaseAssignMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  assigneeId: string | number;
  dependency?: string | null | undefined;
}>;


export type CaseAssignMutation = { assignPqrs: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseRequestInformationMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  note: string;
}>;


export type CaseRequestInformationMutation = { requestPqrsInformation: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseProvideInformationMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  providedAt: string;
  note: string;
  lateEntryReason?: string | null | undefined;
  attachmentIds?: Array<string | number> | string | number | null | undefined;
}>;


export type CaseProvideInformationMutation = { providePqrsInformation: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseExtendMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  newDueDate: string;
  reason: string;
}>;


export type CaseExtendMutation = { extendPqrsDeadline: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseTransferMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  entity: string;
  entityEmail?: string | null | undefined;
  reason: string;
}>;


export type CaseTransferMutation = { transferPqrs: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseAnswerMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  answer: string;
  accessDecision?: AccessDecision | null | undefined;
  accessDenialGround?: AccessDenialGround | null | undefined;
  accessDenialDetail?: string | null | undefined;
  accessDenialProvision?: string | null | undefined;
  accessDenialHarm?: string | null | undefined;
  publicVersionDelivered?: boolean | null | undefined;
  verbalAnswer?: VerbalAnswerMode | null | undefined;
  attachmentIds?: Array<string | number> | string | number | null | undefined;
}>;


export type CaseAnswerMutation = { answerPqrs: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseDraftAnswerMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  answer: string;
  accessDecision?: AccessDecision | null | undefined;
  accessDenialGround?: AccessDenialGround | null | undefined;
  accessDenialDetail?: string | null | undefined;
  accessDenialProvision?: string | null | undefined;
  accessDenialHarm?: string | null | undefined;
  publicVersionDelivered?: boolean | null | undefined;
  attachmentIds?: Array<string | number> | string | number | null | undefined;
}>;


export type CaseDraftAnswerMutation = { draftAnswer: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseApproveAnswerMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  draft: number;
}>;


export type CaseApproveAnswerMutation = { approveAnswer: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseReturnAnswerMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  draft: number;
  remarks: string;
}>;


export type CaseReturnAnswerMutation = { returnAnswer: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseCloseMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
}>;


export type CaseCloseMutation = { closePqrs: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseMarkClaimInProcessMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
}>;


export type CaseMarkClaimInProcessMutation = { markClaimInProcess: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseWithdrawMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  mode: WithdrawalMode;
  reason: string;
  actNumber?: string | null | undefined;
}>;


export type CaseWithdrawMutation = { withdrawPqrs: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseExtendCompletionWindowMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  askedAt?: string | null | undefined;
  lateEntryReason?: string | null | undefined;
}>;


export type CaseExtendCompletionWindowMutation = { extendPqrsCompletionWindow: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseDeliverCopiesMutationVariables = Exact<{
  radicado: string;
  expectedRevision?: number | null | undefined;
  deliveredAt?: string | null | undefined;
  note: string;
  lateEntryReason?: string | null | undefined;
}>;


export type CaseDeliverCopiesMutation = { recordPqrsCopiesDelivery: { radicado: string, revision: number, status: PqrsStatus } };

export type CaseResendNotificationMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type CaseResendNotificationMutation = { resendNotification: { id: string, status: NotificationStatus } };

export type CaseRecordPostalDispatchMutationVariables = Exact<{
  notificationId: string;
  carrier: string;
  guideNumber: string;
  dispatchedAt: string;
}>;


export type CaseRecordPostalDispatchMutation = { recordPostalDispatch: { id: string, status: NotificationStatus } };

export type CaseRecordPostalOutcomeMutationVariables = Exact<{
  notificationId: string;
  outcome: PostalOutcome;
  on: string;
}>;


export type CaseRecordPostalOutcomeMutation = { recordPostalOutcome: { id: string, status: NotificationStatus } };

export type RevealPersonalDataMutationVariables = Exact<{
  personId: string | number;
  version: number;
  reason: string;
  reference?: string | null | undefined;
}>;


export type RevealPersonalDataMutation = { revealPersonalData: { id: string, version: number | null, name: string | null, documentType: string | null, documentNumber: string | null, email: string | null, phone: string | null, address: string | null, erased: boolean, masked: boolean } };

export type FaqEntryListQueryVariables = Exact<{
  first: number;
  filter?: FaqEntriesFilterInput | null | undefined;
}>;


export type FaqEntryListQuery = { faqEntries: { totalCount: number, nodes: Array<{ id: string, question: string, category: string, status: FaqEntryStatus, version: number, updatedAt: string, updatedBy: { username: string, fullName: string | null } | null }> } };

export type FaqEntryDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type FaqEntryDetailQuery = { faqEntry: { id: string, revision: number, version: number, status: FaqEntryStatus, question: string, answer: string, category: string, tags: Array<string>, linkedRadicados: Array<string>, createdAt: string, publishedAt: string | null, retiredAt: string | null, retiredReason: string | null, updatedAt: string, createdBy: { username: string, fullName: string | null } | null, updatedBy: { username: string, fullName: string | null } | null } };

export type FaqUpdateEntryMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
  input: UpdateFaqEntryInput;
}>;


export type FaqUpdateEntryMutation = { updateFaqEntry: { id: string, revision: number, version: number } };

export type FaqPublishEntryMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
}>;


export type FaqPublishEntryMutation = { publishFaqEntry: { id: string, revision: number, status: FaqEntryStatus } };

export type FaqRetireEntryMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
  reason: string;
}>;


export type FaqRetireEntryMutation = { retireFaqEntry: { id: string, revision: number, status: FaqEntryStatus } };

export type FaqEntryVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type FaqEntryVersionsQuery = { faqEntryHistory: Array<{ eventId: string, type: string, version: number, revision: number, recordedAt: string, changedFields: Array<string>, reason: string | null, question: string, answer: string, category: string, tags: Array<string>, linkedRadicados: Array<string>, actor: { id: string, role: Role | null, username: string | null } }> };

export type FaqSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  category?: string | null | undefined;
  first: number;
}>;


export type FaqSearchQuery = { faq: Array<{ score: number, matchedTerms: Array<string>, entry: { id: string, question: string, answer: string, category: string, tags: Array<string> } }> };

export type FaqCreateEntryMutationVariables = Exact<{
  input: CreateFaqEntryInput;
}>;


export type FaqCreateEntryMutation = { createFaqEntry: { id: string, status: FaqEntryStatus, version: number } };

export type ActionResponsiblesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionResponsiblesQuery = { users: Array<{ id: string, username: string, fullName: string | null, roles: Array<Role>, active: boolean }> };

export type ActionFormulateMutationVariables = Exact<{
  input: FormulateImprovementActionInput;
}>;


export type ActionFormulateMutation = { formulateImprovementAction: { id: string, status: ImprovementActionStatus, problem: string } };

export type ActionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionDetailQuery = { improvementAction: { id: string, revision: number, status: ImprovementActionStatus, problem: string, rootCause: string, action: string, dueDate: string, formulatedAt: string, closedAt: string | null, closedEffective: boolean | null, linkedActionId: string | null, source: { kind: ActionSourceKind, reference: string }, responsible: { id: string, username: string, fullName: string | null } | null, progress: Array<{ note: string, evidence: string, recordedOn: string, recordedAt: string, attachments: Array<{ id: string, fileName: string, mediaType: string, size: number, sha256: string }> }>, verifications: Array<{ effective: boolean, evidence: string, verifiedOn: string, verifiedAt: string, attachments: Array<{ id: string, fileName: string, mediaType: string, size: number, sha256: string }> }> } };

export type ActionRecordProgressMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
  note: string;
  evidence: string;
  attachmentIds?: Array<string | number> | string | number | null | undefined;
}>;


export type ActionRecordProgressMutation = { recordActionProgress: { id: string, revision: number, status: ImprovementActionStatus } };

export type ActionVerifyMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
  effective: boolean;
  evidence: string;
  attachmentIds?: Array<string | number> | string | number | null | undefined;
}>;


export type ActionVerifyMutation = { verifyActionEffectiveness: { id: string, revision: number, status: ImprovementActionStatus } };

export type ActionCloseMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
}>;


export type ActionCloseMutation = { closeImprovementAction: { id: string, revision: number, status: ImprovementActionStatus, closedEffective: boolean | null } };

export type InboxStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxStaffQuery = { users: Array<{ id: string, username: string, fullName: string | null, active: boolean }> };

export type InboxCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PqrsListFilterInput | null | undefined;
  sort: PqrsListSort;
}>;


export type InboxCasesQuery = { pqrsList: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ radicado: string, kind: PqrsKind, subject: string, receivedAt: string, dueDate: string, status: PqrsStatus, trafficLight: TrafficLight | null, priority: Array<PriorityReason>, priorityAlertRaisedAt: string | null, claimInProcessMarkDueBy: string | null, negativeSilence: { silenceFrom: string } | null, assignee: { id: string, username: string, fullName: string | null } | null }> } };

export type DismissMailForReviewMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DismissMailForReviewMutation = { dismissMailForReview: { id: string, dismissedAt: string, reason: string } };

export type NoticeTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticeTemplatesQuery = { noticeTemplates: Array<{ key: NoticeTemplateKey, label: string, version: number, subject: string, body: string, publishedAt: string | null, publishedBy: { username: string, fullName: string | null } | null, placeholders: Array<{ name: string, description: string, example: string, required: boolean }> }> };

export type NoticeTemplateVersionsQueryVariables = Exact<{
  key: NoticeTemplateKey;
}>;


export type NoticeTemplateVersionsQuery = { noticeTemplateVersions: Array<{ key: NoticeTemplateKey, version: number, subject: string, body: string, publishedAt: string | null, publishedBy: { username: string, fullName: string | null } | null }> };

export type NoticeTemplatePreviewQueryVariables = Exact<{
  key: NoticeTemplateKey;
  subject: string;
  body: string;
}>;


export type NoticeTemplatePreviewQuery = { noticeTemplatePreview: { subject: string, text: string } };

export type PublishNoticeTemplateMutationVariables = Exact<{
  key: NoticeTemplateKey;
  subject: string;
  body: string;
}>;


export type PublishNoticeTemplateMutation = { publishNoticeTemplate: { key: NoticeTemplateKey, version: number } };

export type NotificationOutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationOutboxQuery = { notificationOutbox: { smtpConfigured: boolean, pendingEmails: number, pendingPostal: number, failed: number } };

export type FailedNotificationsQueryVariables = Exact<{
  first: number;
}>;


export type FailedNotificationsQuery = { failedNotifications: Array<{ id: string, recordId: string, recordKind: string, kind: NoticeKind, channel: NoticeChannel, recipientRole: string, status: NotificationStatus, requestedAt: string, failure: string | null, attempts: number, round: number }> };

export type ActionPlanYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionPlanYearsQuery = { actionPlanYears: Array<number> };

export type ActionPlanOfYearQueryVariables = Exact<{
  year: number;
}>;


export type ActionPlanOfYearQuery = { actionPlan: { year: number, title: string, asOf: string, revision: number, executionPercent: number, weightTotal: number, weightsBalanced: boolean, overdueActivities: number, pendingReports: number, goals: Array<{ id: string, description: string, weight: number, execution: number, activities: Array<{ id: string, description: string, startDate: string, endDate: string, weight: number, indicator: string, target: string, approvedProgress: number, weightedExecution: number, status: PlanActivityStatus, pendingReportId: string | null, responsible: { id: string, username: string, fullName: string | null } | null, progressReports: Array<{ id: string, progressPercent: number, note: string, evidence: string, status: ProgressReportStatus, reportedOn: string, reviewedOn: string | null, rejectionReason: string | null, reportedBy: { id: string, username: string, fullName: string | null } | null, reviewedBy: { id: string, username: string, fullName: string | null } | null, attachments: Array<{ id: string, fileName: string, mediaType: string, size: number, sha256: string }> }> }> }> } | null };

export type PlanCreateMutationVariables = Exact<{
  input: CreateActionPlanInput;
}>;


export type PlanCreateMutation = { createActionPlan: { year: number, revision: number } };

export type PlanAddGoalMutationVariables = Exact<{
  year: number;
  description: string;
  expectedRevision?: number | null | undefined;
}>;


export type PlanAddGoalMutation = { addPlanGoal: { year: number, revision: number } };

export type PlanReportProgressMutationVariables = Exact<{
  year: number;
  activityId: string | number;
  progressPercent: number;
  note: string;
  evidence?: string | null | undefined;
  attachmentIds?: Array<string | number> | string | number | null | undefined;
  expectedRevision?: number | null | undefined;
}>;


export type PlanReportProgressMutation = { reportActivityProgress: { year: number, revision: number } };

export type PlanApproveProgressMutationVariables = Exact<{
  year: number;
  progressReportId: string | number;
  expectedRevision?: number | null | undefined;
}>;


export type PlanApproveProgressMutation = { approveActivityProgress: { year: number, revision: number } };

export type PlanRejectProgressMutationVariables = Exact<{
  year: number;
  progressReportId: string | number;
  reason: string;
  expectedRevision?: number | null | undefined;
}>;


export type PlanRejectProgressMutation = { rejectActivityProgress: { year: number, revision: number } };

export type PlanActivityResponsiblesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanActivityResponsiblesQuery = { users: Array<{ id: string, username: string, fullName: string | null, roles: Array<Role>, active: boolean }> };

export type PlanAddActivityMutationVariables = Exact<{
  input: AddPlanActivityInput;
  expectedRevision?: number | null | undefined;
}>;


export type PlanAddActivityMutation = { addPlanActivity: { year: number, revision: number } };

export type CampaignPlanQueryVariables = Exact<{
  filter?: CampaignFilterInput | null | undefined;
}>;


export type CampaignPlanQuery = { campaignStatistics: { byCampaign: Array<{ campaign: { id: string, kind: CampaignKind, name: string, startDate: string, endDate: string, channels: Array<CampaignChannel>, media: string | null, budget: number, attendance: number | null, actualCost: number | null, results: string | null, mappedNames: Array<string>, revision: number, municipality: { code: string, name: string } }, figures: { applications: number, approved: number, costPerAffiliation: number | null } }>, byMunicipality: Array<{ campaigns: number, budget: number, actualCost: number, attendance: number, applications: number, approved: number, costPerAffiliation: number | null, municipality: { code: string, name: string } }> } };

export type LegacyCampaignNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type LegacyCampaignNamesQuery = { legacyCampaignNames: Array<{ name: string, applications: number, campaignId: string | null }>, campaigns: Array<{ id: string, name: string, startDate: string, endDate: string, municipality: { code: string, name: string } }> };

export type CampaignPlanCampaignMutationVariables = Exact<{
  input: PlanCampaignInput;
}>;


export type CampaignPlanCampaignMutation = { planCampaign: { id: string, name: string, year: number } };

export type CampaignRecordResultMutationVariables = Exact<{
  id: string | number;
  expectedRevision?: number | null | undefined;
  attendance: number;
  actualCost: number;
  results: string;
}>;


export type CampaignRecordResultMutation = { recordCampaignResult: { id: string, attendance: number | null, actualCost: number | null, results: string | null, revision: number } };

export type CampaignMapNameMutationVariables = Exact<{
  id: string | number;
  legacyName: string;
}>;


export type CampaignMapNameMutation = { mapCampaignName: { id: string, mappedNames: Array<string>, revision: number } };

export type ReviewDecisionStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewDecisionStaffQuery = { users: Array<{ id: string, username: string, fullName: string | null, roles: Array<Role>, active: boolean }> };

export type ReviewDecisionRecordMutationVariables = Exact<{
  input: RecordReviewDecisionInput;
}>;


export type ReviewDecisionRecordMutation = { recordReviewDecision: { id: string, revision: number } };

export type ManagementReviewsOfYearQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type ManagementReviewsOfYearQuery = { managementReviews: Array<{ id: string, title: string, meetingDate: string, status: ManagementReviewStatus, period: { from: string, to: string }, decisions: Array<{ number: number }> }> };

export type ManagementReviewStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagementReviewStaffQuery = { users: Array<{ id: string, username: string, fullName: string | null, roles: Array<Role>, active: boolean }> };

export type ManagementReviewOpenMutationVariables = Exact<{
  input: OpenManagementReviewInput;
}>;


export type ManagementReviewOpenMutation = { openManagementReview: { id: string } };

export type ManagementReviewRecordQueryVariables = Exact<{
  reviewId: string | number;
}>;


export type ManagementReviewRecordQuery = { managementReview: { id: string, title: string, meetingDate: string, status: ManagementReviewStatus, revision: number, openedAt: string, closedAt: string | null, conclusions: string | null, attendeeIds: Array<string>, period: { from: string, to: string }, inputs: { assembledAt: string, pqrs: { received: number, answered: number, answeredOnTime: number, answeredLate: number, onTimeRate: number | null, averageResponseBusinessDays: number | null, open: number, overdue: number }, pqrsReport: { reportId: string, from: string, to: string, contentHash: string } | null, satisfaction: { responses: number, satisfactionIndex: number | null }, improvementActions: { formulated: number, closedEffective: number, closedNotEffective: number, effectivenessRate: number | null, open: Array<{ actionId: string, sourceKind: string, sourceReference: string, dueDate: string, overdue: boolean }> }, actionPlan: { year: number, executionPercent: number, activities: number, completed: number, overdue: Array<{ activityId: string }> } | null, riskMonitoring: { byResidualZone: Array<{ zone: string, count: number }>, risks: Array<{ riskId: string, name: string, residualZone: string, lastMonitoringQuarter: string | null, controlsEffective: boolean | null, materializationsInPeriod: number }> } | null }, decisions: Array<{ number: number, reference: string, kind: ReviewDecisionKind, description: string, responsibleId: string, dueDate: string | null, improvementActionId: string | null, actionFormulated: boolean | null }> } };

export type ManagementReviewCloseMutationVariables = Exact<{
  reviewId: string | number;
  conclusions: string;
  expectedRevision?: number | null | undefined;
}>;


export type ManagementReviewCloseMutation = { closeManagementReview: { id: string, status: ManagementReviewStatus } };

export type RiskMapScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskMapScreenQuery = { riskMap: { methodNote: string, inherentHeatMap: Array<{ probability: RiskProbability, impact: RiskImpact, zone: RiskZone, count: number }>, residualHeatMap: Array<{ probability: RiskProbability, impact: RiskImpact, zone: RiskZone, count: number }>, risks: Array<{ id: string, name: string, cause: string, consequence: string, revision: number, lastMonitoredQuarter: string | null, inherent: { probability: RiskProbability, probabilityPercent: number, impact: RiskImpact, impactPercent: number, zone: RiskZone }, residual: { probability: RiskProbability, probabilityPercent: number, impact: RiskImpact, impactPercent: number, zone: RiskZone }, controls: Array<{ id: string, description: string, type: RiskControlType, implementation: RiskControlImplementation, documentation: RiskControlDocumentation, frequency: RiskControlFrequency, evidence: RiskControlEvidence, periodicity: RiskControlPeriodicity, evidenceDescription: string, weight: number, responsible: { id: string, username: string, fullName: string | null } | null, residualAfter: { zone: RiskZone } }>, monitorings: Array<{ quarter: string, controlsEffective: boolean, observations: string, evidence: string, materializations: number, monitoredAt: string, residual: { zone: RiskZone } }>, materializations: Array<{ id: string, occurredOn: string, quarter: string, description: string, links: Array<{ kind: MaterializationLinkKind, reference: string }> }> }> } };

export type RiskRegisterMutationVariables = Exact<{
  input: RegisterRiskInput;
}>;


export type RiskRegisterMutation = { registerRisk: { id: string, revision: number } };

export type RiskControlResponsiblesQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskControlResponsiblesQuery = { users: Array<{ id: string, username: string, fullName: string | null, roles: Array<Role>, active: boolean }> };

export type RiskMaterializationActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskMaterializationActionsQuery = { improvementActions: { nodes: Array<{ id: string, problem: string, status: ImprovementActionStatus }> } };

export type RiskAddControlMutationVariables = Exact<{
  riskId: string | number;
  expectedRevision?: number | null | undefined;
  input: AddRiskControlInput;
}>;


export type RiskAddControlMutation = { addRiskControl: { id: string, revision: number } };

export type RiskRecordMonitoringMutationVariables = Exact<{
  riskId: string | number;
  expectedRevision?: number | null | undefined;
  input: RecordRiskMonitoringInput;
}>;


export type RiskRecordMonitoringMutation = { recordRiskMonitoring: { id: string, revision: number } };

export type RiskRecordMaterializationMutationVariables = Exact<{
  riskId: string | number;
  expectedRevision?: number | null | undefined;
  input: RecordRiskMaterializationInput;
}>;


export type RiskRecordMaterializationMutation = { recordRiskMaterialization: { id: string, revision: number } };

export type TrainingAttendeeNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingAttendeeNamesQuery = { users: Array<{ id: string, username: string, fullName: string | null }> };

export type TrainingRecordAttendanceMutationVariables = Exact<{
  sessionId: string | number;
  attendance: Array<TrainingAttendanceInput> | TrainingAttendanceInput;
  expectedRevision?: number | null | undefined;
}>;


export type TrainingRecordAttendanceMutation = { recordTrainingAttendance: { id: string } };

export type TrainingStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingStaffQuery = { users: Array<{ id: string, username: string, fullName: string | null, active: boolean }> };

export type TrainingScheduleMutationVariables = Exact<{
  input: ScheduleTrainingInput;
  expectedRevision?: number | null | undefined;
}>;


export type TrainingScheduleMutation = { scheduleTraining: { id: string } };

export type TrainingPlanOfYearQueryVariables = Exact<{
  year: number;
}>;


export type TrainingPlanOfYearQuery = { trainingPlanRevision: number | null, trainingNeeds: Array<{ needKey: string, status: TrainingNeedStatus, reason: string | null, decidedAt: string | null, sessionIds: Array<string>, basis: { kind: TrainingNeedSourceKind, label: string, receivedCount: number | null, firstReceivedOn: string | null, lastReceivedOn: string | null, actionStatus: string | null, formulatedOn: string | null, dueDate: string | null } }>, trainingSessions: Array<{ id: string, topic: string, date: string, trainer: string, attendeeIds: Array<string>, needKeys: Array<string>, passingScore: number, attendance: Array<{ userId: string, attended: boolean, score: number | null, approved: boolean }> | null }> };

export type TrainingAcceptNeedMutationVariables = Exact<{
  year: number;
  needKey: string;
  expectedRevision?: number | null | undefined;
}>;


export type TrainingAcceptNeedMutation = { acceptTrainingNeed: { needKey: string, status: TrainingNeedStatus } };

export type TrainingDismissNeedMutationVariables = Exact<{
  year: number;
  needKey: string;
  reason: string;
  expectedRevision?: number | null | undefined;
}>;


export type TrainingDismissNeedMutation = { dismissTrainingNeed: { needKey: string, status: TrainingNeedStatus } };

export type FilingReceiptQueryVariables = Exact<{
  radicado: string;
}>;


export type FilingReceiptQuery = { filingReceipt: { entityName: string, officeName: string, radicado: string, receivedAt: string, kind: PqrsKind, subject: string, dueDate: string, termBusinessDays: number, legalBasis: string, channel: PqrsChannel, receivedByName: string, verbal: boolean, reasons: string, documents: Array<string>, petitioner: { id: string, erased: boolean, name: string | null, documentType: string | null, documentNumber: string | null, email: string | null, address: string | null } | null } };

export type PossibleDuplicatesQueryVariables = Exact<{
  documentType: string;
  documentNumber: string;
  subject: string;
}>;


export type PossibleDuplicatesQuery = { possibleDuplicates: Array<{ radicado: string, message: string }> };

export type IssueReportMutationVariables = Exact<{
  kind: ReportKind;
  from: string;
  to: string;
  format: ReportFormat;
  asOf?: string | null | undefined;
  conclusions?: string | null | undefined;
}>;


export type IssueReportMutation = { report: { id: string, kind: ReportKind, from: string, to: string, asOf: string, format: ReportFormat, contentHash: string, fileName: string, downloadUrl: string, issuedAt: string } };

export type IssuedReportsQueryVariables = Exact<{
  first: number;
}>;


export type IssuedReportsQuery = { issuedReports: Array<{ id: string, kind: ReportKind, from: string, to: string, asOf: string, format: ReportFormat, contentHash: string, fileName: string, downloadUrl: string, issuedAt: string, issuedBy: string, issuedByRole: string }> };

export type ReportIssuersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportIssuersQuery = { users: Array<{ id: string, username: string, fullName: string | null }> };

export type SurveyActiveInstrumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyActiveInstrumentsQuery = { surveyInstruments: { nodes: Array<{ id: string, name: string, version: number, questions: Array<{ id: string, kind: SurveyQuestionKind, text: string }> }> } };

export type SurveyRecordResponseMutationVariables = Exact<{
  input: AnswerSurveyInput;
}>;


export type SurveyRecordResponseMutation = { answerSurvey: { id: string, answeredOn: string, instrumentVersion: number } };

export type SurveyInstrumentChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyInstrumentChoicesQuery = { surveyInstruments: { nodes: Array<{ id: string, name: string, status: SurveyInstrumentStatus }> } };

export type SurveyResultsQueryVariables = Exact<{
  instrumentId: string | number;
  from: string;
  to: string;
}>;


export type SurveyResultsQuery = { satisfactionResults: { instrumentName: string, from: string, to: string, responses: number, satisfactionThreshold: number, evaluationDifference: number | null, overall: { satisfactionIndex: number | null, belowThreshold: boolean, measuredAnswers: number, favourableAnswers: number }, questions: Array<{ questionId: string, text: string, kind: SurveyQuestionKind, measuredAnswers: number, favourableAnswers: number, satisfactionIndex: number | null, belowThreshold: boolean, improvementActionReference: string | null }>, byChannel: Array<{ channel: PqrsChannel, responses: number, measuredAnswers: number, satisfactionIndex: number | null }>, firstEvaluation: { evaluation: SurveyEvaluation, responses: number, satisfactionIndex: number | null }, secondEvaluation: { evaluation: SurveyEvaluation, responses: number, satisfactionIndex: number | null }, freeTextAnswers: Array<{ questionId: string, questionText: string, text: string, answeredOn: string }> } };

export type ResetStaffPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetStaffPasswordMutation = { resetUserPassword: { temporaryPassword: string, user: { id: string, mustChangePassword: boolean } } };

export type PublicFaqSuggestionsQueryVariables = Exact<{
  text?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PublicFaqSuggestionsQuery = { publicFaq: Array<{ id: string, question: string, answer: string, category: string }> };

export type PublicFaqQueryVariables = Exact<{
  text?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PublicFaqQuery = { publicFaq: Array<{ id: string, question: string, answer: string, category: string }> };

export type SubmitPublicPqrsMutationVariables = Exact<{
  input: PublicPqrsInput;
}>;


export type SubmitPublicPqrsMutation = { submitPublicPqrs: { radicado: string, accessCode: string, dueDate: string, termRunsFrom: string | null, receivedAt: string, kind: PqrsKind, termBusinessDays: number, anonymous: boolean } };

export type PublicPortalQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicPortalQuery = { publicPortal: { entityName: string, officeName: string, policyText: string, policyVersion: string, challengeRequired: boolean, maxFileBytes: number, maxFilesPerFiling: number, maxTotalBytesPerFiling: number, acceptedFileKinds: Array<string>, kinds: Array<{ kind: PqrsKind, label: string, explanation: string, termBusinessDays: number, anonymousAllowed: boolean }>, priorityReasons: Array<{ value: string, label: string }> } };

export type ExtendPublicCompletionWindowMutationVariables = Exact<{
  radicado: string;
  accessCode: string;
}>;


export type ExtendPublicCompletionWindowMutation = { extendPublicCompletionWindow: { radicado: string, kind: PqrsKind, kindLabel: string, status: PqrsStatus, statusLabel: string, receivedAt: string, dueDate: string | null, originalDueDate: string, termRunsFrom: string | null, extendedDueDate: string | null, extensionReason: string | null, awaitingInformation: boolean, informationRequest: string | null, completeBy: string | null, completionWindowExtended: boolean, transferredTo: string | null, answer: string | null, answeredAt: string | null, anonymous: boolean, attachments: Array<{ id: string, fileName: string, mediaType: string, size: number, sha256: string, source: AttachmentSource }>, history: Array<{ at: string, label: string }> } };

export type ProvidePublicInformationMutationVariables = Exact<{
  radicado: string;
  accessCode: string;
  text: string;
  attachmentIds?: Array<string | number> | string | number | null | undefined;
}>;


export type ProvidePublicInformationMutation = { providePublicInformation: { radicado: string, kind: PqrsKind, kindLabel: string, status: PqrsStatus, statusLabel: string, receivedAt: string, dueDate: string | null, originalDueDate: string, termRunsFrom: string | null, extendedDueDate: string | null, extensionReason: string | null, awaitingInformation: boolean, informationRequest: string | null, completeBy: string | null, completionWindowExtended: boolean, transferredTo: string | null, answer: string | null, answeredAt: string | null, anonymous: boolean, attachments: Array<{ id: string, fileName: string, mediaType: string, size: number, sha256: string, source: AttachmentSource }>, history: Array<{ at: string, label: string }> } };

export type PublicCaseQueryVariables = Exact<{
  radicado: string;
  accessCode: string;
}>;


export type PublicCaseQuery = { publicCase: { radicado: string, kind: PqrsKind, kindLabel: string, status: PqrsStatus, statusLabel: string, receivedAt: string, dueDate: string | null, originalDueDate: string, termRunsFrom: string | null, extendedDueDate: string | null, extensionReason: string | null, awaitingInformation: boolean, informationRequest: string | null, completeBy: string | null, completionWindowExtended: boolean, transferredTo: string | null, answer: string | null, answeredAt: string | null, anonymous: boolean, attachments: Array<{ id: string, fileName: string, mediaType: string, size: number, sha256: string, source: AttachmentSource }>, history: Array<{ at: string, label: string }> } | null };

export type PublicCaseFieldsFragment = { radicado: string, kind: PqrsKind, kindLabel: string, status: PqrsStatus, statusLabel: string, receivedAt: string, dueDate: string | null, originalDueDate: string, termRunsFrom: string | null, extendedDueDate: string | null, extensionReason: string | null, awaitingInformation: boolean, informationRequest: string | null, completeBy: string | null, completionWindowExtended: boolean, transferredTo: string | null, answer: string | null, answeredAt: string | null, anonymous: boolean, attachments: Array<{ id: string, fileName: string, mediaType: string, size: number, sha256: string, source: AttachmentSource }>, history: Array<{ at: string, label: string }> };

export const MyWorkCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyWorkCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pqrs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"trafficLight"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"tacitWithdrawalFrom"}}]}}]} as unknown as DocumentNode<MyWorkCaseFieldsFragment, unknown>;
export const MyWorkGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyWorkGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyWorkCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pqrs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"trafficLight"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"tacitWithdrawalFrom"}}]}}]} as unknown as DocumentNode<MyWorkGroupFieldsFragment, unknown>;
export const PublicCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termRunsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingInformation"}},{"kind":"Field","name":{"kind":"Name","value":"informationRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completeBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionWindowExtended"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<PublicCaseFieldsFragment, unknown>;
export const AffiliationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliationListFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"affiliationType"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCampaignName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AffiliationListQuery, AffiliationListQueryVariables>;
export const OfficeCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"calendarHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"retroactive"}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"act"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCalendarQuery, OfficeCalendarQueryVariables>;
export const AddNonWorkingDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNonWorkingDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"act"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclaringActInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retroactive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNonWorkingDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"act"},"value":{"kind":"Variable","name":{"kind":"Name","value":"act"}}},{"kind":"Argument","name":{"kind":"Name","value":"retroactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retroactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<AddNonWorkingDayMutation, AddNonWorkingDayMutationVariables>;
export const RemoveNonWorkingDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveNonWorkingDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"act"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclaringActInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retroactive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeNonWorkingDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"act"},"value":{"kind":"Variable","name":{"kind":"Name","value":"act"}}},{"kind":"Argument","name":{"kind":"Name","value":"retroactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retroactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<RemoveNonWorkingDayMutation, RemoveNonWorkingDayMutationVariables>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const DashboardIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorGranularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"pqrs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"open"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionIndex"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardIndicatorsQuery, DashboardIndicatorsQueryVariables>;
export const ActionBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionBoardQuery, ActionBoardQueryVariables>;
export const MailForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailForReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailForReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<MailForReviewQuery, MailForReviewQueryVariables>;
export const MyWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamOverdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"oldest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkCaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyWorkCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pqrs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"trafficLight"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"tacitWithdrawalFrom"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyWorkGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkCaseFields"}}]}}]}}]} as unknown as DocumentNode<MyWorkQuery, MyWorkQueryVariables>;
export const ReceivePqrsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceivePqrs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivePqrsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivePqrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"accessCode"}}]}}]}}]} as unknown as DocumentNode<ReceivePqrsMutation, ReceivePqrsMutationVariables>;
export const StaffAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"dependency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const CreateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"dependency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const UpdateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<UpdateStaffAccountMutation, UpdateStaffAccountMutationVariables>;
export const AffiliationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"affiliationType"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCampaignName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceReference"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"novelties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}}]}}]}}]}}]} as unknown as DocumentNode<AffiliationDetailQuery, AffiliationDetailQueryVariables>;
export const AffiliationSubmitDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AffiliationSubmitDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAffiliationDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAffiliationDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AffiliationSubmitDocumentMutation, AffiliationSubmitDocumentMutationVariables>;
export const AffiliationRejectDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AffiliationRejectDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAffiliationDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentType"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AffiliationRejectDocumentMutation, AffiliationRejectDocumentMutationVariables>;
export const AffiliationVerifyRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AffiliationVerifyRequirements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAffiliationRequirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AffiliationVerifyRequirementsMutation, AffiliationVerifyRequirementsMutationVariables>;
export const AffiliationApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AffiliationApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAffiliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}}]}}]}}]} as unknown as DocumentNode<AffiliationApproveMutation, AffiliationApproveMutationVariables>;
export const AffiliationRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AffiliationReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAffiliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AffiliationRejectMutation, AffiliationRejectMutationVariables>;
export const AffiliationReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AffiliationReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveAffiliationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveAffiliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AffiliationReceiveMutation, AffiliationReceiveMutationVariables>;
export const AffiliationCampaignChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliationCampaignChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AffiliationCampaignChoicesQuery, AffiliationCampaignChoicesQueryVariables>;
export const AffiliationCampaignFilterChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliationCampaignFilterChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legacyCampaignNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AffiliationCampaignFilterChoicesQuery, AffiliationCampaignFilterChoicesQueryVariables>;
export const AffiliationAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AffiliationAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAffiliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AffiliationAssignMutation, AffiliationAssignMutationVariables>;
export const AffiliationReportNoveltyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AffiliationReportNovelty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportAffiliationNoveltyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportAffiliationNovelty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}}]}}]}}]} as unknown as DocumentNode<AffiliationReportNoveltyMutation, AffiliationReportNoveltyMutationVariables>;
export const AffiliationStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliationStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliationStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToDecision"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliationType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCampaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCampaignName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<AffiliationStatisticsQuery, AffiliationStatisticsQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventsFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const CaseReplayInstantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReplayInstants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CaseReplayInstantsQuery, CaseReplayInstantsQueryVariables>;
export const CaseReplayAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReplayAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseReplayAsOfQuery, CaseReplayAsOfQueryVariables>;
export const PersonalDataAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonErased"}}]}}]}}]}}]} as unknown as DocumentNode<PersonalDataAccessLogQuery, PersonalDataAccessLogQueryVariables>;
export const VerifyAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"head"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"head"},"value":{"kind":"Variable","name":{"kind":"Name","value":"head"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"streamsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"eventsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"firstMismatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedHeads"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedHead"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditTrailQuery, VerifyAuditTrailQueryVariables>;
export const ReportsToVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsToVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}}]}}]} as unknown as DocumentNode<ReportsToVerifyQuery, ReportsToVerifyQueryVariables>;
export const VerifyReportFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyReportFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileSha256"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyReportFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileSha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileSha256"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyReportFileQuery, VerifyReportFileQueryVariables>;
export const VerifyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"regeneratedContentHash"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyReportQuery, VerifyReportQueryVariables>;
export const AuditStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<AuditStaffQuery, AuditStaffQueryVariables>;
export const EvaluateDenunciationMeritDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateDenunciationMerit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"admissible"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeritBasis"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"motivation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeritAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionReference"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateDenunciationMerit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"admissible"},"value":{"kind":"Variable","name":{"kind":"Name","value":"admissible"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"motivation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"motivation"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"actionReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionReference"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<EvaluateDenunciationMeritMutation, EvaluateDenunciationMeritMutationVariables>;
export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pqrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"prioritized"}},{"kind":"Field","name":{"kind":"Name","value":"priorityProof"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proofGiven"}},{"kind":"Field","name":{"kind":"Name","value":"proofSummary"}},{"kind":"Field","name":{"kind":"Name","value":"proofAttachments"}},{"kind":"Field","name":{"kind":"Name","value":"lifeOrIntegrityRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAlertRaisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"meritEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissible"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionReference"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"maxDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"afterHoursRule"}},{"kind":"Field","name":{"kind":"Name","value":"officeHours"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfficeHours"}},{"kind":"Field","name":{"kind":"Name","value":"radicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termRunsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}},{"kind":"Field","name":{"kind":"Name","value":"extendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"informationRequestAllowedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"transferAllowedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"trafficLight"}},{"kind":"Field","name":{"kind":"Name","value":"dependency"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"accessDecision"}},{"kind":"Field","name":{"kind":"Name","value":"accessDenialGround"}},{"kind":"Field","name":{"kind":"Name","value":"accessDenialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"accessException"}},{"kind":"Field","name":{"kind":"Name","value":"accessDenialProvision"}},{"kind":"Field","name":{"kind":"Name","value":"accessDenialHarm"}},{"kind":"Field","name":{"kind":"Name","value":"publicVersionDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"verbalAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredLate"}},{"kind":"Field","name":{"kind":"Name","value":"claimInProcessMark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimInProcessMarkDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"jointAnswerId"}},{"kind":"Field","name":{"kind":"Name","value":"tacitWithdrawalFrom"}},{"kind":"Field","name":{"kind":"Name","value":"completionWindowExtendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalActNumber"}},{"kind":"Field","name":{"kind":"Name","value":"refilingOf"}},{"kind":"Field","name":{"kind":"Name","value":"refiledAs"}},{"kind":"Field","name":{"kind":"Name","value":"positiveSilence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"silenceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"copiesDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"copiesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"copiesDeliveredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"negativeSilence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"silenceFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"answerChannel"}},{"kind":"Field","name":{"kind":"Name","value":"answerReviewRequired"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"petitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedEffective"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answerNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outgoingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answerDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"accessDecision"}},{"kind":"Field","name":{"kind":"Name","value":"accessDenialGround"}},{"kind":"Field","name":{"kind":"Name","value":"accessDenialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"accessException"}},{"kind":"Field","name":{"kind":"Name","value":"accessDenialProvision"}},{"kind":"Field","name":{"kind":"Name","value":"accessDenialHarm"}},{"kind":"Field","name":{"kind":"Name","value":"publicVersionDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftedById"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answerApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipientRole"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"guideNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postalOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"postalOutcomeOn"}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseTimelineQuery, CaseTimelineQueryVariables>;
export const CaseFaqSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseFaqSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<CaseFaqSuggestionsQuery, CaseFaqSuggestionsQueryVariables>;
export const AssignableUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignableUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dependency"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AssignableUsersQuery, AssignableUsersQueryVariables>;
export const CaseAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dependency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPqrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dependency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dependency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseAssignMutation, CaseAssignMutationVariables>;
export const CaseRequestInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRequestInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPqrsInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseRequestInformationMutation, CaseRequestInformationMutationVariables>;
export const CaseProvideInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseProvideInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lateEntryReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providePqrsInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"providedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providedAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"lateEntryReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lateEntryReason"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseProvideInformationMutation, CaseProvideInformationMutationVariables>;
export const CaseExtendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseExtend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newDueDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendPqrsDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"newDueDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newDueDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseExtendMutation, CaseExtendMutationVariables>;
export const CaseTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityEmail"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferPqrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityEmail"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseTransferMutation, CaseTransferMutationVariables>;
export const CaseAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessDecision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDecision"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialGround"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDenialGround"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialDetail"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialProvision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialHarm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publicVersionDelivered"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verbalAnswer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VerbalAnswerMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerPqrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessDecision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessDecision"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessDenialGround"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialGround"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessDenialDetail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialDetail"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessDenialProvision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialProvision"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessDenialHarm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialHarm"}}},{"kind":"Argument","name":{"kind":"Name","value":"publicVersionDelivered"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publicVersionDelivered"}}},{"kind":"Argument","name":{"kind":"Name","value":"verbalAnswer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verbalAnswer"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseAnswerMutation, CaseAnswerMutationVariables>;
export const CaseDraftAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseDraftAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessDecision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDecision"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialGround"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDenialGround"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialDetail"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialProvision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialHarm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publicVersionDelivered"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessDecision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessDecision"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessDenialGround"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialGround"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessDenialDetail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialDetail"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessDenialProvision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialProvision"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessDenialHarm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessDenialHarm"}}},{"kind":"Argument","name":{"kind":"Name","value":"publicVersionDelivered"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publicVersionDelivered"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseDraftAnswerMutation, CaseDraftAnswerMutationVariables>;
export const CaseApproveAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApproveAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseApproveAnswerMutation, CaseApproveAnswerMutationVariables>;
export const CaseReturnAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseReturnAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remarks"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"remarks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remarks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseReturnAnswerMutation, CaseReturnAnswerMutationVariables>;
export const CaseCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePqrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseCloseMutation, CaseCloseMutationVariables>;
export const CaseMarkClaimInProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseMarkClaimInProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markClaimInProcess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseMarkClaimInProcessMutation, CaseMarkClaimInProcessMutationVariables>;
export const CaseWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawalMode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPqrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"actNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseWithdrawMutation, CaseWithdrawMutationVariables>;
export const CaseExtendCompletionWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseExtendCompletionWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"askedAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lateEntryReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendPqrsCompletionWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"askedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"askedAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"lateEntryReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lateEntryReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseExtendCompletionWindowMutation, CaseExtendCompletionWindowMutationVariables>;
export const CaseDeliverCopiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseDeliverCopies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveredAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lateEntryReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPqrsCopiesDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"deliveredAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveredAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"lateEntryReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lateEntryReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseDeliverCopiesMutation, CaseDeliverCopiesMutationVariables>;
export const CaseResendNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseResendNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseResendNotificationMutation, CaseResendNotificationMutationVariables>;
export const CaseRecordPostalDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRecordPostalDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guideNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dispatchedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPostalDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notificationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"carrier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}}},{"kind":"Argument","name":{"kind":"Name","value":"guideNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guideNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"dispatchedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dispatchedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseRecordPostalDispatchMutation, CaseRecordPostalDispatchMutationVariables>;
export const CaseRecordPostalOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRecordPostalOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostalOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPostalOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notificationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseRecordPostalOutcomeMutation, CaseRecordPostalOutcomeMutationVariables>;
export const RevealPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealPersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealPersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]} as unknown as DocumentNode<RevealPersonalDataMutation, RevealPersonalDataMutationVariables>;
export const FaqEntryListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqEntryList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntriesFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaqEntryListQuery, FaqEntryListQueryVariables>;
export const FaqEntryDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqEntryDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"linkedRadicados"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<FaqEntryDetailQuery, FaqEntryDetailQueryVariables>;
export const FaqUpdateEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqUpdateEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFaqEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FaqUpdateEntryMutation, FaqUpdateEntryMutationVariables>;
export const FaqPublishEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqPublishEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FaqPublishEntryMutation, FaqPublishEntryMutationVariables>;
export const FaqRetireEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqRetireEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FaqRetireEntryMutation, FaqRetireEntryMutationVariables>;
export const FaqEntryVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqEntryVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqEntryHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"linkedRadicados"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<FaqEntryVersionsQuery, FaqEntryVersionsQueryVariables>;
export const FaqSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedTerms"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<FaqSearchQuery, FaqSearchQueryVariables>;
export const FaqCreateEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqCreateEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFaqEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FaqCreateEntryMutation, FaqCreateEntryMutationVariables>;
export const ActionResponsiblesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionResponsibles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ActionResponsiblesQuery, ActionResponsiblesQueryVariables>;
export const ActionFormulateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActionFormulate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FormulateImprovementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formulateImprovementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]} as unknown as DocumentNode<ActionFormulateMutation, ActionFormulateMutationVariables>;
export const ActionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"formulatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedEffective"}},{"kind":"Field","name":{"kind":"Name","value":"linkedActionId"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionDetailQuery, ActionDetailQueryVariables>;
export const ActionRecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActionRecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActionRecordProgressMutation, ActionRecordProgressMutationVariables>;
export const ActionVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActionVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effective"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyActionEffectiveness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"effective"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effective"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActionVerifyMutation, ActionVerifyMutationVariables>;
export const ActionCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActionClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeImprovementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedEffective"}}]}}]}}]} as unknown as DocumentNode<ActionCloseMutation, ActionCloseMutationVariables>;
export const InboxStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<InboxStaffQuery, InboxStaffQueryVariables>;
export const InboxCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PqrsListFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PqrsListSort"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pqrsList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trafficLight"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAlertRaisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimInProcessMarkDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"negativeSilence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"silenceFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxCasesQuery, InboxCasesQueryVariables>;
export const DismissMailForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissMailForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissMailForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dismissedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<DismissMailForReviewMutation, DismissMailForReviewMutationVariables>;
export const NoticeTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"example"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeTemplatesQuery, NoticeTemplatesQueryVariables>;
export const NoticeTemplateVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeTemplateVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeTemplateKey"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeTemplateVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeTemplateVersionsQuery, NoticeTemplateVersionsQueryVariables>;
export const NoticeTemplatePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeTemplatePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeTemplateKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeTemplatePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<NoticeTemplatePreviewQuery, NoticeTemplatePreviewQueryVariables>;
export const PublishNoticeTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishNoticeTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeTemplateKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishNoticeTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PublishNoticeTemplateMutation, PublishNoticeTemplateMutationVariables>;
export const NotificationOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationOutbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smtpConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPostal"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]} as unknown as DocumentNode<NotificationOutboxQuery, NotificationOutboxQueryVariables>;
export const FailedNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordKind"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipientRole"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"round"}}]}}]}}]} as unknown as DocumentNode<FailedNotificationsQuery, FailedNotificationsQueryVariables>;
export const ActionPlanYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPlanYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlanYears"}}]}}]} as unknown as DocumentNode<ActionPlanYearsQuery, ActionPlanYearsQueryVariables>;
export const ActionPlanOfYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPlanOfYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"executionPercent"}},{"kind":"Field","name":{"kind":"Name","value":"weightTotal"}},{"kind":"Field","name":{"kind":"Name","value":"weightsBalanced"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActivities"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReports"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"execution"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"approvedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"weightedExecution"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReportId"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionPlanOfYearQuery, ActionPlanOfYearQueryVariables>;
export const PlanCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<PlanCreateMutation, PlanCreateMutationVariables>;
export const PlanAddGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAddGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<PlanAddGoalMutation, PlanAddGoalMutationVariables>;
export const PlanReportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"progressPercent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportActivityProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"progressPercent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"progressPercent"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<PlanReportProgressMutation, PlanReportProgressMutationVariables>;
export const PlanApproveProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanApproveProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"progressReportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveActivityProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"progressReportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"progressReportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<PlanApproveProgressMutation, PlanApproveProgressMutationVariables>;
export const PlanRejectProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanRejectProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"progressReportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectActivityProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"progressReportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"progressReportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<PlanRejectProgressMutation, PlanRejectProgressMutationVariables>;
export const PlanActivityResponsiblesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanActivityResponsibles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<PlanActivityResponsiblesQuery, PlanActivityResponsiblesQueryVariables>;
export const PlanAddActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAddActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanActivityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<PlanAddActivityMutation, PlanAddActivityMutationVariables>;
export const CampaignPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCampaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"media"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"mappedNames"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"costPerAffiliation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"costPerAffiliation"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignPlanQuery, CampaignPlanQueryVariables>;
export const LegacyCampaignNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyCampaignNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyCampaignNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LegacyCampaignNamesQuery, LegacyCampaignNamesQueryVariables>;
export const CampaignPlanCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignPlanCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<CampaignPlanCampaignMutation, CampaignPlanCampaignMutationVariables>;
export const CampaignRecordResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignRecordResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actualCost"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"results"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCampaignResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}}},{"kind":"Argument","name":{"kind":"Name","value":"actualCost"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actualCost"}}},{"kind":"Argument","name":{"kind":"Name","value":"results"},"value":{"kind":"Variable","name":{"kind":"Name","value":"results"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<CampaignRecordResultMutation, CampaignRecordResultMutationVariables>;
export const CampaignMapNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignMapName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"legacyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapCampaignName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"legacyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"legacyName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mappedNames"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<CampaignMapNameMutation, CampaignMapNameMutationVariables>;
export const ReviewDecisionStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDecisionStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ReviewDecisionStaffQuery, ReviewDecisionStaffQueryVariables>;
export const ReviewDecisionRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDecisionRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReviewDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReviewDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ReviewDecisionRecordMutation, ReviewDecisionRecordMutationVariables>;
export const ManagementReviewsOfYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagementReviewsOfYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managementReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ManagementReviewsOfYearQuery, ManagementReviewsOfYearQueryVariables>;
export const ManagementReviewStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagementReviewStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ManagementReviewStaffQuery, ManagementReviewStaffQueryVariables>;
export const ManagementReviewOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManagementReviewOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenManagementReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openManagementReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ManagementReviewOpenMutation, ManagementReviewOpenMutationVariables>;
export const ManagementReviewRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagementReviewRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managementReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeIds"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assembledAt"}},{"kind":"Field","name":{"kind":"Name","value":"pqrs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageResponseBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pqrsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formulated"}},{"kind":"Field","name":{"kind":"Name","value":"closedEffective"}},{"kind":"Field","name":{"kind":"Name","value":"closedNotEffective"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessRate"}},{"kind":"Field","name":{"kind":"Name","value":"open"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"executionPercent"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskMonitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byResidualZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residualZone"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonitoringQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"controlsEffective"}},{"kind":"Field","name":{"kind":"Name","value":"materializationsInPeriod"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"improvementActionId"}},{"kind":"Field","name":{"kind":"Name","value":"actionFormulated"}}]}}]}}]}}]} as unknown as DocumentNode<ManagementReviewRecordQuery, ManagementReviewRecordQueryVariables>;
export const ManagementReviewCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManagementReviewClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conclusions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeManagementReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"conclusions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conclusions"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ManagementReviewCloseMutation, ManagementReviewCloseMutationVariables>;
export const RiskMapScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskMapScreen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methodNote"}},{"kind":"Field","name":{"kind":"Name","value":"inherentHeatMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residualHeatMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonitoredQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"inherent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"impactPercent"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"impactPercent"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"implementation"}},{"kind":"Field","name":{"kind":"Name","value":"documentation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"periodicity"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDescription"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"residualAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitorings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"controlsEffective"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"materializations"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"residual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"materializations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RiskMapScreenQuery, RiskMapScreenQueryVariables>;
export const RiskRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<RiskRegisterMutation, RiskRegisterMutationVariables>;
export const RiskControlResponsiblesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskControlResponsibles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<RiskControlResponsiblesQuery, RiskControlResponsiblesQueryVariables>;
export const RiskMaterializationActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskMaterializationActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RiskMaterializationActionsQuery, RiskMaterializationActionsQueryVariables>;
export const RiskAddControlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskAddControl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRiskControlInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRiskControl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"riskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<RiskAddControlMutation, RiskAddControlMutationVariables>;
export const RiskRecordMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskRecordMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRiskMonitoringInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRiskMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"riskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<RiskRecordMonitoringMutation, RiskRecordMonitoringMutationVariables>;
export const RiskRecordMaterializationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskRecordMaterialization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRiskMaterializationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRiskMaterialization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"riskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"riskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<RiskRecordMaterializationMutation, RiskRecordMaterializationMutationVariables>;
export const TrainingAttendeeNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingAttendeeNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<TrainingAttendeeNamesQuery, TrainingAttendeeNamesQueryVariables>;
export const TrainingRecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingRecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAttendanceInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TrainingRecordAttendanceMutation, TrainingRecordAttendanceMutationVariables>;
export const TrainingStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<TrainingStaffQuery, TrainingStaffQueryVariables>;
export const TrainingScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleTrainingInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TrainingScheduleMutation, TrainingScheduleMutationVariables>;
export const TrainingPlanOfYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingPlanOfYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingPlanRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"trainingNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionIds"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"receivedCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"actionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"formulatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeIds"}},{"kind":"Field","name":{"kind":"Name","value":"needKeys"}},{"kind":"Field","name":{"kind":"Name","value":"passingScore"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingPlanOfYearQuery, TrainingPlanOfYearQueryVariables>;
export const TrainingAcceptNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingAcceptNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTrainingNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"needKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrainingAcceptNeedMutation, TrainingAcceptNeedMutationVariables>;
export const TrainingDismissNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingDismissNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissTrainingNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"needKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrainingDismissNeedMutation, TrainingDismissNeedMutationVariables>;
export const FilingReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"officeName"}},{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByName"}},{"kind":"Field","name":{"kind":"Name","value":"verbal"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"petitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<FilingReceiptQuery, FilingReceiptQueryVariables>;
export const PossibleDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PossibleDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentType"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PossibleDuplicatesQuery, PossibleDuplicatesQueryVariables>;
export const IssueReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conclusions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"conclusions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conclusions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}}]}}]} as unknown as DocumentNode<IssueReportMutation, IssueReportMutationVariables>;
export const IssuedReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByRole"}}]}}]}}]} as unknown as DocumentNode<IssuedReportsQuery, IssuedReportsQueryVariables>;
export const ReportIssuersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportIssuers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ReportIssuersQuery, ReportIssuersQueryVariables>;
export const SurveyActiveInstrumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyActiveInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyInstruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyActiveInstrumentsQuery, SurveyActiveInstrumentsQueryVariables>;
export const SurveyRecordResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SurveyRecordResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentVersion"}}]}}]}}]} as unknown as DocumentNode<SurveyRecordResponseMutation, SurveyRecordResponseMutationVariables>;
export const SurveyInstrumentChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyInstrumentChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyInstruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyInstrumentChoicesQuery, SurveyInstrumentChoicesQueryVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfactionResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDifference"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfactionIndex"}},{"kind":"Field","name":{"kind":"Name","value":"belowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"favourableAnswers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"favourableAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionIndex"}},{"kind":"Field","name":{"kind":"Name","value":"belowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"improvementActionReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeTextAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"questionText"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const ResetStaffPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const PublicFaqSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicFaqSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"suggest"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<PublicFaqSuggestionsQuery, PublicFaqSuggestionsQueryVariables>;
export const PublicFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<PublicFaqQuery, PublicFaqQueryVariables>;
export const SubmitPublicPqrsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPublicPqrs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicPqrsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPublicPqrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"accessCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termRunsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"termBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}}]}}]}}]} as unknown as DocumentNode<SubmitPublicPqrsMutation, SubmitPublicPqrsMutationVariables>;
export const PublicPortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicPortal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicPortal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"officeName"}},{"kind":"Field","name":{"kind":"Name","value":"policyText"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"challengeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"maxFileBytes"}},{"kind":"Field","name":{"kind":"Name","value":"maxFilesPerFiling"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotalBytesPerFiling"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedFileKinds"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"termBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"anonymousAllowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<PublicPortalQuery, PublicPortalQueryVariables>;
export const ExtendPublicCompletionWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendPublicCompletionWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendPublicCompletionWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termRunsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingInformation"}},{"kind":"Field","name":{"kind":"Name","value":"informationRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completeBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionWindowExtended"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExtendPublicCompletionWindowMutation, ExtendPublicCompletionWindowMutationVariables>;
export const ProvidePublicInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvidePublicInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providePublicInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termRunsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingInformation"}},{"kind":"Field","name":{"kind":"Name","value":"informationRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completeBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionWindowExtended"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ProvidePublicInformationMutation, ProvidePublicInformationMutationVariables>;
export const PublicCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"radicado"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radicado"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termRunsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingInformation"}},{"kind":"Field","name":{"kind":"Name","value":"informationRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completeBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionWindowExtended"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<PublicCaseQuery, PublicCaseQueryVariables>;