// What GET /pqrs/export reads from its query string: the format, then the very filter and order pqrsList
// takes (PqrsListFilterInput, PqrsListArgs.sort), each checked as the gateway checks them. A fault answers
// 400 with the parameter's name in `field` and a Spanish message; a parameter it does not know is a fault
// too, so a misspelt filter never exports more than the screen shows.
import { BadUserInput } from '../../../engine/application-errors.js';
import { isCalendarDate } from '../../../domain/shared/time.js';
import { PQRS_CHANNELS, PQRS_KINDS } from '../../../domain/pqrs/events.js';
import { PQRS_STATUS_VALUES } from '../../../graphql/enums.js';
import { DEFAULT_PQRS_LIST_SORT, PQRS_LIST_SORTS, type PqrsListSort } from '../read-models/pqrs-queries.js';
import type { PqrsListFilterFields } from '../pqrs-list-search.js';

export const INBOX_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type InboxExportFormat = (typeof INBOX_EXPORT_FORMATS)[number];

export interface InboxExportRequest {
  readonly format: InboxExportFormat;
  readonly filter: PqrsListFilterFields;
  readonly sort: PqrsListSort;
}

/** As PqrsListFilterInput.text allows. */
const MAX_TEXT_LENGTH = 200;
const MAX_ID_LENGTH = 100;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Half of a UTF-16 surrogate pair without its other half: not a character, so not text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const PARAMETERS = [
  'format',
  'status',
  'kind',
  'channel',
  'assigneeId',
  'overdue',
  'text',
  'receivedFrom',
  'receivedTo',
  'sort',
] as const;
type Parameter = (typeof PARAMETERS)[number];

/** Express's parsed query string: a repeated parameter arrives as an array, `a[b]=c` as an object. */
export function inboxExportRequestOf(query: Readonly<Record<string, unknown>>): InboxExportRequest {
  for (const name of Object.keys(query)) {
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      throw new BadUserInput(
        name,
        `La exportación no conoce el parámetro «${name}»: use format, status, kind, channel, assigneeId, overdue, text, receivedFrom, receivedTo o sort.`,
      );
    }
  }
  const format = oneOf(query, 'format', INBOX_EXPORT_FORMATS, 'el formato (csv o xlsx)');
  if (format === null) {
    throw new BadUserInput('format', 'Indique el formato de la exportación: format=csv o format=xlsx.');
  }
  const receivedFrom = day(query, 'receivedFrom', 'la fecha inicial de radicación');
  const receivedTo = day(query, 'receivedTo', 'la fecha final de radicación');
  const overdue = oneOf(query, 'overdue', ['true', 'false'] as const, 'el vencimiento (true o false)');
  return {
    format,
    filter: {
      status: oneOf(query, 'status', PQRS_STATUS_VALUES, 'el estado'),
      kind: oneOf(query, 'kind', PQRS_KINDS, 'el tipo'),
      channel: oneOf(query, 'channel', PQRS_CHANNELS, 'el canal'),
      assigneeId: text(query, 'assigneeId', 'el funcionario asignado', MAX_ID_LENGTH),
      overdue: overdue === null ? null : overdue === 'true',
      text: text(query, 'text', 'el texto de búsqueda', MAX_TEXT_LENGTH),
      receivedFrom,
      receivedTo,
    },
    sort: oneOf(query, 'sort', PQRS_LIST_SORTS, 'el orden') ?? DEFAULT_PQRS_LIST_SORT,
  };
}

/** The parameter's one value; null when absent or empty (as the Bandeja leaves out a filter it lacks). */
function single(query: Readonly<Record<string, unknown>>, name: Parameter, label: string): string | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') {
    throw new BadUserInput(name, `El parámetro ${name} (${label}) debe venir una sola vez, como texto.`);
  }
  if (LONE_SURROGATE.test(value) || CONTROL_CHARACTER.test(value)) {
    throw new BadUserInput(name, `El parámetro ${name} (${label}) contiene caracteres no permitidos.`);
  }
  return value;
}

function oneOf<Value extends string>(
  query: Readonly<Record<string, unknown>>,
  name: Parameter,
  values: readonly Value[],
  label: string,
): Value | null {
  const value = single(query, name, label);
  if (value === null) return null;
  if (!(values as readonly string[]).includes(value)) {
    throw new BadUserInput(
      name,
      `El parámetro ${name} (${label}) no admite «${value}»: use ${values.join(', ')}.`,
    );
  }
  return value as Value;
}

function text(
  query: Readonly<Record<string, unknown>>,
  name: Parameter,
  label: string,
  maxLength: number,
): string | null {
  const value = single(query, name, label);
  if (value !== null && value.length > maxLength) {
    throw new BadUserInput(
      name,
      `El parámetro ${name} (${label}) es demasiado largo (límite: ${maxLength} caracteres).`,
    );
  }
  return value;
}

function day(query: Readonly<Record<string, unknown>>, name: Parameter, label: string): string | null {
  const value = single(query, name, label);
  if (value !== null && !isCalendarDate(value)) {
    throw new BadUserInput(
      name,
      `El parámetro ${name} (${label}) debe ser una fecha del calendario en la forma AAAA-MM-DD.`,
    );
  }
  return value;
}
