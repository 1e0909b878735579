// The legal ground of a denied (or partly denied) access to information, and how it applies, as the
// answer and its draft both take them (Ley 1712 de 2014, arts. 18 y 19).
import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { ACCESS_DENIAL_GROUNDS } from '../../../domain/pqrs/events.js';
import { AccessDenialGroundEnum } from '../../../graphql/enums.js';

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
