// Reads and validates the environment once, at start-up: a wrong value fails fast naming the variable.
// First, so the token is defined before the features this module reads load (config-token.ts).
export { VENTANILLA_CONFIG } from './config-token.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checklistProblem,
  mergeChecklists,
  type AffiliationChecklists,
} from '../domain/affiliation/checklists.js';
import { AFFILIATION_TYPES, type AffiliationType } from '../domain/affiliation/events.js';
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from '../domain/shared/attachments.js';
import { DEFAULT_ANONYMOUS_KINDS, PQRS_KINDS, type PqrsKind } from '../domain/pqrs/events.js';
import {
  AFTER_HOURS_RULES,
  DEFAULT_FILING_HOURS_POLICY,
  officeHoursText,
  parseOfficeHours,
  type AfterHoursRule,
  type FilingHoursPolicy,
} from '../domain/pqrs/filing-hours.js';
import {
  parseContraloriaColumns,
  parseIndicatorTargets,
  type ReportSettings,
} from '../features/reports/report-settings.js';
import { isMailSettingsProblem, mailSettingsOf, type MailSettings } from './mail-settings.js';
import { parseRetentionYears, RETENTION_VARIABLE, type RetentionYears } from './retention-schedule.js';
import { backupSettingsOf, isBackupSettingsProblem, type BackupSettings } from './backup-settings.js';

export interface VentanillaConfig {
  readonly port: number;
  /** HOST: the address the server listens on (e.g. 127.0.0.1 behind a proxy); null: every interface. */
  readonly host: string | null;
  /**
   * VENTANILLA_METRICS_PORT: a port of its own, on 127.0.0.1 only, where /metrics answers without a token
   * (0: one the system chooses); null: the metrics answer only on the main port, to an ADMIN.
   */
  readonly metricsPort: number | null;
  /** VENTANILLA_QUERY_TIME_LIMIT_MS: how long a GraphQL query may run before it is cut short. */
  readonly queryTimeLimitMs: number;
  /** VENTANILLA_EXPORT_MAX_ROWS: the most cases one export of the Bandeja holds (default 10.000). */
  readonly exportMaxRows: number;
  readonly dataDir: string;
  /**
   * VENTANILLA_TRUST_PROXY: Express's `trust proxy` (e.g. `loopback`, `1`, `10.0.0.0/8`), so the client
   * address the sign-in throttle and the public rate limits count is the citizen's, not the reverse proxy's;
   * null: not behind a proxy.
   */
  readonly trustProxy: string | number | null;
  /** `username:password` for the first administrator, or null for a random password printed once. */
  readonly bootstrapAdmin: string | null;
  readonly jwtSecret: string | null;
  readonly tokenTtl: string;
  readonly masterKey: string | null;
  /** Days the entity declares closed besides weekends and public holidays (e.g. 24 and 31 December). */
  readonly extraNonWorkingDays: readonly string[];
  /** Business days a fact may be dated before it is recorded without a coordinator's reason. */
  readonly lateEntryWindowBusinessDays: number;
  /**
   * VENTANILLA_OFFICE_HOURS (`07:00-17:00`, Bogotá, on the calendar's business days) and
   * VENTANILLA_AFTER_HOURS_RULE (`RECEIPT_DAY`, the default, or `NEXT_BUSINESS_DAY`: CPACA art. 54): when an
   * electronic filing outside office hours counts as radicated.
   */
  readonly filingHours: FilingHoursPolicy;
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug';
  /**
   * LOG_FORMAT: `json` (one JSON object a line, for a log collector) or `pretty` (readable lines for a
   * developer); by default json when NODE_ENV is production, pretty otherwise.
   */
  readonly logFormat: 'json' | 'pretty';
  /**
   * VENTANILLA_SHUTDOWN_TIMEOUT_MS: on SIGTERM, how long the requests in flight may take to finish before
   * their connections are cut (default 10.000).
   */
  readonly shutdownTimeoutMs: number;
  /** The support documents each affiliation type requires: the defaults, overridden per type. */
  readonly affiliationChecklists: AffiliationChecklists;
  /** The built staff web client served at `/` (absent: the API alone is served). */
  readonly webDir: string;
  /** Names printed on reports, indicator targets and the Contraloría columns. */
  readonly reports: ReportSettings;
  /** Where the event log and the read models live: the embedded SQLite files unless an engine is named. */
  readonly storage: StorageSettings;
  /** Sign-in throttling: how long a lockout lasts and the first delay after the free failures. */
  readonly signIn: SignInSettings;
  /** VENTANILLA_SIGNING_KEY: the Ed25519 seed that signs heads of the log; null for `signing.key` in dataDir. */
  readonly signingKey: string | null;
  /** When heads of the log are signed: every so many unsigned events, or once one waited so many minutes. */
  readonly logHeads: LogHeadSettings;
  /**
   * VENTANILLA_EARLIER_SIGNING_KEYS: public keys (base64url) of signing keys used before a rotation, whose
   * heads the audit still trusts.
   */
  readonly earlierSigningKeys: readonly string[];
  /** Years each record series is kept after its last step (tabla de retención documental). */
  readonly retentionYears: RetentionYears;
  /** How large one attached file may be, and how many files and bytes one filing may hold. */
  readonly attachmentLimits: AttachmentLimits;
  /** Requests one client address may make to each kind of public endpoint in a window. */
  readonly publicRateLimits: PublicRateLimitSettings;
  /** The Ventanilla virtual: who may file anonymously, the data-processing policy, its public address. */
  readonly publicPortal: PublicPortalSettings;
  /** The proof of work the public filing form solves before sending (self-hosted ALTCHA). */
  readonly publicChallenge: PublicChallengeSettings;
  /** Notices by mail, the intake mailbox, the daily digest, the answer's review and its letter. */
  readonly mail: MailSettings;
  /** Scheduled backups: when, where, how many are kept (VENTANILLA_BACKUP_CRON, _DIR, _KEEP). */
  readonly backups: BackupSettings;
}

