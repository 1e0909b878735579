// docker/docker-compose.yml and docker/Dockerfile cannot be run here (no Docker engine), so this reads them
// as data: the compose file must give the app every environment variable the code reads, with values the
// configuration accepts, wired to the engine services it starts; and the image must be multi-stage, with
// production dependencies only, running as an unprivileged user.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { loadConfiguration } from '../../src/config/configuration.js';

const root = join(import.meta.dirname, '..', '..');
const composeFile = join(root, 'docker', 'docker-compose.yml');
const dockerfile = join(root, 'docker', 'Dockerfile');

interface ComposeService {
  readonly image?: string;
  readonly build?: { readonly context: string; readonly dockerfile: string };
  readonly command?: readonly string[];
  readonly environment?: Record<string, string | number | boolean>;
  readonly depends_on?: Record<string, { readonly condition: string }>;
  readonly volumes?: readonly string[];
  readonly healthcheck?: { readonly test: readonly string[] };
}

interface ComposeFile {
  readonly services: Record<string, ComposeService>;
  readonly volumes: Record<string, unknown>;
}

const compose = parse(readFileSync(composeFile, 'utf8')) as ComposeFile;
const app = compose.services.ventanilla;

/** Every environment variable the application's code reads (`env.NAME` or `process.env.NAME`). */
function environmentVariablesReadBy(directory: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (path: string): void => {
    for (const entry of readdirSync(path)) {
      const child = join(path, entry);
      if (statSync(child).isDirectory()) {
        walk(child);
      } else if (child.endsWith('.ts') && !child.endsWith('.spec.ts')) {
        const source = readFileSync(child, 'utf8');
        for (const match of source.matchAll(
          /\benv\??\.([A-Z][A-Z0-9_]*)\b|\benv\[['"]([A-Z][A-Z0-9_]*)['"]\]/g,
        )) {
          found.set(match[1] ?? match[2], relative(root, child));
        }
      }
    }
  };
  walk(directory);
  return found;
}

/** Compose's `${NAME:-default}` and `${NAME}` interpolation, for a shell that sets none of them. */
function interpolated(value: string | number | boolean): string {
  return String(value).replace(
    /\$\{([A-Z0-9_]+)(?::?-([^}]*))?\}/g,
    (_whole, _name, fallback?: string) => fallback ?? '',
  );
}

const appEnvironment = Object.fromEntries(
  Object.entries(app.environment ?? {}).map(([name, value]) => [name, interpolated(value)]),
);

describe('docker/docker-compose.yml', () => {
  it('starts a KurrentDB node, a MongoDB replica set and the app, each with a health check', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['kurrentdb', 'mongodb', 'ventanilla']);
    for (const service of Object.values(compose.services)) {
      expect(service.healthcheck?.test.length).toBeGreaterThan(0);
    }
    expect(compose.services.kurrentdb.image).toMatch(/^docker\.kurrent\.io\/kurrent-latest\/kurrentdb:\d+/);
    expect(compose.services.mongodb.image).toMatch(/^mongo:\d+/);
  });

  it('sets every environment variable the application reads', () => {
    const read = environmentVariablesReadBy(join(root, 'src'));
    // Guards the scan itself: these are certainly read.
    expect([...read.keys()]).toEqual(expect.arrayContaining(['EVENTSTORE_URL', 'MONGODB_URL', 'PORT']));
    const missing = [...read]
      .filter(([name]) => !(name in appEnvironment))
      .map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });

  it('gives the app values its configuration accepts, pointing at the engine services', () => {
    const config = loadConfiguration(appEnvironment);
    expect(config.storage.eventStoreUrl).toBe('kurrentdb://kurrentdb:2113?tls=false');
    expect(config.storage.mongoUrl).toBe('mongodb://mongodb:27017/ventanilla?replicaSet=rs0');
    expect(config.port).toBe(Number(compose.services.ventanilla.environment?.PORT));
    // The replica set named in the URL is the one mongod is started with and its health check initiates.
    const mongod = compose.services.mongodb;
    expect(mongod.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
    expect(mongod.healthcheck?.test.join(' ')).toContain("_id: 'rs0'");
    expect(mongod.healthcheck?.test.join(' ')).toContain("host: 'mongodb:27017'");
  });

  it('starts the app only once both engines are healthy, and keeps every store on a named volume', () => {
    expect(app.depends_on).toEqual({
      kurrentdb: { condition: 'service_healthy' },
      mongodb: { condition: 'service_healthy' },
    });
    const named = Object.values(compose.services).flatMap((service) =>
      (service.volumes ?? []).map((volume) => volume.split(':')[0]),
    );
    expect(named.sort()).toEqual(Object.keys(compose.volumes).sort());
    expect(app.volumes).toContain(`ventanilla-data:${appEnvironment.VENTANILLA_DATA_DIR}`);
    expect(compose.services.kurrentdb.volumes).toContain('kurrentdb-data:/var/lib/kurrentdb');
    expect(compose.services.mongodb.volumes).toContain('mongodb-data:/data/db');
  });

  it('builds the app from docker/Dockerfile with the repository as context', () => {
    expect(app.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
    expect(statSync(join(root, 'docker', app.build!.context, app.build!.dockerfile)).isFile()).toBe(true);
  });

  it('keeps the commented three-node cluster variant next to the single node', () => {
    const text = readFileSync(composeFile, 'utf8');
    for (const node of ['kurrentdb-1', 'kurrentdb-2', 'kurrentdb-3']) {
      expect(text).toMatch(new RegExp(`^  # ${node}:`, 'm'));
    }
    expect(text).toContain('KURRENTDB_CLUSTER_SIZE: 3');
    expect(text).toContain('kurrentdb://kurrentdb-1:2113,kurrentdb-2:2113,kurrentdb-3:2113');
  });
});

describe('docker/Dockerfile', () => {
  const lines = readFileSync(dockerfile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const stages = lines.filter((line) => line.startsWith('FROM '));
  const runtime = lines.slice(lines.lastIndexOf(stages[stages.length - 1]));

  it('is multi-stage, and the image that runs takes production dependencies only', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(lines).toContain('RUN npm ci --omit=dev --no-audit --no-fund');
    const copiedModules = runtime.find((line) => line.includes('/app/node_modules'));
    expect(copiedModules).toMatch(/--from=production-dependencies/);
  });

  it('is enough for the server: every package the code imports at run time is a production dependency', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const imported = new Map<string, string>();
    const walk = (path: string): void => {
      for (const entry of readdirSync(path)) {
        const child = join(path, entry);
        if (statSync(child).isDirectory()) walk(child);
        else if (child.endsWith('.ts') && !child.endsWith('.spec.ts')) {
          const source = readFileSync(child, 'utf8');
          // `import type` is erased by the compiler: only value imports must resolve in the image.
          for (const match of source.matchAll(/^import (?!type )[^;]*? from '([^'.][^']*)';/gms)) {
            const specifier = match[1];
            if (specifier.startsWith('node:')) continue;
            const name = specifier.startsWith('@')
              ? specifier.split('/').slice(0, 2).join('/')
              : specifier.split('/')[0];
            imported.set(name, relative(root, child));
          }
        }
      }
    };
    walk(join(root, 'src'));
    expect(imported.size).toBeGreaterThan(10);
    const missing = [...imported]
      .filter(([name]) => !(name in manifest.dependencies))
      .map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });

  it('runs as the unprivileged node user, with a health check on readiness', () => {
    const user = runtime.find((line) => line.startsWith('USER '));
    expect(user).toBe('USER node');
    expect(runtime.indexOf(user!)).toBeLessThan(runtime.findIndex((line) => line.startsWith('CMD ')));
    expect(runtime.join('\n')).toMatch(/HEALTHCHECK[\s\S]*\/health\/ready/);
  });
});
