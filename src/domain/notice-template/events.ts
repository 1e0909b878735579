// The facts of a notice template, one stream per key: `notice-template-<KEY>`. The texts are the office's
// wording with placeholders, not anyone's personal data, so they are kept in clear.
import type { DomainEvent } from '../shared/decider.js';
import type { Instant } from '../shared/time.js';
import type { TemplateKey } from '../notifications/notice-kinds.js';

export type TemplateVersionPublished = DomainEvent<
  'TemplateVersionPublished',
  {
    readonly key: TemplateKey;
    /** 2 for the first publication: the shipped defaults are version 1. */
    readonly version: number;
    readonly subject: string;
    readonly body: string;
    readonly publishedAt: Instant;
  }
>;

export type NoticeTemplateEvent = TemplateVersionPublished;
export type NoticeTemplateEventType = NoticeTemplateEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const NOTICE_TEMPLATE_EVENT_SCHEMA_VERSIONS: Readonly<Record<NoticeTemplateEventType, number>> = {
  TemplateVersionPublished: 1,
};

export const NOTICE_TEMPLATE_STREAM_PREFIX = 'notice-template-';
export const noticeTemplateStreamOf = (key: string): string => `${NOTICE_TEMPLATE_STREAM_PREFIX}${key}`;
