// GraphQL enums of habeas data, registered from the domain's own lists, each value described by the
// domain's Spanish words for it.
import { registerEnumType } from '@nestjs/graphql';
import {
  ERASURE_LEGAL_BASES,
  ERASURE_LEGAL_BASIS_LABELS,
  RECORD_SERIES,
  RECORD_SERIES_LABELS,
  type ErasureLegalBasis,
  type RecordSeries,
} from '../../../domain/person/index.js';
import {
  ACCESS_PURPOSE_LABELS,
  ACCESS_PURPOSES,
  type AccessPurpose,
} from '../../../domain/personal-data-access/index.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';

export const ErasureLegalBasisEnum = enumObject<ErasureLegalBasis>(ERASURE_LEGAL_BASES);
export const RecordSeriesEnum = enumObject<RecordSeries>(RECORD_SERIES);
export const AccessPurposeEnum = enumObject<AccessPurpose>(ACCESS_PURPOSES);

registerEnumType(ErasureLegalBasisEnum, {
  name: 'ErasureLegalBasis',
  description: 'Fundamento legal de una supresión de datos personales (Ley 1581 de 2012).',
  valuesMap: valuesDescribedBy<ErasureLegalBasis>(ERASURE_LEGAL_BASIS_LABELS),
});
registerEnumType(RecordSeriesEnum, {
  name: 'RecordSeries',
  description: 'Serie documental de la tabla de retención a la que pertenece un trámite.',
  valuesMap: valuesDescribedBy<RecordSeries>(RECORD_SERIES_LABELS),
});
registerEnumType(AccessPurposeEnum, {
  name: 'PersonalDataAccessPurpose',
  description: 'Por qué se mostraron datos personales completos.',
  valuesMap: valuesDescribedBy<AccessPurpose>(ACCESS_PURPOSE_LABELS),
});
