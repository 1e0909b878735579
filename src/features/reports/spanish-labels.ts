// The words reports print for the codes events carry: the glossary of DESIGN.md, in one place.
import type { AffiliationType } from '../../domain/affiliation/events.js';
import type { ActionSourceKind } from '../../domain/improvement-action/events.js';
import type { AccessDecision, PqrsChannel, PqrsKind } from '../../domain/pqrs/events.js';
import type { SurveyEvaluation } from '../../domain/survey/events.js';
import type { CaseStatus } from '../pqrs/index.js';
import type { StoredActionStatus } from '../improvement-actions/index.js';

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

export const CHANNEL_LABELS: Readonly<Record<PqrsChannel, string>> = {
  IN_PERSON: 'Presencial',
  PHONE: 'Telefónico',
  EMAIL: 'Correo electrónico',
  WEB: 'Página web',
  MAIL: 'Correspondencia',
  SOCIAL_MEDIA: 'Redes sociales',
};

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  RECEIVED: 'Radicada',
  ASSIGNED: 'Asignada',
  AWAITING_INFORMATION: 'En espera de información',
  ANSWERED: 'Respondida',
  CLOSED: 'Cerrada',
  TRANSFERRED: 'Trasladada',
  WITHDRAWN: 'Desistida',
};

export const ACCESS_DECISION_LABELS: Readonly<Record<AccessDecision, string>> = {
  GRANTED: 'Acceso concedido',
  PARTIALLY_GRANTED: 'Acceso concedido parcialmente',
  DENIED: 'Acceso negado',
};

export const ACTION_SOURCE_LABELS: Readonly<Record<ActionSourceKind, string>> = {
  PQRS: 'PQRS',
  SURVEY: 'Encuesta de satisfacción',
  AUDIT: 'Auditoría',
  INDICATOR: 'Indicador',
};

export const ACTION_STATUS_LABELS: Readonly<Record<StoredActionStatus, string>> = {
  OPEN: 'Abierta',
  CLOSED_EFFECTIVE: 'Cerrada eficaz',
  CLOSED_NOT_EFFECTIVE: 'Cerrada no eficaz',
};

export const AFFILIATION_TYPE_LABELS: Readonly<Record<AffiliationType, string>> = {
  INDIVIDUAL: 'Individual',
  COMPANY: 'Empresa',
  INDEPENDENT: 'Independiente',
};

export const EVALUATION_LABELS: Readonly<Record<SurveyEvaluation, string>> = {
  FIRST: 'Primera evaluación',
  SECOND: 'Segunda evaluación',
};

/** The dependency column for a case nobody was assigned yet. */
export const UNASSIGNED_LABEL = 'Sin asignar';
