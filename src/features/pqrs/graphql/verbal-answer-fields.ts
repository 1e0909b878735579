// An answer given by voice to a verbal petition (Decreto 1166 de 2016), as the answer mutation takes it.
import { applyDecorators } from '@nestjs/common';
import { Field, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { VERBAL_ANSWER_MODES, type VerbalAnswerMode } from '../../../domain/pqrs/events.js';
import { VERBAL_ANSWER_MODE_LABELS } from '../../../domain/pqrs/verbal-petitions.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';

export const VerbalAnswerModeEnum = enumObject<VerbalAnswerMode>(VERBAL_ANSWER_MODES);
registerEnumType(VerbalAnswerModeEnum, {
  name: 'VerbalAnswerMode',
  description: 'Cómo se dio una respuesta verbal: en persona o por teléfono (Decreto 1166 de 2016).',
  valuesMap: valuesDescribedBy<VerbalAnswerMode>(VERBAL_ANSWER_MODE_LABELS),
});

/** Declares `verbalAnswer: VerbalAnswerMode` (null: a written answer). */
export function VerbalAnswerField(): PropertyDecorator {
  return applyDecorators(
    Field(() => VerbalAnswerModeEnum, {
      nullable: true,
      description:
        'Solo para peticiones verbales (presenciales o telefónicas): la respuesta se dio de viva voz y `answer` es su constancia escrita. No genera oficio ni aviso: se notificó en el acto.',
    }),
    IsOptional(),
    IsIn(VERBAL_ANSWER_MODES, { message: 'La respuesta verbal es en persona o por teléfono.' }),
  );
}
