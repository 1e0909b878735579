// The read side of joint answers: the published ones, newest first. Their texts are vault references:
// the resolver and the public route reveal them before they leave.
import { Inject, Injectable } from '@nestjs/common';
import { readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import { NotFound } from '../../../engine/application-errors.js';
import type { ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import {
  JOINT_ANSWERS_COLLECTION,
  jointAnswersProjection,
  type JointAnswerDocument,
} from './joint-answers-projection.js';

export const JOINT_ANSWER_READ_MODELS = Symbol('JOINT_ANSWER_READ_MODELS');
export const jointAnswerReadModels = readModelsProvider(JOINT_ANSWER_READ_MODELS, [jointAnswersProjection]);

/** The one message for a joint answer not found. */
export const JOINT_ANSWER_NOT_FOUND = 'No hay una respuesta conjunta con ese identificador.';

@Injectable()
export class JointAnswerQueries {
  constructor(@Inject(JOINT_ANSWER_READ_MODELS) private readonly readModels: ReadModelReader) {}

  /** Every published joint answer, newest first. */
  async published(): Promise<JointAnswerDocument[]> {
    return this.readModels.find<JointAnswerDocument>(
      JOINT_ANSWERS_COLLECTION,
      {},
      { sort: [{ field: 'publishedAt', direction: 'desc' }] },
    );
  }

  async byId(id: string): Promise<JointAnswerDocument> {
    const document = await this.readModels.get<JointAnswerDocument>(JOINT_ANSWERS_COLLECTION, id);
    if (document === null) throw new NotFound(JOINT_ANSWER_NOT_FOUND);
    return document;
  }
}
