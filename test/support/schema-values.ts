// Values for any input type of the gateway's schema, derived from the schema itself: a plain valid sample
// (for computing what an operation costs), and fast-check arbitraries that mix plausible values with
// hostile ones (for fuzzing every mutation), so inputs added later are covered without touching the tests.
import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/** A minimal valid value: required fields filled, optional ones left out, lists empty. */
export function sampleValue(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  return SCALAR_SAMPLES[inner.name] ?? 'x';
}

const SCALAR_SAMPLES: Readonly<Record<string, unknown>> = {
  String: 'x',
  ID: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Date: '2026-03-02',
  DateTime: '2026-03-02T08:30:00-05:00',
  JSON: {},
};

/** Texts that broke the server once, and their kin: lone surrogates, control characters, edge lengths. */
const HOSTILE_TEXTS = [
  'a\uD800b',
  '\uDC00',
  'ana\uD800@correo.example',
  'a\u0000b',
  '\u0007\u001b[31m',
  '=HYPERLINK("http://x","y")',
  "'; DROP TABLE events; --",
  '"',
  ' ',
  '',
  'ñ'.repeat(301),
  '🙂'.repeat(40),
];

const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** A value a person could have typed in a field of that name, so the request gets past validation. */
function plausibleText(fieldName: string, known: readonly string[]): fc.Arbitrary<string> {
  if (/email/i.test(fieldName)) return fc.constantFrom('ana.gomez@correo.example', 'soporte@entidad.gov.co');
  if (/documentNumber/.test(fieldName)) return fc.stringMatching(/^[1-9][0-9]{5,9}$/);
  if (/documentType/.test(fieldName)) return fc.constantFrom('CC', 'NIT', 'CE');
  if (/phone/i.test(fieldName)) return fc.constantFrom('3104567890', '+57 601 555 0101');
  if (/password/i.test(fieldName)) return fc.constantFrom('una-clave-bastante-larga-123');
  if (/sha256|hash/i.test(fieldName)) return fc.stringMatching(/^[0-9a-f]{64}$/);
  const words = fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnñopqrstuvwxyzáéí ,.-'),
    minLength: 1,
    maxLength: 30,
  });
  return known.length > 0 ? fc.oneof(fc.constantFrom(...known), words) : words;
}

/** Any year, the edges of the holiday data above all. */
const year = fc
  .oneof(fc.constantFrom(0, 1, 1582, 1583, 4098, 4099, 4100, 9999), fc.integer({ min: 0, max: 9999 }))
  .map((value) => String(value).padStart(4, '0'));
const twoDigits = (min: number, max: number) =>
  fc.integer({ min, max }).map((value) => String(value).padStart(2, '0'));

/** Calendar dates of any year 0000–9999 (invalid days such as 31 February included), or garbage. */
const anyCalendarDate = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(year, twoDigits(1, 12), twoDigits(1, 31)).map((parts) => parts.join('-')),
  },
  { weight: 1, arbitrary: fc.constantFrom('1582-12-31', '4099-12-31', '4100-01-01', 'hoy') },
);
const recentCalendarDate = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

function instantOn(date: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(date, twoDigits(0, 23), twoDigits(0, 59), fc.constantFrom('Z', '-05:00', '+14:00'))
    .map(([day, hour, minute, zone]) => `${day}T${hour}:${minute}:00${zone}`);
}

/** Mostly what a person would send; one time in five something hostile. */
function mostlyPlausible<Value>(plausible: fc.Arbitrary<Value>, hostile: fc.Arbitrary<Value>) {
  return fc.oneof({ weight: 80, arbitrary: plausible }, { weight: 20, arbitrary: hostile });
}

function scalar(name: string, fieldName: string, known: readonly string[]): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return mostlyPlausible<number>(
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom(-1, 2_147_483_647, -2_147_483_648),
      );
    case 'Float':
      return mostlyPlausible<number>(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.constantFrom(-1, 1e308, Number.MIN_VALUE),
      );
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return mostlyPlausible(recentCalendarDate, anyCalendarDate);
    case 'DateTime':
      return mostlyPlausible(
        instantOn(recentCalendarDate),
        fc.oneof(instantOn(anyCalendarDate), fc.constantFrom('2026-03-02', 'ayer')),
      );
    case 'JSON':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      return mostlyPlausible(plausibleText(fieldName, known), hostileText);
  }
}

/**
 * An arbitrary for a value of `type` in a field named `fieldName`: required values always present,
 * optional ones sometimes null or absent, lists of up to three items; every leaf mostly plausible (so the
 * request reaches the code behind validation) and sometimes hostile. `known` strings (an existing
 * radicado, say) reach past "not found".
 */
export function arbitraryValue(
  type: GraphQLInputType,
  known: readonly string[] = [],
  fieldName = '',
): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type);
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    value = fc.array(arbitraryValue(inner.ofType, known, fieldName), { maxLength: 3 });
  } else if (isEnumType(inner)) {
    value = fc.constantFrom(...inner.getValues().map((enumValue) => enumValue.value));
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    value = fc.record(
      Object.fromEntries(fields.map((field) => [field.name, arbitraryValue(field.type, known, field.name)])),
      { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) },
    );
  } else if (isScalarType(inner)) {
    value = scalar(inner.name, fieldName, known);
  } else {
    throw new TypeError(`Not an input type: ${String(inner)}`);
  }
  return required ? value : fc.option(value, { nil: null, freq: 5 });
}