export interface PublicChallengeSettings {
  /** VENTANILLA_PUBLIC_CHALLENGE: on (the default) or off (an intranet kiosk, automated tests). */
  readonly required: boolean;
  /** VENTANILLA_CHALLENGE_KEY: the HMAC key that signs challenges; null for `challenge.key` in dataDir. */
  readonly key: string | null;
}

export interface PublicPortalSettings {
  /** VENTANILLA_ANONYMOUS_KINDS: the PQRS kinds filed without naming anyone (default: complaints, denuncias). */
  readonly anonymousKinds: readonly PqrsKind[];
  /** VENTANILLA_DATA_POLICY_FILE: the entity's data-processing policy shown above the authorisation. */
  readonly policyText: string;
  /**
   * VENTANILLA_DATA_POLICY_VERSION: the version each authorisation records; by default derived from the
   * text, so a changed text never passes for the version a citizen accepted.
   */
  readonly policyVersion: string;
  /** VENTANILLA_PUBLIC_URL: where citizens reach the server (printed on constancias and notices). */
  readonly publicUrl: string;
}

export interface SignInSettings {
  /** VENTANILLA_SIGN_IN_LOCKOUT (default 15m). */
  readonly lockoutSeconds: number;
  /** VENTANILLA_SIGN_IN_FIRST_DELAY (default 1s; 0s turns the delays off, the lockout stays). */
  readonly firstDelaySeconds: number;
}

export interface LogHeadSettings {
  /** VENTANILLA_LOG_HEAD_EVERY_EVENTS (default 1000; 0: not by count). */
  readonly everyEvents: number;
  /** VENTANILLA_LOG_HEAD_EVERY_MINUTES (default 15; 0: not by time). */
  readonly everyMinutes: number;
}

export interface StorageSettings {
  /** EVENTSTORE_URL: an EventStoreDB / KurrentDB connection string, or null for the embedded SQLite log. */
  readonly eventStoreUrl: string | null;
  /** MONGODB_URL: a MongoDB (replica set) connection string, or null for the embedded SQLite read models. */
  readonly mongoUrl: string | null;
}

