// The gateway's words for priority at filing (Ley 1755 art. 20, CPACA art. 5.6) and for the merit
// evaluation of anonymous denuncias (Ley 962 de 2005 art. 81): what a case shows of them, what a filing may
// say of its priority, and the evaluation's arguments.
import { applyDecorators } from '@nestjs/common';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayUnique, IsBoolean, IsOptional, MaxLength } from 'class-validator';
import {
  MERIT_ACTIONS,
  MERIT_BASES,
  type MeritAction,
  type MeritBasis,
} from '../../../domain/pqrs/events.js';
import { MERIT_ACTION_LABELS, MERIT_BASIS_LABELS } from '../../../domain/pqrs/labels.js';
import type { PriorityClaim } from '../../../domain/pqrs/priority.js';
import type { AttachmentRef } from '../../../domain/shared/attachments.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';
import { DateTimeScalar } from '../../../graphql/scalars.js';

export const MeritBasisEnum = enumObject<MeritBasis>(MERIT_BASES);
export const MeritActionEnum = enumObject<MeritAction>(MERIT_ACTIONS);
registerEnumType(MeritBasisEnum, {
  name: 'MeritBasis',
  description: 'Fundamento de la evaluación de mérito de una denuncia anónima (Ley 962 de 2005, art. 81).',
  valuesMap: valuesDescribedBy<MeritBasis>(MERIT_BASIS_LABELS),
});
registerEnumType(MeritActionEnum, {
  name: 'MeritAction',
  description: 'La actuación que inicia una denuncia anónima procedente.',
  valuesMap: valuesDescribedBy<MeritAction>(MERIT_ACTION_LABELS),
});

@ObjectType({
  description:
    'La prueba sumaria del riesgo de perjuicio irremediable a un derecho fundamental (Ley 1755 de 2015, art. 20).',
})
export class PriorityProof {
  @Field({ description: 'Se aportó prueba sumaria (texto o archivos).' }) proofGiven!: boolean;
  @Field(() => String, { nullable: true, description: 'La prueba aportada, en palabras.' })
  proofSummary!: string | null;
  @Field(() => [String], { description: 'Huella SHA-256 de los archivos de la radicación que la prueban.' })
  proofAttachments!: readonly string[];
  @Field({ description: 'El riesgo es para la vida o la integridad: se alertó a la coordinación.' })
  lifeOrIntegrityRisk!: boolean;
}

@ObjectType({ description: 'La evaluación de mérito de una denuncia anónima (Ley 962 de 2005, art. 81).' })
export class MeritEvaluation {
  @Field({ description: 'Inicia una actuación.' }) admissible!: boolean;
  @Field(() => MeritBasisEnum) basis!: MeritBasis;
  @Field() motivation!: string;
  @Field(() => MeritActionEnum, { nullable: true }) action!: MeritAction | null;
  @Field(() => String, { nullable: true, description: 'Número del expediente o del oficio de remisión.' })
  actionReference!: string | null;
  @Field(() => DateTimeScalar) evaluatedAt!: string;
  @Field(() => ID) evaluatedBy!: string;
}

/** The fields a filing (staff or public) states its priority with, beyond the reasons. */
export function PriorityProofField() {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description:
        'Prueba sumaria del riesgo de perjuicio irremediable a un derecho fundamental (art. 20): qué se aporta.',
    }),
    IsOptional(),
    MaxLength(5_000),
  );
}

export function PriorityProofAttachmentIdsField() {
  return applyDecorators(
    Field(() => [ID], {
      nullable: true,
      description: 'Los archivos de la radicación (de attachmentIds) que son la prueba sumaria.',
    }),
    IsOptional(),
    ArrayUnique(),
  );
}

export function LifeOrIntegrityRiskField() {
  return applyDecorators(
    Field(() => Boolean, {
      nullable: true,
      description:
        'Hay riesgo de perjuicio inminente para la vida o la integridad (art. 20): se alerta de inmediato a la coordinación.',
    }),
    IsOptional(),
    IsBoolean(),
  );
}

/**
 * What a filing's input says of its priority, for ReceivePqrs: the proof's files named by their ids among
 * the filing's (an id not among them goes as it is, and the domain refuses it as unknown).
 */
export function priorityClaimOf(
  input: {
    readonly priority?: PriorityClaim['priority'] | null;
    readonly priorityProof?: string | null;
    readonly priorityProofAttachmentIds?: readonly string[] | null;
    readonly lifeOrIntegrityRisk?: boolean | null;
  },
  attachments: readonly AttachmentRef[],
): Omit<PriorityClaim, 'priority' | 'noticeTemplates'> {
  return {
    priorityProof: input.priorityProof ?? null,
    priorityProofAttachments: (input.priorityProofAttachmentIds ?? []).map(
      (id) => attachments.find((attachment) => attachment.id === id)?.sha256 ?? id,
    ),
    lifeOrIntegrityRisk: input.lifeOrIntegrityRisk ?? false,
  };
}
