// Notice templates and the outgoing-number counter on the command path: their deciders and streams. No
// look-ups: a template's rules are all in its decider, and the counter is only ever asked by the answer
// letter (AnswerLetters, through LookUpContext.issue).
import {
  NOTICE_TEMPLATE_EVENT_SCHEMA_VERSIONS,
  noticeTemplateDecider,
  noticeTemplateStreamOf,
  type NoticeTemplateCommand,
  type NoticeTemplateEvent,
  type NoticeTemplateState,
} from '../../domain/notice-template/index.js';
import {
  OUTGOING_NUMBER_EVENT_SCHEMA_VERSIONS,
  outgoingNumberDecider,
  outgoingNumberStreamOf,
  type OutgoingNumberCommand,
  type OutgoingNumberEvent,
  type OutgoingNumberState,
} from '../../domain/outgoing-number/index.js';
import type { AggregateType } from '../../engine/commands/run-command.js';

/** A notice template: `notice-template-<KEY>` (the key is the instance id). */
export const noticeTemplate: AggregateType<NoticeTemplateCommand, NoticeTemplateEvent, NoticeTemplateState> =
  {
    decider: noticeTemplateDecider,
    schemaVersions: NOTICE_TEMPLATE_EVENT_SCHEMA_VERSIONS,
    streamOf: noticeTemplateStreamOf,
  };

/** The year's outgoing numbers (SAL-<year>-<consecutive>): `outgoing-<year>` (the year is the instance id). */
export const outgoingNumberCounter: AggregateType<
  OutgoingNumberCommand,
  OutgoingNumberEvent,
  OutgoingNumberState
> = {
  decider: outgoingNumberDecider,
  schemaVersions: OUTGOING_NUMBER_EVENT_SCHEMA_VERSIONS,
  streamOf: (year) => outgoingNumberStreamOf(Number(year)),
};
