// Ventanilla's log: pino under Nest's LoggerService. JSON lines (LOG_FORMAT=json, the default in production)
// for a log collector, readable lines (pretty) for a developer. LOG_LEVEL keeps its meaning: error, warn,
// log (pino's info) or debug. Every line written while a request is served carries its request id and the
// correlation id its commands' events record (request-context.ts).
import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { VentanillaConfig } from '../../config/configuration.js';
import { currentRequest } from './request-context.js';

/** Where the lines go: a file descriptor (1 stdout, 2 stderr) or a stream (tests). */
export type LogDestination = 1 | 2 | DestinationStream;

const PINO_LEVELS: Record<VentanillaConfig['logLevel'], Level> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
};

/**
 * Paths never written even if some code passed them to the log by mistake: credentials, sessions, the
 * variables and body of a GraphQL request (where the personal data travel).
 */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'body',
  'req.body',
  'variables',
  'graphql.variables',
  'password',
  'token',
  '*.password',
  '*.token',
];

export function createPinoLogger(
  config: Pick<VentanillaConfig, 'logLevel' | 'logFormat'>,
  destination: LogDestination = 1,
): Logger {
  const options = {
    level: PINO_LEVELS[config.logLevel],
    base: { service: 'ventanilla' },
    // Level names rather than numbers; ISO times in UTC.
    formatters: { level: (label: string) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED, censor: '[oculto]' },
    // The request's ids on every line written while it is served.
    mixin: () => {
      const request = currentRequest();
      return request === undefined
        ? {}
        : { requestId: request.requestId, correlationId: request.correlationId };
    },
  };
  if (config.logFormat === 'pretty') {
    return pino(
      options,
      pretty({
        destination,
        sync: true,
        colorize: typeof destination === 'number' && process.stdout.isTTY === true,
        // Dates as the office reads them: dd/mm/aaaa.
        translateTime: 'SYS:dd/mm/yyyy HH:MM:ss.l',
        ignore: 'pid,hostname,service',
        messageFormat: '{if context}[{context}] {end}{msg}',
        singleLine: true,
      }),
    );
  }
  return pino(
    options,
    typeof destination === 'number' ? pino.destination({ dest: destination, sync: true }) : destination,
  );
}

/** Nest's logger interface over pino: what `new Logger('Contexto').log(...)` anywhere in the code writes. */
export class VentanillaLogger implements LoggerService {
  constructor(readonly pino: Logger) {}

  log(message: unknown, ...optionalParams: unknown[]): void {
    this.write('info', message, optionalParams);
  }

  error(message: unknown, ...optionalParams: unknown[]): void {
    this.write('error', message, optionalParams);
  }

  warn(message: unknown, ...optionalParams: unknown[]): void {
    this.write('warn', message, optionalParams);
  }

  debug(message: unknown, ...optionalParams: unknown[]): void {
    this.write('debug', message, optionalParams);
  }

  verbose(message: unknown, ...optionalParams: unknown[]): void {
    this.write('trace', message, optionalParams);
  }

  fatal(message: unknown, ...optionalParams: unknown[]): void {
    this.write('fatal', message, optionalParams);
  }

  private write(level: Level, message: unknown, optionalParams: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const params = [...optionalParams];
    // Nest passes the logger's context last.
    const context =
      params.length > 0 && typeof params[params.length - 1] === 'string' ? params.pop() : undefined;
    const fields: Record<string, unknown> = context === undefined ? {} : { context };
    // Logger.error(message, stack, context): the stack of an error logged as text.
    const stack = params.find(
      (param): param is string => typeof param === 'string' && /\n\s+at /.test(param),
    );
    if (stack !== undefined) fields.stack = stack;
    if (message instanceof Error) {
      fields.err = message;
      this.pino[level](fields, message.message);
    } else if (typeof message === 'string') {
      this.pino[level](fields, message);
    } else {
      this.pino[level]({ ...fields, detail: message }, typeof message);
    }
  }
}
