// Validates every GraphQL argument that is a class-validator DTO and reports the first fault as
// BadUserInput: the field's path (e.g. input.petitioner.email) for the client, and a Spanish message that
// names the field as staff know it ("el correo electrónico del peticionario").
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
