// The Spanish words of a person's record: the legal bases of an erasure, the record series of the
// retention table and the fields of a person's data, written once for refusals, the schema and screens.
import type { ErasureLegalBasis, PersonalDataField, RecordSeries } from './events.js';

export const ERASURE_LEGAL_BASIS_LABELS: Readonly<Record<ErasureLegalBasis, string>> = {
  HOLDER_REQUEST: 'Solicitud de supresión del titular (Ley 1581 de 2012, art. 8 y 15)',
  CONSENT_REVOKED: 'Revocatoria de la autorización del titular (Ley 1581 de 2012, art. 8)',
  PURPOSE_FULFILLED: 'Finalidad del tratamiento cumplida (Ley 1581 de 2012, art. 4, principio de finalidad)',
  AUTHORITY_ORDER: 'Orden de la Superintendencia de Industria y Comercio o de un juez',
};

export const RECORD_SERIES_LABELS: Readonly<Record<RecordSeries, string>> = {
  PQRS: 'PQRS',
  AFFILIATION: 'Afiliaciones',
  SURVEY: 'Encuestas de satisfacción',
};

export const PERSONAL_DATA_FIELD_LABELS: Readonly<Record<PersonalDataField, string>> = {
  name: 'nombre',
  documentType: 'tipo de documento',
  documentNumber: 'número de documento',
  email: 'correo electrónico',
  phone: 'teléfono',
  address: 'dirección',
};
