// The `noticeTemplateVersions` read model: one document per published version of a template (id
// `<KEY>-v<version>`), with who published it and when. The shipped defaults (version 1) are no event and
// no document: the queries add them.
import {
  NOTICE_TEMPLATE_STREAM_PREFIX,
  type NoticeTemplateEvent,
} from '../../../domain/notice-template/index.js';
import type { TemplateKey } from '../../../domain/notifications/notice-kinds.js';
import type { Instant } from '../../../domain/shared/time.js';
import type { Projection } from '../../../engine/projections/projection.js';
import { alreadyApplied } from '../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';

export const NOTICE_TEMPLATE_VERSIONS_COLLECTION = 'noticeTemplateVersions';

export interface NoticeTemplateVersionDocument extends ReadModelDocument {
  readonly key: TemplateKey;
  readonly version: number;
  readonly subject: string;
  readonly body: string;
  readonly publishedAt: Instant;
  /** The staff account's id. */
  readonly publishedBy: string;
  /** Global position of the event: the idempotency guard. */
  readonly lastPosition: number;
}

export const noticeTemplateVersionId = (key: string, version: number): string => `${key}-v${version}`;

export const noticeTemplateVersionsProjection: Projection = {
  name: 'noticeTemplateVersions',
  version: 1,
  categories: [NOTICE_TEMPLATE_STREAM_PREFIX],
  collections: [NOTICE_TEMPLATE_VERSIONS_COLLECTION],
  indexes: { [NOTICE_TEMPLATE_VERSIONS_COLLECTION]: ['key+version'] },
  async apply(recorded, tx) {
    const event = { type: recorded.type, data: recorded.data } as NoticeTemplateEvent;
    switch (event.type) {
      case 'TemplateVersionPublished': {
        const { key, version, subject, body, publishedAt } = event.data;
        const id = noticeTemplateVersionId(key, version);
        const current = await tx.get<NoticeTemplateVersionDocument>(NOTICE_TEMPLATE_VERSIONS_COLLECTION, id);
        if (alreadyApplied(current, recorded)) return;
        const document: NoticeTemplateVersionDocument = {
          id,
          key,
          version,
          subject,
          body,
          publishedAt,
          publishedBy: recorded.metadata.actorId,
          lastPosition: recorded.position,
        };
        await tx.put(NOTICE_TEMPLATE_VERSIONS_COLLECTION, document);
        return;
      }
      default: {
        // A type added to NoticeTemplateEvent must be handled above; at run time an unknown one changes nothing.
        const _exhaustive: never = event.type;
        void _exhaustive;
      }
    }
  },
};

export const NOTICE_TEMPLATE_PROJECTIONS: readonly Projection[] = [noticeTemplateVersionsProjection];
