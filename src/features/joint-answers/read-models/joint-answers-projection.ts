// The `jointAnswers` read model: one document per joint answer (art. 22), with its kind, its grouped
// radicados, its texts (vault references) and when it was published — what the staff query and the public
// page list.
import { JOINT_ANSWER_STREAM_PREFIX, upcastJointAnswerEvent } from '../../../domain/joint-answer/index.js';
import type { PqrsKind } from '../../../domain/pqrs/events.js';
import type { CalendarDate, Instant } from '../../../domain/shared/time.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';

export const JOINT_ANSWERS_COLLECTION = 'jointAnswers';

export interface JointAnswerDocument extends ReadModelDocument {
  readonly id: string;
  readonly kind: PqrsKind;
  readonly radicados: readonly string[];
  readonly caseCount: number;
  /** Vault references, revealed before they leave. */
  readonly title: string;
  readonly answer: string;
  readonly publishedAt: Instant;
  readonly publishedOn: CalendarDate;
  readonly publishedBy: string;
  readonly revision: number;
  readonly lastPosition: number;
}

export const jointAnswersProjection: Projection = {
  name: 'jointAnswers',
  version: 1,
  categories: [JOINT_ANSWER_STREAM_PREFIX],
  collections: [JOINT_ANSWERS_COLLECTION],
  indexes: { [JOINT_ANSWERS_COLLECTION]: ['publishedAt'] },
  async apply(recorded, tx) {
    const id = recorded.stream.slice(JOINT_ANSWER_STREAM_PREFIX.length);
    const current = await tx.get<JointAnswerDocument>(JOINT_ANSWERS_COLLECTION, id);
    if (current !== null && recorded.revision <= current.revision) return;
    const event = upcastJointAnswerEvent(recorded);
    switch (event.type) {
      case 'JointAnswerPublished':
        await tx.put(JOINT_ANSWERS_COLLECTION, {
          id,
          kind: event.data.kind,
          radicados: event.data.radicados,
          caseCount: event.data.radicados.length,
          title: event.data.title,
          answer: event.data.answer,
          publishedAt: event.data.publishedAt,
          publishedOn: event.data.publishedOn,
          publishedBy: recorded.metadata.actorId,
          revision: recorded.revision,
          lastPosition: recorded.position,
        } satisfies JointAnswerDocument);
        return;
      default: {
        const unknownEvent: never = event.type;
        void unknownEvent;
      }
    }
  },
};
