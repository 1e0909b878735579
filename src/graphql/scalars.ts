// The gateway's scalars: DateTime (an ISO 8601 instant with offset, answered in UTC) and Date (a
// calendar day in Bogotá, YYYY-MM-DD). Values stay strings inside the application.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseInstant(value: unknown): string {
  if (typeof value !== 'string' || !INSTANT_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(
      `"${String(value)}" no es una fecha y hora válida: use ISO 8601 con zona horaria, p. ej. 2026-03-02T08:30:00-05:00.`,
    );
  }
  return new Date(value).toISOString();
}

function parseCalendarDate(value: unknown): string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) {
    throw badInput(`"${String(value)}" no es una fecha válida: use AAAA-MM-DD, p. ej. 2026-03-02.`);
  }
  const parsed = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw badInput(`"${value}" no es una fecha del calendario.`);
  }
  return value;
}

function literalString(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING ? ast.value : undefined;
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'Instante ISO 8601 con zona horaria (p. ej. 2026-03-02T08:30:00-05:00); se responde en UTC.',
  serialize: (value) => parseInstant(value),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(literalString(ast)),
});

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Fecha de calendario en Bogotá, AAAA-MM-DD.',
  serialize: (value) => parseCalendarDate(value),
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => parseCalendarDate(literalString(ast)),
});
