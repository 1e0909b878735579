// Every code a domain list holds has its Spanish words, and only those codes do: a new kind, channel or
// status cannot reach a screen, a report or a refusal without them.
import { AFFILIATION_DECISIONS, AFFILIATION_TYPES, NOVELTY_KINDS } from './affiliation/events.js';
import { NOTICE_KINDS } from './notifications/notice-kinds.js';
import {
  NOTICE_CHANNEL_LABELS,
  NOTICE_KIND_LABELS,
  NOTIFICATION_STATUS_LABELS,
  POSTAL_OUTCOME_LABELS,
} from './notifications/labels.js';
import { NOTICE_CHANNELS, NOTIFICATION_STATUSES, POSTAL_OUTCOMES } from './notifications/notifications.js';
import {
  AFFILIATION_DECISION_LABELS,
  AFFILIATION_STATUS_IN_SENTENCES,
  AFFILIATION_STATUS_LABELS,
  AFFILIATION_TYPE_LABELS,
  NOVELTY_KIND_LABELS,
} from './affiliation/labels.js';
import { AFFILIATION_STATUSES } from './affiliation/state.js';
import { FAQ_ENTRY_STATUS_IN_SENTENCES, FAQ_ENTRY_STATUS_LABELS } from './faq/labels.js';
import { FAQ_ENTRY_STATUSES } from './faq/state.js';
import { ACTION_SOURCE_KINDS } from './improvement-action/events.js';
import { ACTION_SOURCE_LABELS } from './improvement-action/labels.js';
import { DECISION_KINDS } from './management-review/events.js';
import { DECISION_KIND_LABELS } from './management-review/labels.js';
import {
  ACCESS_DECISIONS,
  ANSWER_CHANNELS,
  LATE_ENTRY_FACTS,
  PERSON_TYPES,
  PQRS_CHANNELS,
  PQRS_KINDS,
  PRIORITY_REASONS,
  WITHDRAWAL_MODES,
} from './pqrs/events.js';
import {
  ACCESS_DECISION_BY_THE_ANSWER,
  ACCESS_DECISION_LABELS,
  ANSWER_CHANNEL_LABELS,
  LATE_ENTRY_FACT_LABELS,
  PERSON_TYPE_LABELS,
  PQRS_KIND_EXPLANATIONS,
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  PQRS_STATUS_IN_SENTENCES,
  PQRS_STATUS_LABELS,
  PRIORITY_REASON_LABELS,
  TRAFFIC_LIGHT_LABELS,
  WITHDRAWAL_MODE_LABELS,
} from './pqrs/labels.js';
import { PQRS_STATUSES } from './pqrs/state.js';
import { TRAFFIC_LIGHTS } from './pqrs/traffic-light.js';
import { REPORT_FORMATS, REPORT_KINDS } from './report/events.js';
import { REPORT_FORMAT_LABELS, REPORT_KIND_LABELS } from './report/labels.js';
import { ROLE_IN_SENTENCES, ROLE_LABELS } from './shared/roles.js';
import { SURVEY_EVALUATIONS, SURVEY_QUESTION_KINDS } from './survey/events.js';
import { SURVEY_INSTRUMENT_STATUSES } from './survey/instrument-state.js';
import {
  SURVEY_EVALUATION_LABELS,
  SURVEY_INSTRUMENT_STATUS_LABELS,
  SURVEY_QUESTION_KIND_LABELS,
} from './survey/labels.js';

import {
  ERASURE_LEGAL_BASES,
  ERASURE_LEGAL_BASIS_LABELS,
  PERSONAL_DATA_FIELD_LABELS,
  PERSONAL_DATA_FIELDS,
  RECORD_SERIES,
  RECORD_SERIES_LABELS,
} from './person/index.js';
import { ACCESS_PURPOSE_LABELS, ACCESS_PURPOSES } from './personal-data-access/index.js';

const sorted = (codes: readonly string[]) => [...codes].sort();
const without = (codes: readonly string[], initial: string) => codes.filter((code) => code !== initial);

