// A real Ventanilla on a temporary data folder whose log lines the test reads: the application writes them
// to a stream here instead of stdout, exactly as it would write them there.
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createVentanillaApp } from '../../src/app.js';
import { loadConfiguration } from '../../src/config/configuration.js';

export const ADMIN = { username: 'admin', password: 'admin-secreto-123' };

export class LoggedVentanilla {
  /** Every chunk the logger wrote, in order. */
  private readonly written: string[] = [];

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    private readonly dataDir: string,
    written: string[],
  ) {
    this.written = written;
  }

  static async start(environment: Record<string, string>): Promise<LoggedVentanilla> {
    const dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-logs-'));
    const config = loadConfiguration({
      PORT: '0',
      VENTANILLA_DATA_DIR: dataDir,
      VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
      VENTANILLA_SIGN_IN_FIRST_DELAY: '0s',
      ...environment,
    });
    const written: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        written.push(chunk.toString());
        callback();
      },
    });
    const app = await createVentanillaApp(config, { logDestination: destination });
    await app.listen(0, '127.0.0.1');
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    return new LoggedVentanilla(app, url, dataDir, written);
  }

  /** The log so far, split into lines. */
  lines(): string[] {
    return this.written
      .join('')
      .split('\n')
      .filter((line) => line !== '');
  }

  async stop(): Promise<void> {
    await this.app.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async post(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; headers: Headers; body: GraphQLBody }> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphQLBody,
    };
  }

  /** A GraphQL request that must succeed: its data. */
  async ok(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<Record<string, any>> {
    const { body } = await this.post(query, variables, token === undefined ? {} : { token });
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as Record<string, any>;
  }

  async login(username: string, password: string): Promise<string> {
    const data = await this.ok(
      'mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return data.login.token as string;
  }
}

export interface GraphQLBody {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { readonly message: string; readonly extensions?: Record<string, unknown> }[];
}
