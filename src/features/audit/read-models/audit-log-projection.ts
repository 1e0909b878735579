// The `auditLog` read model: one small document per event of every stream, so auditors search the log by
// case, actor, type and date without reading the log at request time. It keeps who, when, where and
// which type — never the event's data, which may name people (Ley 1581 de 2012): the data stays in the
// log and in caseHistory, where the roles that may read it get it.
import { JOINT_ANSWER_STREAM_PREFIX } from '../../../domain/joint-answer/index.js';
import { AFFILIATION_STREAM_PREFIX } from '../../../domain/affiliation/events.js';
import { FAQ_ENTRY_STREAM_PREFIX } from '../../../domain/faq/events.js';
import { IMPROVEMENT_ACTION_STREAM_PREFIX } from '../../../domain/improvement-action/events.js';
import { ACTION_PLAN_STREAM_PREFIX } from '../../../domain/action-plan/events.js';
import { MANAGEMENT_REVIEW_STREAM_PREFIX } from '../../../domain/management-review/events.js';
import { PQRS_STREAM_PREFIX } from '../../../domain/pqrs/events.js';
import { PERSONAL_DATA_ACCESS_STREAM_PREFIX } from '../../../domain/personal-data-access/events.js';
import { BUSINESS_CALENDAR_STREAM_PREFIX } from '../../../domain/business-calendar/events.js';
import { RADICADO_STREAM_PREFIX } from '../../../domain/radicado/events.js';
import { REPORT_STREAM_PREFIX } from '../../../domain/report/events.js';
import { SIGN_IN_STREAM_PREFIX } from '../../../domain/sign-in/events.js';
import {
  SURVEY_INSTRUMENT_STREAM_PREFIX,
  SURVEY_RESPONSE_STREAM_PREFIX,
} from '../../../domain/survey/events.js';
import type { GlobalPosition, RecordedEvent } from '../../../engine/eventstore/event-store.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';

export const AUDIT_LOG_COLLECTION = 'auditLog';

export interface AuditLogDocument extends ReadModelDocument {
  /**
   * The event's global position as fixed-width text: one document per position, sorting as the number
   * does, and usable in cursors (which carry text).
   */
  readonly id: string;
  readonly eventId: string;
  readonly position: GlobalPosition;
  readonly stream: string;
  /** The stream's category prefix, e.g. 'pqrs-': event types are read together with it. */
  readonly category: string;
  /** The stream without its category: a radicado, an affiliation id, a user id... */
  readonly entityId: string;
  /** For a PQRS case's events, its radicado; null for every other stream. */
  readonly radicado: string | null;
  readonly revision: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly actorId: string;
  readonly actorRole: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly correlationId: string;
  readonly causationId: string;
}

/**
 * The categories whose names hold a dash themselves: without them 'survey-instrument-x' would read as
 * category 'survey-'. Single-word ones (user-, and any future one) are found by the first dash.
 */
const KNOWN_CATEGORIES: readonly string[] = [
  PQRS_STREAM_PREFIX,
  RADICADO_STREAM_PREFIX,
  AFFILIATION_STREAM_PREFIX,
  IMPROVEMENT_ACTION_STREAM_PREFIX,
  MANAGEMENT_REVIEW_STREAM_PREFIX,
  ACTION_PLAN_STREAM_PREFIX,
  SURVEY_INSTRUMENT_STREAM_PREFIX,
  SURVEY_RESPONSE_STREAM_PREFIX,
  FAQ_ENTRY_STREAM_PREFIX,
  REPORT_STREAM_PREFIX,
  SIGN_IN_STREAM_PREFIX,
  PERSONAL_DATA_ACCESS_STREAM_PREFIX,
  BUSINESS_CALENDAR_STREAM_PREFIX,
  // Art. 22 joint answers: recorded since they were added, so no earlier document read otherwise.
  JOINT_ANSWER_STREAM_PREFIX,
].sort((left, right) => right.length - left.length);

/** The category prefix of a stream: the longest known one, else the text up to the first dash. */
export function streamCategoryOf(stream: string): string {
  const known = KNOWN_CATEGORIES.find((category) => stream.startsWith(category));
  if (known !== undefined) return known;
  const dash = stream.indexOf('-');
  return dash === -1 ? stream : stream.slice(0, dash + 1);
}

/** Digits of Number.MAX_SAFE_INTEGER: every position fits, and text order equals number order. */
const POSITION_KEY_DIGITS = 16;

export function positionKeyOf(position: GlobalPosition): string {
  return String(position).padStart(POSITION_KEY_DIGITS, '0');
}

export function auditLogDocumentOf(event: RecordedEvent): AuditLogDocument {
  const category = streamCategoryOf(event.stream);
  const entityId = event.stream.slice(category.length);
  const { metadata } = event;
  return {
    id: positionKeyOf(event.position),
    eventId: event.id,
    position: event.position,
    stream: event.stream,
    category,
    entityId,
    radicado: category === PQRS_STREAM_PREFIX ? entityId : null,
    revision: event.revision,
    type: event.type,
    schemaVersion: event.schemaVersion,
    actorId: metadata.actorId,
    actorRole: metadata.actorRole,
    occurredAt: metadata.occurredAt,
    recordedAt: metadata.recordedAt,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
  };
}

export const auditLogProjection: Projection = {
  name: 'auditLog',
  version: 1,
  // Every stream: the empty prefix starts every name.
  categories: [''],
  collections: [AUDIT_LOG_COLLECTION],
  indexes: {
    // Each filter followed by the id (the position), so a filtered page is one index range already in
    // the log's order, and its count is read from the index alone. recordedAt+id turns a date range into
    // a range of positions (see AuditLogQueries).
    [AUDIT_LOG_COLLECTION]: [
      'stream+id',
      'actorId+id',
      'type+id',
      'category+id',
      'category+type+id',
      'recordedAt+id',
    ],
  },
  async apply(event, tx) {
    // One document per event, keyed by its position and made of the event alone: applying it again
    // writes the very same document, so replays cannot count anything twice.
    await tx.put(AUDIT_LOG_COLLECTION, auditLogDocumentOf(event));
  },
};
