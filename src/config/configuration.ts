// Reads and validates the environment once, at start-up: a wrong value fails fast naming the variable.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checklistProblem,
  mergeChecklists,
  type AffiliationChecklists,
} from '../domain/affiliation/checklists.js';
import { AFFILIATION_TYPES, type AffiliationType } from '../domain/affiliation/events.js';
import {
  parseContraloriaColumns,
  parseIndicatorTargets,
  type ReportSettings,
} from '../features/reports/report-settings.js';
import { parseRetentionYears, RETENTION_VARIABLE, type RetentionYears } from './retention-schedule.js';

export interface VentanillaConfig {
  readonly port: number;
  /** HOST: the address the server listens on (e.g. 127.0.0.1 behind a proxy); null: every interface. */
  readonly host: string | null;
  /** VENTANILLA_QUERY_TIME_LIMIT_MS: how long a GraphQL query may run before it is cut short. */
  readonly queryTimeLimitMs: number;
  readonly dataDir: string;
  /** `username:password` for the first administrator, or null for a random password printed once. */
  readonly bootstrapAdmin: string | null;
  readonly jwtSecret: string | null;
  readonly tokenTtl: string;
  readonly masterKey: string | null;
  /** Days the entity declares closed besides weekends and public holidays (e.g. 24 and 31 December). */
  readonly extraNonWorkingDays: readonly string[];
  /** Business days a fact may be dated before it is recorded without a coordinator's reason. */
  readonly lateEntryWindowBusinessDays: number;
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug';
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

  const storage: StorageSettings = {
    eventStoreUrl: connectionString('EVENTSTORE_URL', env.EVENTSTORE_URL, EVENT_STORE_URL_SCHEMES),
    mongoUrl: connectionString('MONGODB_URL', env.MONGODB_URL, MONGODB_URL_SCHEMES),
  };

  const retentionYears = parseRetentionYears(nonEmpty(env[RETENTION_VARIABLE]));
  if (typeof retentionYears === 'string') throw new ConfigurationError(RETENTION_VARIABLE, retentionYears);

  return {
    port,
    host,
    queryTimeLimitMs,
    dataDir: resolve(nonEmpty(env.VENTANILLA_DATA_DIR) ?? './data'),
    bootstrapAdmin,
    jwtSecret: nonEmpty(env.VENTANILLA_JWT_SECRET),
    tokenTtl,
    masterKey: nonEmpty(env.VENTANILLA_MASTER_KEY),
    extraNonWorkingDays,
    lateEntryWindowBusinessDays,
    logLevel,
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

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

export const VENTANILLA_CONFIG = Symbol('VentanillaConfig');
