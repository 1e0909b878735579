// Validates every GraphQL argument that is a class-validator DTO and reports the first fault as
// BadUserInput: the field's path (e.g. input.petitioner.email) for the client, and a Spanish message that
// names the field as staff know it ("el correo electrónico del peticionario"). Before that, every text of
// every argument must be well-formed Unicode without control characters: a lone surrogate breaks the
// libraries that encode text (UUID v5 keys, e-mail checks) and a NUL cuts a search off in SQLite.
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { BadUserInput } from '../engine/application-errors.js';
import { fieldLabel } from './field-labels.js';

const PRIMITIVES: ReadonlySet<unknown> = new Set([String, Boolean, Number, Array, Object]);

/** Spanish wording per class-validator constraint; {value} is the constraint's own text. */
const MESSAGES: Record<string, (field: string, constraint: string) => string> = {
  isNotEmpty: (field) => `El campo ${field} es obligatorio.`,
  isDefined: (field) => `El campo ${field} es obligatorio.`,
  maxLength: (field, constraint) => `El campo ${field} es demasiado largo (${spanishLength(constraint)}).`,
  minLength: (field, constraint) => `El campo ${field} es demasiado corto (${spanishLength(constraint)}).`,
  isEmail: (field) => `El campo ${field} no es un correo electrónico válido.`,
  matches: (field) => `El campo ${field} no tiene el formato esperado.`,
  isInt: (field) => `El campo ${field} debe ser un número entero.`,
  min: (field) => `El campo ${field} es menor que el mínimo permitido.`,
  max: (field) => `El campo ${field} es mayor que el máximo permitido.`,
  arrayMinSize: (field) => `El campo ${field} debe tener al menos un elemento.`,
  arrayUnique: (field) => `El campo ${field} tiene elementos repetidos.`,
  isIn: (field) => `El campo ${field} tiene un valor no permitido.`,
  isEnum: (field) => `El campo ${field} tiene un valor no permitido.`,
};

function spanishLength(constraint: string): string {
  const limit = /(\d+)/.exec(constraint)?.[1];
  return limit ? `límite: ${limit} caracteres` : 'fuera de límites';
}

@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments arrive as 'body'; a resolved field's parent (@Parent) and the request's own values
    // (@Origin) as 'custom': they come from the read models and the session, not from the client.
    if (metadata.type !== 'body') return value;
    const badText = firstUnacceptableText(value, metadata.data ?? null);
    if (badText) throw new BadUserInput(badText.field, badText.message);
    const type = metadata.metatype;
    if (!type || PRIMITIVES.has(type) || value === null || value === undefined || typeof value !== 'object') {
      return value;
    }
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { forbidUnknownValues: false, whitelist: false });
    // Named arguments (@Args('input')) prefix the path; flat ones (@Args()) are fields themselves.
    const first = errors.length > 0 ? firstLeaf(errors[0]!, metadata.data ?? null) : null;
    if (first) throw new BadUserInput(first.field, first.message);
    return instance;
  }
}

/** Half of a UTF-16 surrogate pair without its other half: not a character, so not text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 controls and DEL, except tab, line feed and carriage return, which typed text may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first string in the argument (at any depth) that is not acceptable text, with its path. */
function firstUnacceptableText(
  value: unknown,
  path: string | null,
): { field: string; message: string } | null {
  if (typeof value === 'string') {
    const field = path ?? 'valor';
    if (LONE_SURROGATE.test(value)) {
      return { field, message: `El campo ${fieldLabel(field)} contiene caracteres no válidos.` };
    }
    if (CONTROL_CHARACTER.test(value)) {
      return {
        field,
        message: `El campo ${fieldLabel(field)} contiene caracteres de control no permitidos.`,
      };
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = firstUnacceptableText(item, path === null ? key : `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

function firstLeaf(
  error: ValidationError,
  parentPath: string | null,
): { field: string; message: string } | null {
  const field = parentPath === null ? error.property : `${parentPath}.${error.property}`;
  const constraints = Object.entries(error.constraints ?? {});
  if (constraints.length > 0) {
    const [name, text] = constraints[0]!;
    const custom = error.contexts?.[name]?.['message'];
    const message =
      typeof custom === 'string'
        ? custom
        : (MESSAGES[name]?.(fieldLabel(field), text) ?? `El campo ${fieldLabel(field)} no es válido.`);
    return { field, message };
  }
  for (const child of error.children ?? []) {
    const leaf = firstLeaf(child, field);
    if (leaf) return leaf;
  }
  return null;
}
