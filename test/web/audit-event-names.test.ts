// Every event the domain records has a Spanish name on the Auditoría screen, in the category its stream
// is read with: the test reads every event-type table the domain exports (src/domain/**, the
// `…_EVENT_SCHEMA_VERSIONS` records), so a new event type or a new aggregate fails here until named.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  AUDIT_CATEGORY_LABELS,
  AUDIT_EVENT_TYPE_LABELS,
  eventSubject,
  eventTypeLabel,
  formatCount,
} from '../../web/src/logic/audit.js';

/** The category (stream prefix, as the audit log derives it) each table's events are recorded under. */
const CATEGORIES_OF_TABLE: Readonly<Record<string, readonly string[]>> = {
  PQRS_EVENT_SCHEMA_VERSIONS: ['pqrs-'],
  // A notice's life is recorded in the stream of the record that gives it.
  NOTIFICATION_EVENT_SCHEMA_VERSIONS: ['pqrs-', 'affiliation-'],
  RADICADO_EVENT_SCHEMA_VERSIONS: ['radicado-'],
  OUTGOING_NUMBER_EVENT_SCHEMA_VERSIONS: ['outgoing-'],
  REQUEST_NUMBER_EVENT_SCHEMA_VERSIONS: ['afi-'],
  // The one stream `member-numbers`: its category is read up to the first dash.
  MEMBER_NUMBER_EVENT_SCHEMA_VERSIONS: ['member-'],
  AFFILIATION_EVENT_SCHEMA_VERSIONS: ['affiliation-'],
  IMPROVEMENT_ACTION_EVENT_SCHEMA_VERSIONS: ['improvement-action-'],
  SURVEY_INSTRUMENT_EVENT_SCHEMA_VERSIONS: ['survey-instrument-'],
  SURVEY_RESPONSE_EVENT_SCHEMA_VERSIONS: ['survey-response-'],
  FAQ_ENTRY_EVENT_SCHEMA_VERSIONS: ['faq-entry-'],
  REPORT_EVENT_SCHEMA_VERSIONS: ['report-'],
  USER_ACCOUNT_EVENT_SCHEMA_VERSIONS: ['user-'],
  SIGN_IN_EVENT_SCHEMA_VERSIONS: ['sign-in-'],
  LOG_HEAD_EVENT_SCHEMA_VERSIONS: ['log-'],
  PERSON_EVENT_SCHEMA_VERSIONS: ['person-'],
  PERSONAL_DATA_ACCESS_EVENT_SCHEMA_VERSIONS: ['personal-data-access-'],
  NOTICE_TEMPLATE_EVENT_SCHEMA_VERSIONS: ['notice-template-'],
  DIGEST_EVENT_SCHEMA_VERSIONS: ['digest-'],
  MANAGEMENT_REVIEW_EVENT_SCHEMA_VERSIONS: ['management-review-'],
  ACTION_PLAN_EVENT_SCHEMA_VERSIONS: ['action-plan-'],
  CAMPAIGN_EVENT_SCHEMA_VERSIONS: ['campaign-'],
  TRAINING_EVENT_SCHEMA_VERSIONS: ['training-'],
  RISK_EVENT_SCHEMA_VERSIONS: ['risk-'],
  BACKUP_EVENT_SCHEMA_VERSIONS: ['backup-'],
  BUSINESS_CALENDAR_EVENT_SCHEMA_VERSIONS: ['business-calendar-'],
  JOINT_ANSWER_EVENT_SCHEMA_VERSIONS: ['joint-answer-'],
};

function domainFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return domainFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every `…_EVENT_SCHEMA_VERSIONS` table the domain exports, by its name, with the types it lists. */
async function eventTypeTables(): Promise<Map<string, readonly string[]>> {
  const tables = new Map<string, readonly string[]>();
  for (const file of domainFiles(resolve('src/domain'))) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (name.endsWith('_EVENT_SCHEMA_VERSIONS') && value !== null && typeof value === 'object')
        tables.set(name, Object.keys(value));
  }
  return tables;
}

describe('the Spanish names of the domain’s events', () => {
  let tables: Map<string, readonly string[]>;
  beforeAll(async () => {
    tables = await eventTypeTables();
  });

  it('finds the domain’s event tables, each recorded under a known category', () => {
    expect(tables.size).toBeGreaterThanOrEqual(Object.keys(CATEGORIES_OF_TABLE).length);
    // A new aggregate's table must say here which category its streams have.
    expect([...tables.keys()].filter((name) => CATEGORIES_OF_TABLE[name] === undefined)).toEqual([]);
  });

  it('names every event type of every category, and every category', () => {
    const unnamed: string[] = [];
    for (const [name, types] of tables)
      for (const category of CATEGORIES_OF_TABLE[name] ?? [])
        for (const type of types)
          if (AUDIT_EVENT_TYPE_LABELS[category]?.[type] === undefined) unnamed.push(`${category}${type}`);
    expect(unnamed).toEqual([]);
    const categories = new Set(Object.values(CATEGORIES_OF_TABLE).flat());
    expect([...categories].filter((category) => AUDIT_CATEGORY_LABELS[category] === undefined)).toEqual([]);
  });

  it('names no event the domain does not record', () => {
    const recorded = new Set(
      [...tables].flatMap(([name, types]) =>
        (CATEGORIES_OF_TABLE[name] ?? []).flatMap((category) => types.map((type) => `${category}${type}`)),
      ),
    );
    const stale = Object.entries(AUDIT_EVENT_TYPE_LABELS).flatMap(([category, types]) =>
      Object.keys(types)
        .map((type) => `${category}${type}`)
        .filter((key) => !recorded.has(key)),
    );
    expect(stale).toEqual([]);
  });

  it('reads the member-number counter in Spanish, the type and what it is about', () => {
    expect(eventTypeLabel('member-', 'MemberNumberIssued')).toBe('Número de afiliado asignado');
    expect(eventSubject({ category: 'member-', entityId: 'numbers', radicado: null })).toBe(
      'Consecutivo de números de afiliado',
    );
    expect(eventSubject({ category: 'radicado-', entityId: '2026', radicado: null })).toBe(
      'Consecutivo de radicados 2026',
    );
  });
});

describe('numbers as Colombia writes them', () => {
  it('groups thousands with a point', () => {
    expect(formatCount(1864)).toBe('1.864');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(7)).toBe('7');
  });
});