/** [what the words name, the domain's list of codes, the words]. */
const GLOSSARY: ReadonlyArray<readonly [string, readonly string[], Readonly<Record<string, string>>]> = [
  ['PQRS kinds', PQRS_KINDS, PQRS_KIND_LABELS],
  ['facts recorded late', LATE_ENTRY_FACTS, LATE_ENTRY_FACT_LABELS],
  ['channels', PQRS_CHANNELS, PQRS_CHANNEL_LABELS],
  ['case statuses', without(PQRS_STATUSES, 'NOT_RECEIVED'), PQRS_STATUS_LABELS],
  ['case statuses in refusals', PQRS_STATUSES, PQRS_STATUS_IN_SENTENCES],
  ['priority reasons', PRIORITY_REASONS, PRIORITY_REASON_LABELS],
  ['withdrawal modes', WITHDRAWAL_MODES, WITHDRAWAL_MODE_LABELS],
  ['access decisions', ACCESS_DECISIONS, ACCESS_DECISION_LABELS],
  ['access decisions by the answer', ACCESS_DECISIONS, ACCESS_DECISION_BY_THE_ANSWER],
  ['traffic lights', TRAFFIC_LIGHTS, TRAFFIC_LIGHT_LABELS],
  ['affiliation statuses', without(AFFILIATION_STATUSES, 'NOT_RECEIVED'), AFFILIATION_STATUS_LABELS],
  ['affiliation statuses in refusals', AFFILIATION_STATUSES, AFFILIATION_STATUS_IN_SENTENCES],
  ['affiliation types', AFFILIATION_TYPES, AFFILIATION_TYPE_LABELS],
  ['affiliation decisions', AFFILIATION_DECISIONS, AFFILIATION_DECISION_LABELS],
  ['novelty kinds', NOVELTY_KINDS, NOVELTY_KIND_LABELS],
  ['improvement action sources', ACTION_SOURCE_KINDS, ACTION_SOURCE_LABELS],
  ['management review decision kinds', DECISION_KINDS, DECISION_KIND_LABELS],
  ['survey evaluations', SURVEY_EVALUATIONS, SURVEY_EVALUATION_LABELS],
  ['survey question kinds', SURVEY_QUESTION_KINDS, SURVEY_QUESTION_KIND_LABELS],
  [
    'survey instrument statuses',
    without(SURVEY_INSTRUMENT_STATUSES, 'NOT_CREATED'),
    SURVEY_INSTRUMENT_STATUS_LABELS,
  ],
  ['FAQ entry statuses', without(FAQ_ENTRY_STATUSES, 'NOT_CREATED'), FAQ_ENTRY_STATUS_LABELS],
  ['FAQ entry statuses in refusals', FAQ_ENTRY_STATUSES, FAQ_ENTRY_STATUS_IN_SENTENCES],
  ['report kinds', REPORT_KINDS, REPORT_KIND_LABELS],
  ['report formats', REPORT_FORMATS, REPORT_FORMAT_LABELS],
  ['person types', PERSON_TYPES, PERSON_TYPE_LABELS],
  ['answer channels', ANSWER_CHANNELS, ANSWER_CHANNEL_LABELS],
  ['kinds explained to citizens', PQRS_KINDS, PQRS_KIND_EXPLANATIONS],
  ['roles in refusals', [...Object.keys(ROLE_LABELS), 'CITIZEN', 'SYSTEM'], ROLE_IN_SENTENCES],
  ['legal bases of an erasure', ERASURE_LEGAL_BASES, ERASURE_LEGAL_BASIS_LABELS],
  ['record series', RECORD_SERIES, RECORD_SERIES_LABELS],
  ['fields of a person’s data', PERSONAL_DATA_FIELDS, PERSONAL_DATA_FIELD_LABELS],
  ['purposes of an access to personal data', ACCESS_PURPOSES, ACCESS_PURPOSE_LABELS],
  ['notice kinds', NOTICE_KINDS, NOTICE_KIND_LABELS],
  ['notice channels', NOTICE_CHANNELS, NOTICE_CHANNEL_LABELS],
  ['notice statuses', NOTIFICATION_STATUSES, NOTIFICATION_STATUS_LABELS],
  ['postal outcomes', POSTAL_OUTCOMES, POSTAL_OUTCOME_LABELS],
];

describe('the Spanish words of the domain’s codes', () => {
  it.each(GLOSSARY)('name exactly the %s the domain has', (_words, codes, labels) => {
    expect(sorted(Object.keys(labels))).toEqual(sorted(codes));
  });

  it.each(GLOSSARY)('give each of the %s its own words', (_words, _codes, labels) => {
    const words = Object.values(labels);
    expect(words.every((word) => word.trim() !== '')).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  });

  it('use the glossary’s words (DESIGN.md)', () => {
    expect(PQRS_KIND_LABELS.INTERAUTHORITY).toBe('Petición entre autoridades');
    expect(PQRS_CHANNEL_LABELS.MAIL).toBe('Correspondencia');
    expect(PQRS_STATUS_LABELS.WITHDRAWN).toBe('Desistida');
    expect(TRAFFIC_LIGHT_LABELS.DUE_SOON).toBe('Por vencer');
    expect(SURVEY_EVALUATION_LABELS.SECOND).toBe('Segunda evaluación');
  });
});