/** Connection-string schemes the EventStoreDB / KurrentDB client accepts. */
export const EVENT_STORE_URL_SCHEMES = ['esdb', 'esdb+discover', 'kurrentdb', 'kurrentdb+discover'] as const;
/** Connection-string schemes the MongoDB driver accepts. */
export const MONGODB_URL_SCHEMES = ['mongodb', 'mongodb+srv'] as const;

export class ConfigurationError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Configuración inválida: ${variable} ${detail}`);
    this.name = 'ConfigurationError';
  }
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;

export function loadConfiguration(env: NodeJS.ProcessEnv = process.env): VentanillaConfig {
  const port = Number(env.PORT ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigurationError('PORT', `debe ser un puerto entre 0 y 65535 (recibido "${env.PORT}")`);
  }

  const host = nonEmpty(env.HOST);
  if (host !== null && !/^[0-9A-Za-z.:%-]+$/.test(host)) {
    throw new ConfigurationError(
      'HOST',
      `debe ser una dirección IP o un nombre de máquina (recibido "${host}")`,
    );
  }

  const metricsPortText = nonEmpty(env.VENTANILLA_METRICS_PORT);
  const metricsPort = metricsPortText === null ? null : Number(metricsPortText);
  if (metricsPort !== null && (!/^\d{1,5}$/.test(metricsPortText!) || metricsPort > 65535)) {
    throw new ConfigurationError(
      'VENTANILLA_METRICS_PORT',
      `debe ser un puerto entre 0 y 65535 (recibido "${metricsPortText}")`,
    );
  }
  if (metricsPort !== null && metricsPort !== 0 && metricsPort === port) {
    throw new ConfigurationError(
      'VENTANILLA_METRICS_PORT',
      `debe ser distinto de PORT (${port}): las métricas locales escuchan en un puerto propio`,
    );
  }

  const exportMaxRows = Number(nonEmpty(env.VENTANILLA_EXPORT_MAX_ROWS) ?? '10000');
  if (!Number.isInteger(exportMaxRows) || exportMaxRows < 1) {
    throw new ConfigurationError(
      'VENTANILLA_EXPORT_MAX_ROWS',
      `debe ser un número entero de casos mayor que 0 (recibido "${env.VENTANILLA_EXPORT_MAX_ROWS}")`,
    );
  }

  const queryTimeLimitMs = Number(nonEmpty(env.VENTANILLA_QUERY_TIME_LIMIT_MS) ?? '5000');
  if (!Number.isInteger(queryTimeLimitMs) || queryTimeLimitMs < 1) {
    throw new ConfigurationError(
      'VENTANILLA_QUERY_TIME_LIMIT_MS',
      `debe ser un número entero de milisegundos mayor que 0 (recibido "${env.VENTANILLA_QUERY_TIME_LIMIT_MS}")`,
    );
  }

  const bootstrapAdmin = nonEmpty(env.VENTANILLA_BOOTSTRAP_ADMIN);
  if (bootstrapAdmin !== null && !/^[^:]+:.+$/.test(bootstrapAdmin)) {
    throw new ConfigurationError('VENTANILLA_BOOTSTRAP_ADMIN', 'debe tener la forma usuario:contraseña');
  }

  const extraNonWorkingDays = (env.VENTANILLA_EXTRA_NON_WORKING_DAYS ?? '')
    .split(',')
    .map((day) => day.trim())
    .filter((day) => day !== '');
  const badDay = extraNonWorkingDays.find((day) => !CALENDAR_DATE.test(day) || Number.isNaN(Date.parse(day)));
  if (badDay !== undefined) {
    throw new ConfigurationError(
      'VENTANILLA_EXTRA_NON_WORKING_DAYS',
      `debe ser una lista de fechas AAAA-MM-DD separadas por comas ("${badDay}" no lo es)`,
    );
  }

  const officeHoursSetting =
    nonEmpty(env.VENTANILLA_OFFICE_HOURS) ?? officeHoursText(DEFAULT_FILING_HOURS_POLICY.officeHours);
  const officeHours = parseOfficeHours(officeHoursSetting);
  if (officeHours === null) {
    throw new ConfigurationError(
      'VENTANILLA_OFFICE_HOURS',
      `debe tener la forma HH:MM-HH:MM, con la apertura antes del cierre (recibido "${officeHoursSetting}")`,
    );
  }
  const afterHoursRule =
    nonEmpty(env.VENTANILLA_AFTER_HOURS_RULE) ?? DEFAULT_FILING_HOURS_POLICY.afterHoursRule;
  if (!(AFTER_HOURS_RULES as readonly string[]).includes(afterHoursRule)) {
    throw new ConfigurationError(
      'VENTANILLA_AFTER_HOURS_RULE',
      `debe ser ${AFTER_HOURS_RULES.join(' o ')} (recibido "${afterHoursRule}")`,
    );
  }

  const lateEntryWindowBusinessDays = Number(nonEmpty(env.VENTANILLA_LATE_ENTRY_WINDOW) ?? '3');
  if (
    !Number.isInteger(lateEntryWindowBusinessDays) ||
    lateEntryWindowBusinessDays < 0 ||
    lateEntryWindowBusinessDays > 30
  ) {
    throw new ConfigurationError(
      'VENTANILLA_LATE_ENTRY_WINDOW',
      `debe ser un número entero de días hábiles entre 0 y 30 (recibido "${env.VENTANILLA_LATE_ENTRY_WINDOW}")`,
    );
  }

  const tokenTtl = nonEmpty(env.VENTANILLA_TOKEN_TTL) ?? '8h';
  if (!/^\d+[smhd]$/.test(tokenTtl)) {
    throw new ConfigurationError(
      'VENTANILLA_TOKEN_TTL',
      `debe ser una duración como 8h o 30m (recibido "${tokenTtl}")`,
    );
  }

  const logLevel = (nonEmpty(env.LOG_LEVEL) ?? 'log') as VentanillaConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigurationError('LOG_LEVEL', `debe ser uno de ${LOG_LEVELS.join(', ')}`);
  }

  const logFormat = (
    nonEmpty(env.LOG_FORMAT) ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty')
  ).toLowerCase();
  if (logFormat !== 'json' && logFormat !== 'pretty') {
    throw new ConfigurationError('LOG_FORMAT', `debe ser json o pretty (recibido "${env.LOG_FORMAT}")`);
  }

  const shutdownTimeoutMs = Number(nonEmpty(env.VENTANILLA_SHUTDOWN_TIMEOUT_MS) ?? '10000');
  if (!Number.isInteger(shutdownTimeoutMs) || shutdownTimeoutMs < 0 || shutdownTimeoutMs > 600_000) {
    throw new ConfigurationError(
      'VENTANILLA_SHUTDOWN_TIMEOUT_MS',
      `debe ser un número entero de milisegundos entre 0 y 600000 (recibido "${env.VENTANILLA_SHUTDOWN_TIMEOUT_MS}")`,
    );
  }

  const storage: StorageSettings = {
    eventStoreUrl: connectionString('EVENTSTORE_URL', env.EVENTSTORE_URL, EVENT_STORE_URL_SCHEMES),
    mongoUrl: connectionString('MONGODB_URL', env.MONGODB_URL, MONGODB_URL_SCHEMES),
  };

  const retentionYears = parseRetentionYears(nonEmpty(env[RETENTION_VARIABLE]));
  if (typeof retentionYears === 'string') throw new ConfigurationError(RETENTION_VARIABLE, retentionYears);

  const publicPortal = publicPortalSettings(env, port);
  const mail = mailSettingsOf(env, nonEmpty);
  if (isMailSettingsProblem(mail)) throw new ConfigurationError(mail.variable, mail.problem);
  const backups = backupSettingsOf(
    env,
    nonEmpty,
    resolve(nonEmpty(env.VENTANILLA_DATA_DIR) ?? './data'),
    storage.eventStoreUrl !== null ? 'EVENTSTORE_URL' : storage.mongoUrl !== null ? 'MONGODB_URL' : null,
  );
  if (isBackupSettingsProblem(backups)) throw new ConfigurationError(backups.variable, backups.problem);

  return {
    backups,
    publicPortal,
    mail,
    port,
    host,
    queryTimeLimitMs,
    metricsPort,
    exportMaxRows,
    dataDir: resolve(nonEmpty(env.VENTANILLA_DATA_DIR) ?? './data'),
    trustProxy: trustProxyOf(nonEmpty(env.VENTANILLA_TRUST_PROXY)),
    bootstrapAdmin,
    jwtSecret: nonEmpty(env.VENTANILLA_JWT_SECRET),
    tokenTtl,
    masterKey: nonEmpty(env.VENTANILLA_MASTER_KEY),
    extraNonWorkingDays,
    lateEntryWindowBusinessDays,
    filingHours: { officeHours, afterHoursRule: afterHoursRule as AfterHoursRule },
    logLevel,
    logFormat,
    shutdownTimeoutMs,
    affiliationChecklists: mergeChecklists(parseAffiliationChecklists(env.VENTANILLA_AFFILIATION_CHECKLISTS)),
    webDir: resolve(nonEmpty(env.VENTANILLA_WEB_DIR) ?? 'dist/web'),
    reports: {
      entityName: nonEmpty(env.VENTANILLA_ENTITY_NAME) ?? 'Corporación pública departamental de Cundinamarca',
      officeName: nonEmpty(env.VENTANILLA_OFFICE_NAME) ?? 'Oficina de Atención al Cliente',
      indicatorTargets: readSettingsFile(
        'VENTANILLA_INDICATOR_TARGETS',
        env.VENTANILLA_INDICATOR_TARGETS,
        'config/indicator-targets.json',
        parseIndicatorTargets,
      ),
      contraloriaColumns: readSettingsFile(
        'VENTANILLA_CONTRALORIA_COLUMNS',
        env.VENTANILLA_CONTRALORIA_COLUMNS,
        'config/contraloria-columns.json',
        parseContraloriaColumns,
      ),
    },
    storage,
    signIn: {
      lockoutSeconds: durationSeconds('VENTANILLA_SIGN_IN_LOCKOUT', env.VENTANILLA_SIGN_IN_LOCKOUT, '15m', 1),
      firstDelaySeconds: durationSeconds(
        'VENTANILLA_SIGN_IN_FIRST_DELAY',
        env.VENTANILLA_SIGN_IN_FIRST_DELAY,
        '1s',
        0,
      ),
    },
    signingKey: nonEmpty(env.VENTANILLA_SIGNING_KEY),
    logHeads: {
      everyEvents: wholeNumber(
        'VENTANILLA_LOG_HEAD_EVERY_EVENTS',
        env.VENTANILLA_LOG_HEAD_EVERY_EVENTS,
        1000,
      ),
      everyMinutes: wholeNumber(
        'VENTANILLA_LOG_HEAD_EVERY_MINUTES',
        env.VENTANILLA_LOG_HEAD_EVERY_MINUTES,
        15,
      ),
    },
    earlierSigningKeys: publicKeyList('VENTANILLA_EARLIER_SIGNING_KEYS', env.VENTANILLA_EARLIER_SIGNING_KEYS),
    retentionYears,
    attachmentLimits: attachmentLimitsOf(env),
    publicRateLimits: publicRateLimitsOf(env),
    publicChallenge: publicChallengeOf(env),
  };
}

const DURATION_UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A duration such as 30s, 15m or 1h, in seconds, at least `minimum`. */
function durationSeconds(
  variable: string,
  value: string | undefined,
  fallback: string,
  minimum: number,
): number {
  const text = nonEmpty(value) ?? fallback;
  const match = /^(\d+)([smhd])$/.exec(text);
  const seconds = match ? Number(match[1]) * DURATION_UNIT_SECONDS[match[2]!]! : Number.NaN;
  if (!(seconds >= minimum)) {
    throw new ConfigurationError(variable, `debe ser una duración como 30s, 15m o 1h (recibido "${text}")`);
  }
  return seconds;
}

/** Ed25519 public keys, 32 bytes in base64url each, separated by commas. */
function publicKeyList(variable: string, value: string | undefined): string[] {
  const keys = (value ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  const bad = keys.find((key) => !/^[A-Za-z0-9_-]{43}$/.test(key));
  if (bad !== undefined) {
    throw new ConfigurationError(
      variable,
      `debe ser una lista de claves públicas Ed25519 en base64url separadas por comas ("${bad}" no lo es)`,
    );
  }
  return keys;
}

/** A whole number of at least 0, or the default when the variable is unset or empty. */
function wholeNumber(variable: string, value: string | undefined, defaultValue: number): number {
  const text = nonEmpty(value);
  if (text === null) return defaultValue;
  if (!/^\d{1,9}$/.test(text)) {
    throw new ConfigurationError(variable, `debe ser un número entero de 0 en adelante (recibido "${text}")`);
  }
  return Number(text);
}

/** A connection string with one of the accepted schemes, or null when the variable is unset or empty. */
function connectionString(
  variable: string,
  value: string | undefined,
  schemes: readonly string[],
): string | null {
  const text = nonEmpty(value);
  if (text === null) return null;
  const scheme = /^([a-z+]+):\/\/[^/\s]/.exec(text)?.[1];
  if (scheme === undefined || !schemes.includes(scheme)) {
    throw new ConfigurationError(
      variable,
      `debe ser una cadena de conexión ${schemes.map((name) => `${name}://`).join(', ')} ` +
        `(recibido "${redactCredentials(text)}")`,
    );
  }
  return text;
}

/** The connection string with any password masked, fit for messages and logs. */
export function redactCredentials(connection: string): string {
  return connection.replace(/^([a-z+]+:\/\/[^:@/\s]+):[^@/\s]*@/, '$1:***@');
}

/** A JSON settings file named by a variable (or its default path, relative to the working folder). */
/** A hop count (`1`) as a number, as Express reads it; any other value (names, addresses) as given. */
function trustProxyOf(value: string | null): string | number | null {
  if (value === null) return null;
  return /^\d+$/.test(value) ? Number(value) : value;
}

const ANONYMOUS_KINDS = 'VENTANILLA_ANONYMOUS_KINDS';

function publicPortalSettings(env: NodeJS.ProcessEnv, port: number): PublicPortalSettings {
  const kinds = nonEmpty(env[ANONYMOUS_KINDS]);
  const anonymousKinds =
    kinds === null ? DEFAULT_ANONYMOUS_KINDS : kinds.split(',').map((kind) => kind.trim().toUpperCase());
  const unknown = anonymousKinds.filter((kind) => !(PQRS_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      ANONYMOUS_KINDS,
      `nombra tipos que no existen (${unknown.join(', ')}); los tipos son ${PQRS_KINDS.join(', ')}`,
    );
  }
  const policyPath = resolve(nonEmpty(env.VENTANILLA_DATA_POLICY_FILE) ?? 'config/data-policy.md');
  let policyText: string;
  try {
    policyText = readFileSync(policyPath, 'utf8').trim();
  } catch {
    throw new ConfigurationError(
      'VENTANILLA_DATA_POLICY_FILE',
      `nombra el archivo ${policyPath}, que no se puede leer`,
    );
  }
  if (policyText === '') {
    throw new ConfigurationError('VENTANILLA_DATA_POLICY_FILE', `el archivo ${policyPath} está vacío`);
  }
  const policyVersion =
    nonEmpty(env.VENTANILLA_DATA_POLICY_VERSION) ??
    `texto-${createHash('sha256').update(policyText).digest('hex').slice(0, 12)}`;
  const publicUrl = (nonEmpty(env.VENTANILLA_PUBLIC_URL) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(publicUrl)) {
    throw new ConfigurationError('VENTANILLA_PUBLIC_URL', 'debe ser una dirección http:// o https://');
  }
  return { anonymousKinds: anonymousKinds as PqrsKind[], policyText, policyVersion, publicUrl };
}

function readSettingsFile<Settings>(
  variable: string,
  value: string | undefined,
  defaultPath: string,
  parse: (json: string) => Settings | string,
): Settings {
  const path = resolve(nonEmpty(value) ?? defaultPath);
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigurationError(variable, `nombra el archivo ${path}, que no se puede leer`);
  }
  const parsed = parse(json);
  if (typeof parsed === 'string') throw new ConfigurationError(variable, `(${path}): ${parsed}`);
  return parsed;
}

const AFFILIATION_CHECKLISTS = 'VENTANILLA_AFFILIATION_CHECKLISTS';

/** `{"COMPANY": ["RUT", "CHAMBER_OF_COMMERCE_CERTIFICATE"]}`: a JSON object from type to document codes. */
function parseAffiliationChecklists(
  value: string | undefined,
): Partial<Record<AffiliationType, readonly string[]>> {
  const text = nonEmpty(value);
  if (text === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      AFFILIATION_CHECKLISTS,
      'debe ser un objeto JSON, p. ej. {"COMPANY": ["RUT"]}',
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError(
      AFFILIATION_CHECKLISTS,
      'debe ser un objeto JSON de tipo de afiliación a documentos',
    );
  }
  const checklists: Partial<Record<AffiliationType, readonly string[]>> = {};
  for (const [type, documents] of Object.entries(parsed)) {
    if (!(AFFILIATION_TYPES as readonly string[]).includes(type)) {
      throw new ConfigurationError(
        AFFILIATION_CHECKLISTS,
        `nombra el tipo "${type}"; los tipos son ${AFFILIATION_TYPES.join(', ')}`,
      );
    }
    const problem = Array.isArray(documents)
      ? documents.every((document) => typeof document === 'string')
        ? checklistProblem(documents as string[])
        : 'los documentos deben ser textos'
      : 'debe ser una lista de documentos';
    if (problem !== null) throw new ConfigurationError(AFFILIATION_CHECKLISTS, `(${type}): ${problem}`);
    checklists[type as AffiliationType] = documents as string[];
  }
  return checklists;
}

/** VENTANILLA_ATTACHMENT_MAX_FILE_MB (10), VENTANILLA_ATTACHMENT_MAX_FILES (10), VENTANILLA_ATTACHMENT_MAX_TOTAL_MB (25). */
function attachmentLimitsOf(env: NodeJS.ProcessEnv): AttachmentLimits {
  const MEGABYTE = 1024 * 1024;
  const megabytes = (variable: string, defaultBytes: number): number => {
    const text = nonEmpty(env[variable]);
    if (text === null) return defaultBytes;
    // Decimals with a point or a comma (0.5, 2,5): an office may want half a megabyte.
    const value = /^\d{1,4}([.,]\d{1,3})?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
    if (!(value > 0 && value <= 1024)) {
      throw new ConfigurationError(
        variable,
        `debe ser un número de megabytes mayor que 0 y de hasta 1024, como 10 o 2.5 (recibido "${text}")`,
      );
    }
    return Math.floor(value * MEGABYTE);
  };
  const filesText = nonEmpty(env.VENTANILLA_ATTACHMENT_MAX_FILES);
  const maxFilesPerFiling =
    filesText === null ? DEFAULT_ATTACHMENT_LIMITS.maxFilesPerFiling : Number(filesText);
  if (!Number.isInteger(maxFilesPerFiling) || maxFilesPerFiling < 1 || maxFilesPerFiling > 100) {
    throw new ConfigurationError(
      'VENTANILLA_ATTACHMENT_MAX_FILES',
      `debe ser un número entero de archivos entre 1 y 100 (recibido "${filesText}")`,
    );
  }
  return {
    maxFileBytes: megabytes('VENTANILLA_ATTACHMENT_MAX_FILE_MB', DEFAULT_ATTACHMENT_LIMITS.maxFileBytes),
    maxFilesPerFiling,
    maxTotalBytesPerFiling: megabytes(
      'VENTANILLA_ATTACHMENT_MAX_TOTAL_MB',
      DEFAULT_ATTACHMENT_LIMITS.maxTotalBytesPerFiling,
    ),
  };
}

/** What each public endpoint counts against, per client address. */
export const PUBLIC_RATE_LIMIT_BUCKETS = [
  'filing',
  'tracking',
  'upload',
  'session',
  'challenge',
  'faq',
] as const;
export type PublicRateLimitBucket = (typeof PUBLIC_RATE_LIMIT_BUCKETS)[number];

export interface RateLimitRule {
  /** Requests allowed in one window. */
  readonly requests: number;
  readonly windowSeconds: number;
}

export type PublicRateLimitSettings = Readonly<Record<PublicRateLimitBucket, RateLimitRule>>;

/**
 * Generous for a citizen (a family filing from one home connection, a clerk helping several people), tight
 * for a script: filings and upload sessions by the hour, look-ups by ten minutes.
 */
export const DEFAULT_PUBLIC_RATE_LIMITS: PublicRateLimitSettings = {
  filing: { requests: 10, windowSeconds: 3600 },
  tracking: { requests: 30, windowSeconds: 600 },
  upload: { requests: 40, windowSeconds: 3600 },
  session: { requests: 20, windowSeconds: 3600 },
  challenge: { requests: 60, windowSeconds: 600 },
  faq: { requests: 120, windowSeconds: 600 },
};

/** VENTANILLA_PUBLIC_RATE_<BUCKET>, e.g. VENTANILLA_PUBLIC_RATE_FILING=10/1h: requests per window. */
export const publicRateLimitVariable = (bucket: PublicRateLimitBucket): string =>
  `VENTANILLA_PUBLIC_RATE_${bucket.toUpperCase()}`;

function publicRateLimitsOf(env: NodeJS.ProcessEnv): PublicRateLimitSettings {
  const entries = PUBLIC_RATE_LIMIT_BUCKETS.map((bucket): [PublicRateLimitBucket, RateLimitRule] => {
    const variable = publicRateLimitVariable(bucket);
    const text = nonEmpty(env[variable]);
    if (text === null) return [bucket, DEFAULT_PUBLIC_RATE_LIMITS[bucket]];
    const match = /^(\d{1,6})\/(\d+[smhd])$/.exec(text);
    const requests = match ? Number(match[1]) : 0;
    if (match === null || requests < 1) {
      throw new ConfigurationError(
        variable,
        `debe ser un número de solicitudes por ventana de tiempo, como 10/1h o 30/10m (recibido "${text}")`,
      );
    }
    return [bucket, { requests, windowSeconds: durationSeconds(variable, match[2], match[2]!, 1) }];
  });
  return Object.fromEntries(entries) as Record<PublicRateLimitBucket, RateLimitRule>;
}

/** VENTANILLA_PUBLIC_CHALLENGE=on|off and VENTANILLA_CHALLENGE_KEY (checked when the key is loaded). */
function publicChallengeOf(env: NodeJS.ProcessEnv): PublicChallengeSettings {
  const text = nonEmpty(env.VENTANILLA_PUBLIC_CHALLENGE) ?? 'on';
  const setting = text.toLowerCase();
  if (setting !== 'on' && setting !== 'off') {
    throw new ConfigurationError(
      'VENTANILLA_PUBLIC_CHALLENGE',
      `debe ser on (la verificación del formulario público activa) u off (recibido "${text}")`,
    );
  }
  return { required: setting === 'on', key: nonEmpty(env.VENTANILLA_CHALLENGE_KEY) };
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}
