// Starts a real Ventanilla on a temporary data directory and a free port, and talks GraphQL to it
// over HTTP: the end-to-end tests use nothing else.
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVentanillaApp } from '../../src/app.js';
import { loadConfiguration, type VentanillaConfig } from '../../src/config/configuration.js';
import type { StorageEngines } from '../../src/engine/storage-engines.js';

export const ADMIN = { username: 'admin', password: 'admin-secreto-123' };

export interface GraphQLResponse<Data = Record<string, unknown>> {
  readonly data?: Data | null;
  readonly errors?: readonly {
    readonly message: string;
    readonly path?: readonly (string | number)[];
    readonly extensions?: Record<string, unknown>;
  }[];
}

export class VentanillaHarness {
  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly config: VentanillaConfig,
    private readonly ownsDataDir: boolean,
  ) {}

  static async start(
    overrides: Partial<Record<string, string>> = {},
    dataDir?: string,
    /** Opens the storage engines itself (default: from the configuration, i.e. SQLite in the data dir). */
    openEngines?: (config: VentanillaConfig) => Promise<StorageEngines>,
    /** The application's clock (default: the wall clock), for answers that depend on today. */
    clock?: () => Date,
  ): Promise<VentanillaHarness> {
    const directory = dataDir ?? mkdtempSync(join(tmpdir(), 'ventanilla-e2e-'));
    const config = loadConfiguration({
      PORT: '0',
      VENTANILLA_DATA_DIR: directory,
      VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
      LOG_LEVEL: 'error',
      ...overrides,
    });
    const app = await createVentanillaApp(config, {
      ...(openEngines === undefined ? {} : { engines: await openEngines(config) }),
      ...(clock === undefined ? {} : { clock }),
    });
    await app.listen(0, '127.0.0.1');
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    return new VentanillaHarness(app, url, config, dataDir === undefined);
  }

  async stop(): Promise<void> {
    await this.app.close();
    if (this.ownsDataDir) rmSync(this.config.dataDir, { recursive: true, force: true });
  }

  async graphql<Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<Data>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<Data>;
  }

  /** Like graphql() but fails the test on any error, returning the data. */
  async ok<Data = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ) {
    const response = await this.graphql<Data>(query, variables, token);
    if (response.errors?.length) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
    }
    return response.data as Data;
  }

  async login(username = ADMIN.username, password = ADMIN.password): Promise<string> {
    const data = await this.ok<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return data.login.token;
  }

  /** Creates a user with the given roles and returns its id and a session token. */
  async userWithRoles(adminToken: string, username: string, roles: string[], dependency?: string) {
    const password = `${username}-clave-segura`;
    const data = await this.ok<{ createUser: { id: string } }>(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username, password, fullName: `Funcionario ${username}`, roles, dependency } },
      adminToken,
    );
    return { id: data.createUser.id, token: await this.login(username, password) };
  }
}
