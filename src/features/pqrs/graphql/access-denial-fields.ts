// A denied (or partly denied) access to information as the answer and its draft both take it: the legal
// ground and how it applies (Ley 1712 de 2014, arts. 18 y 19), the exception, the norm that establishes it
// and the harm argued (art. 28; Ley 1755 de 2015 art. 25), and the public version of the rest (art. 21).
import { applyDecorators } from '@nestjs/common';
import { Field, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, MaxLength } from 'class-validator';
import { ACCESS_EXCEPTION_LABELS } from '../../../domain/pqrs/access-denial.js';
import {
  ACCESS_DENIAL_GROUNDS,
  ACCESS_EXCEPTIONS,
  type AccessException,
} from '../../../domain/pqrs/events.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';
import { AccessDenialGroundEnum } from '../../../graphql/enums.js';

export const AccessExceptionEnum = enumObject<AccessException>(ACCESS_EXCEPTIONS);
registerEnumType(AccessExceptionEnum, {
  name: 'AccessException',
  description:
    'La excepción que invoca una negación del acceso: información clasificada (art. 18) o reservada (art. 19) de la Ley 1712 de 2014.',
  valuesMap: valuesDescribedBy<AccessException>(ACCESS_EXCEPTION_LABELS),
});

/** Longest explanation of the ground accepted. */
export const ACCESS_DENIAL_DETAIL_MAX_LENGTH = 5_000;

/** Declares `accessDenialGround: AccessDenialGround` (the exception invoked). */
export function AccessDenialGroundField(): PropertyDecorator {
  return applyDecorators(
    Field(() => AccessDenialGroundEnum, {
      nullable: true,
      description:
        'Obligatorio si la decisión niega el acceso, total o parcialmente: la excepción de la Ley 1712 de 2014 (arts. 18 y 19).',
    }),
    IsOptional(),
    IsIn(ACCESS_DENIAL_GROUNDS, {
      message: 'El fundamento legal no es una de las excepciones de la Ley 1712.',
    }),
  );
}

/** Declares `accessDenialDetail: String` (how the ground applies; sealed like every free text). */
export function AccessDenialDetailField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description: 'Cómo se aplica el fundamento a esta solicitud (opcional; se guarda sellado).',
    }),
    IsOptional(),
    MaxLength(ACCESS_DENIAL_DETAIL_MAX_LENGTH),
  );
}

/** Longest norm citation and harm argument accepted. */
export const ACCESS_DENIAL_PROVISION_MAX_LENGTH = 2_000;
export const ACCESS_DENIAL_HARM_MAX_LENGTH = 10_000;

/** Declares `accessException: AccessException` (optional: the ground fixes it; a contradiction is refused). */
export function AccessExceptionField(): PropertyDecorator {
  return applyDecorators(
    Field(() => AccessExceptionEnum, {
      nullable: true,
      description:
        'La excepción invocada: clasificada (art. 18) o reservada (art. 19). Si se omite, la fija el fundamento legal; si lo contradice, se rechaza.',
    }),
    IsOptional(),
    IsIn(ACCESS_EXCEPTIONS, { message: 'La excepción es clasificada o reservada (Ley 1712 de 2014).' }),
  );
}

/** Declares `accessDenialProvision: String` (the norm that establishes the exception; sealed). */
export function AccessDenialProvisionField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description:
        'Obligatoria si se niega el acceso: la norma constitucional o legal que establece la excepción (Ley 1755 de 2015, art. 25; Ley 1712 de 2014, art. 28). Se guarda sellada.',
    }),
    IsOptional(),
    MaxLength(ACCESS_DENIAL_PROVISION_MAX_LENGTH),
  );
}

/** Declares `accessDenialHarm: String` (the present, probable and specific harm argued; sealed). */
export function AccessDenialHarmField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description:
        'Obligatorio si se niega el acceso: el daño presente, probable y específico que causaría la entrega (Ley 1712 de 2014, art. 28). Se guarda sellado.',
    }),
    IsOptional(),
    MaxLength(ACCESS_DENIAL_HARM_MAX_LENGTH),
  );
}

/** Declares `publicVersionDelivered: Boolean` (Ley 1712 art. 21, divulgación parcial). */
export function PublicVersionDeliveredField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Boolean, {
      nullable: true,
      description:
        'Obligatorio si se niega el acceso: si se entregó una versión pública de la parte no protegida (Ley 1712 de 2014, art. 21). Verdadero en un acceso concedido parcialmente; falso en una negación total.',
    }),
    IsOptional(),
    IsBoolean(),
  );
}

/**
 * The output fields of a denial, as the case (`Pqrs`) and its draft in review (`AnswerDraft`) both show
 * them: one declaration each, so the two types cannot drift apart.
 */
export const AccessDenialViewFields = {
  ground: (): PropertyDecorator =>
    Field(() => AccessDenialGroundEnum, {
      nullable: true,
      description:
        'Si negó el acceso, total o parcialmente: su fundamento legal (Ley 1712 de 2014, arts. 18 y 19).',
    }),
  detail: (): PropertyDecorator =>
    Field(() => String, {
      nullable: true,
      description: 'Cómo se aplica el fundamento legal a la solicitud.',
    }),
  exception: (): PropertyDecorator =>
    Field(() => AccessExceptionEnum, {
      nullable: true,
      description: 'Si negó el acceso: la excepción invocada, clasificada (art. 18) o reservada (art. 19).',
    }),
  provision: (): PropertyDecorator =>
    Field(() => String, {
      nullable: true,
      description: 'Si negó el acceso: la norma que establece la excepción (Ley 1755 de 2015, art. 25).',
    }),
  harm: (): PropertyDecorator =>
    Field(() => String, {
      nullable: true,
      description:
        'Si negó el acceso: el daño presente, probable y específico argumentado (Ley 1712, art. 28).',
    }),
  publicVersion: (): PropertyDecorator =>
    Field(() => Boolean, {
      nullable: true,
      description: 'Si negó el acceso: si se entregó una versión pública del resto (Ley 1712, art. 21).',
    }),
};
