// The notices' words as staff and citizens read them (DESIGN.md glossary).
import type { NoticeKind } from './notice-kinds.js';
import type { NoticeChannel, NotificationStatus, PostalOutcome } from './notifications.js';

export const NOTICE_KIND_LABELS: Readonly<Record<NoticeKind, string>> = {
  ACKNOWLEDGMENT: 'Acuse de recibo',
  INFORMATION_REQUEST: 'Requerimiento para completar (art. 17)',
  EXTENSION: 'Aviso de prórroga',
  TRANSFER: 'Aviso de traslado',
  TRANSFER_COPY: 'Copia del traslado a la entidad competente',
  ANSWER: 'Respuesta',
  TACIT_WITHDRAWAL: 'Desistimiento tácito',
  TACIT_WITHDRAWAL_DECREE: 'Acto de desistimiento tácito',
  AFFILIATION_DECISION: 'Decisión sobre la afiliación',
  PRIORITY_ALERT: 'Alerta de prioridad a coordinación (art. 20)',
};

export const NOTICE_CHANNEL_LABELS: Readonly<Record<NoticeChannel, string>> = {
  EMAIL: 'Correo electrónico',
  POSTAL: 'Correo postal',
  PORTAL: 'Ventanilla virtual',
};

export const NOTIFICATION_STATUS_LABELS: Readonly<Record<NotificationStatus, string>> = {
  PENDING: 'Pendiente',
  SENT: 'Enviado',
  FAILED: 'Fallido',
  PUBLISHED: 'Publicado en la consulta',
  DISPATCHED: 'Despachado',
  DELIVERED: 'Entregado',
  RETURNED: 'Devuelto',
};

export const POSTAL_OUTCOME_LABELS: Readonly<Record<PostalOutcome, string>> = {
  DELIVERED: 'Entregado',
  RETURNED: 'Devuelto',
};
