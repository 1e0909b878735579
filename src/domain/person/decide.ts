// The rules of a person's record: a change of their data is recorded once per version, never on an
// erased person; an erasure is the administrator's, rests on a legal basis and a request, and is refused
// while the person has records in course or kept by the retention table (the rule named in the refusal).
import type { DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import { addCalendarMonths, bogotaDateOf, canonicalInstant, spanishDate } from '../shared/time.js';
import type {
  ErasePersonalData,
  PersonCommand,
  PersonalRecord,
  RecordPersonalDataChange,
} from './commands.js';
import { ERASURE_LEGAL_BASES, PERSONAL_DATA_FIELDS, type PersonEvent, type RecordSeries } from './events.js';
import { RECORD_SERIES_LABELS } from './labels.js';
import { evolvePerson, initialPersonState, type PersonState } from './state.js';

type Decision = readonly PersonEvent[] | DomainError;

/** A request reference is a number or code (a radicado, an oficio): letters, digits and a few signs. */
export const REQUEST_REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,59}$/;

export function decidePerson(command: PersonCommand, state: PersonState, context: DecisionContext): Decision {
  switch (command.type) {
    case 'RecordPersonalDataChange':
      return recordChange(command, state);
    case 'ErasePersonalData':
      return erase(command, state, context);
    default: {
      const unknownCommand: never = command;
      return refuse(
        'UNKNOWN_COMMAND',
        `Orden desconocida: ${String((unknownCommand as { type?: unknown }).type)}.`,
      );
    }
  }
}

// No role rule here: a change is recorded as part of a filing whose own decider already checked the role.
function recordChange({ data }: RecordPersonalDataChange, state: PersonState): Decision {
  if (state.erased) {
    return refuse(
      'PERSON_ERASED',
      'Los datos personales de esta persona fueron suprimidos: no se registran cambios sobre ellos.',
    );
  }
  const { version, previousVersion, changedFields } = data;
  if (!Number.isInteger(previousVersion) || previousVersion < 1 || !Number.isInteger(version)) {
    return refuse('INVALID_VERSION', 'La versión de los datos personales no es válida.', 'version');
  }
  if (version <= previousVersion) {
    return refuse('INVALID_VERSION', 'La nueva versión debe ser posterior a la anterior.', 'version');
  }
  if (changedFields.length === 0 || !changedFields.every((field) => isOneOf(PERSONAL_DATA_FIELDS, field))) {
    return refuse('INVALID_CHANGED_FIELDS', 'Indique qué datos personales cambiaron.', 'changedFields');
  }
  // The same version again is a retry of the command that recorded it.
  if (version <= state.lastRecordedVersion) return [];
  return [
    {
      type: 'PersonalDataChanged',
      data: {
        personId: data.personId,
        version,
        previousVersion,
        changedFields: PERSONAL_DATA_FIELDS.filter((field) => changedFields.includes(field)),
      },
    },
  ];
}

function erase({ data }: ErasePersonalData, state: PersonState, context: DecisionContext): Decision {
  if (context.actor.role !== 'ADMIN') return roleNotAllowed(context.actor.role, 'suprimir datos personales');
  // Already erased: nothing new to record (the caller completes the erasure of the vault again).
  if (state.erased) return [];
  if (!isOneOf(ERASURE_LEGAL_BASES, data.legalBasis)) {
    return refuse('INVALID_LEGAL_BASIS', 'Indique el fundamento legal de la supresión.', 'legalBasis');
  }
  if (isBlank(data.requestReference)) {
    return refuse(
      'REQUEST_REFERENCE_REQUIRED',
      'Indique el número de la solicitud o de la orden de supresión.',
      'requestReference',
    );
  }
  const requestReference = data.requestReference.trim();
  if (!REQUEST_REFERENCE_PATTERN.test(requestReference)) {
    return refuse(
      'INVALID_REQUEST_REFERENCE',
      'La referencia de la solicitud es un número o código (letras, dígitos, puntos, guiones y barras, hasta 60): no escriba nombres.',
      'requestReference',
    );
  }

  const open = data.records.filter((record) => record.open);
  if (open.length > 0) {
    return refuse(
      'ERASURE_OPEN_RECORDS',
      `No se pueden suprimir los datos personales: la persona tiene trámites en curso (${open
        .map(describe)
        .join('; ')}). Regla: la supresión no procede mientras el titular tenga el deber legal o ` +
        'contractual de permanecer en la base de datos (Decreto 1377 de 2013, art. 9).',
    );
  }

  const today = bogotaDateOf(context.now);
  for (const record of data.records) {
    const years = data.retentionYears[record.series];
    if (years === undefined || !Number.isInteger(years) || years < 0) {
      return refuse(
        'RETENTION_PERIOD_UNKNOWN',
        `No hay un tiempo de retención configurado para la serie «${RECORD_SERIES_LABELS[record.series]}»: ` +
          'no se suprime lo que la tabla de retención documental no permite decidir.',
      );
    }
    const keptUntil = addCalendarMonths(record.lastActivityOn, years * 12);
    if (today < keptUntil) {
      return refuse(
        'ERASURE_RETENTION_PERIOD',
        `No se pueden suprimir los datos personales: ${referenceOf(record)} se conserva hasta el ` +
          `${spanishDate(keptUntil)}. Regla: la tabla de retención documental conserva la serie ` +
          `«${RECORD_SERIES_LABELS[record.series]}» ${years} ${years === 1 ? 'año' : 'años'} desde su último ` +
          'trámite (Ley 594 de 2000).',
      );
    }
  }

  return [
    {
      type: 'PersonalDataErased',
      data: {
        personId: data.personId,
        legalBasis: data.legalBasis,
        requestReference,
        erasedAt: canonicalInstant(context.now),
        erasedOn: today,
        recordsChecked: data.records.map(({ series, reference }) => ({ series, reference })),
      },
    },
  ];
}

const SERIES_IN_SENTENCES: Readonly<Record<RecordSeries, string>> = {
  PQRS: 'el caso',
  AFFILIATION: 'la afiliación',
  SURVEY: 'la encuesta',
};

function referenceOf(record: PersonalRecord): string {
  return `${SERIES_IN_SENTENCES[record.series]} ${record.reference}`;
}

function describe(record: PersonalRecord): string {
  return `${referenceOf(record)}, ${record.statusInSentence}`;
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  decide: decidePerson,
  evolve: evolvePerson,
  initialState: initialPersonState,
};
