// The log's two formats: JSON lines (LOG_FORMAT=json, the default in production) that a collector reads
// field by field, and readable lines (pretty, the default elsewhere) with the date as dd/mm/aaaa. LOG_LEVEL
// keeps its meaning. Every request's line has its request id, echoed in the answer's X-Request-Id.
import { Logger } from '@nestjs/common';
import { Writable } from 'node:stream';
import { ConfigurationError, loadConfiguration } from '../../src/config/configuration.js';
import { createPinoLogger, VentanillaLogger } from '../../src/infrastructure/logging/logger.js';
import { ADMIN, LoggedVentanilla } from './logged-ventanilla.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('LOG_FORMAT and VENTANILLA_SHUTDOWN_TIMEOUT_MS', () => {
  it('defaults to json in production and pretty elsewhere, and refuses any other format by name', () => {
    expect(loadConfiguration({ NODE_ENV: 'production' }).logFormat).toBe('json');
    expect(loadConfiguration({ NODE_ENV: 'development' }).logFormat).toBe('pretty');
    expect(loadConfiguration({}).logFormat).toBe('pretty');
    expect(loadConfiguration({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(loadConfiguration({ LOG_FORMAT: 'JSON' }).logFormat).toBe('json');
    expect(() => loadConfiguration({ LOG_FORMAT: 'xml' })).toThrow(ConfigurationError);
    expect(() => loadConfiguration({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });

  it('takes the shutdown wait in milliseconds, 10 s by default', () => {
    expect(loadConfiguration({}).shutdownTimeoutMs).toBe(10_000);
    expect(loadConfiguration({ VENTANILLA_SHUTDOWN_TIMEOUT_MS: '2500' }).shutdownTimeoutMs).toBe(2500);
    expect(() => loadConfiguration({ VENTANILLA_SHUTDOWN_TIMEOUT_MS: '10s' })).toThrow(
      /VENTANILLA_SHUTDOWN_TIMEOUT_MS/,
    );
  });
});

describe('the Nest logger over pino', () => {
  const capture = (logLevel: 'error' | 'warn' | 'log' | 'debug') => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        for (const line of chunk.toString().split('\n')) if (line !== '') lines.push(JSON.parse(line));
        callback();
      },
    });
    return { lines, logger: new VentanillaLogger(createPinoLogger({ logLevel, logFormat: 'json' }, stream)) };
  };

  it('keeps LOG_LEVEL: log writes info and above, warn only warnings and errors, debug everything', () => {
    for (const [level, expected] of [
      ['error', ['error']],
      ['warn', ['warn', 'error']],
      ['log', ['info', 'warn', 'error']],
      ['debug', ['debug', 'info', 'warn', 'error']],
    ] as const) {
      const { lines, logger } = capture(level);
      logger.debug('detalle', 'Prueba');
      logger.log('informa', 'Prueba');
      logger.warn('advierte', 'Prueba');
      logger.error('falla', 'Prueba');
      logger.verbose('minucia', 'Prueba');
      expect({ level, written: lines.map((line) => line.level) }).toEqual({ level, written: expected });
    }
  });

  it("writes Nest's context as a field, and an error's message and stack", () => {
    const { lines, logger } = capture('log');
    logger.log('Ventanilla escucha', 'Ventanilla');
    logger.error('No se pudo enviar', 'Error: falló\n    at enviar (notificador.js:1:1)', 'Notificaciones');
    logger.error(new Error('almacén caído'), 'Proyecciones');
    expect(lines[0]).toMatchObject({
      level: 'info',
      context: 'Ventanilla',
      msg: 'Ventanilla escucha',
      service: 'ventanilla',
    });
    expect(lines[1]).toMatchObject({ level: 'error', context: 'Notificaciones', msg: 'No se pudo enviar' });
    expect(lines[1]!.stack).toContain('at enviar');
    expect(lines[2]).toMatchObject({ level: 'error', context: 'Proyecciones', msg: 'almacén caído' });
    expect((lines[2]!.err as { stack: string }).stack).toContain('almacén caído');
    expect(new Date(lines[0]!.time as string).toISOString()).toBe(lines[0]!.time);
  });
});

describe('a running Ventanilla', () => {
  it('writes JSON lines with LOG_FORMAT=json: start-up lines and one line per request with its ids', async () => {
    const ventanilla = await LoggedVentanilla.start({ LOG_FORMAT: 'json', LOG_LEVEL: 'log' });
    try {
      const first = await ventanilla.post(
        'query Ping { __typename }',
        {},
        {
          headers: { 'x-request-id': 'balanceador-0042' },
        },
      );
      const second = await ventanilla.post(
        '{ __typename }',
        {},
        { headers: { 'x-request-id': 'no vale\testo' } },
      );
      await ventanilla.post(
        'mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: ADMIN.username, p: ADMIN.password },
      );

      const lines = ventanilla.lines();
      const entries = lines.map((line) => JSON.parse(line) as Record<string, any>);
      for (const entry of entries) {
        expect(entry).toEqual(
          expect.objectContaining({
            level: expect.any(String),
            time: expect.any(String),
            msg: expect.any(String),
          }),
        );
      }
      // Nest's own start-up lines come through the same logger.
      expect(
        entries.some((entry) => entry.context === 'RoutesResolver' || entry.context === 'InstanceLoader'),
      ).toBe(true);

      // A sane request id from a proxy is kept; anything else is replaced by a fresh one.
      expect(first.headers.get('x-request-id')).toBe('balanceador-0042');
      const replaced = second.headers.get('x-request-id')!;
      expect(replaced).toMatch(UUID);
      const requests = entries.filter((entry) => entry.context === 'HTTP');
      expect(requests.find((entry) => entry.requestId === 'balanceador-0042')).toMatchObject({
        level: 'info',
        correlationId: 'balanceador-0042',
        method: 'POST',
        path: '/graphql',
        status: 200,
        graphql: { type: 'query', name: 'Ping', fields: ['__typename'] },
        durationMs: expect.any(Number),
      });
      expect(requests.find((entry) => entry.requestId === replaced)).toMatchObject({
        graphql: { type: 'query', name: null, fields: ['__typename'] },
      });
      expect(requests.find((entry) => entry.graphql?.name === 'SignIn')).toMatchObject({
        graphql: { type: 'mutation', fields: ['login'] },
      });
    } finally {
      await ventanilla.stop();
    }
  }, 60_000);

  it('writes readable lines with LOG_FORMAT=pretty: the date as dd/mm/aaaa, the level, the context and the message', async () => {
    const ventanilla = await LoggedVentanilla.start({ LOG_FORMAT: 'pretty', LOG_LEVEL: 'log' });
    try {
      const answer = await ventanilla.post('query Ping { __typename }');
      new Logger('Prueba').warn('Una advertencia legible');
      const lines = ventanilla.lines();
      for (const line of lines) expect(() => JSON.parse(line)).toThrow();
      const requestLine = lines.find((line) => line.includes(answer.headers.get('x-request-id')!));
      expect(requestLine).toMatch(
        /^\[\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}\.\d{3}\] INFO: \[HTTP\] POST \/graphql 200 /,
      );
      expect(requestLine).toContain('"name":"Ping"');
      expect(lines.find((line) => line.includes('Una advertencia legible'))).toMatch(
        / WARN: \[Prueba\] Una advertencia legible/,
      );
    } finally {
      await ventanilla.stop();
    }
  }, 60_000);
});
