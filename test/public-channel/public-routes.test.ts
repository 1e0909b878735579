// The public channel's plain routes over real HTTP: the challenge from the running application (and not
// the web client's page, which answers every other /ventanilla/* path), and the constancia from a small
// application whose PQRS look-up is a fake kept in another module, as the PQRS feature will keep its own.
import { Global, Module, type INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PUBLIC_RATE_LIMITS } from '../../src/config/configuration.js';
import { GraphQLErrorPassThrough } from '../../src/graphql/error-format.js';
import { ACCESS_TOKEN_VERIFIER, RolesGuard } from '../../src/identity/auth.js';
import {
  CHALLENGE_ALGORITHM,
  CHALLENGE_REFUSED,
  PublicChallenge,
} from '../../src/public-channel/challenge.js';
import {
  CONSTANCIA_NOT_FOUND,
  ConstanciaController,
} from '../../src/public-channel/constancia.controller.js';
import {
  PUBLIC_CASE_LOOKUP,
  type ConstanciaView,
  type PublicCaseLookup,
} from '../../src/public-channel/public-cases.js';
import { PublicRateLimits } from '../../src/public-channel/public-rate-limits.js';
import { extractPdf } from '../support/pdf-text.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import { asChallenge, solvedPayload } from './solve-challenge.js';

describe('GET /ventanilla/challenge', () => {
  let ventanilla: VentanillaHarness;
  let base: string;
  const webDir = mkdtempSync(join(tmpdir(), 'ventanilla-web-'));

  beforeAll(async () => {
    // A stand-in for the built client, so that its catch-all route for the public pages is in place.
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Ventanilla</title>');
    ventanilla = await VentanillaHarness.start({ VENTANILLA_WEB_DIR: webDir });
    base = ventanilla.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await ventanilla.stop();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('answers anyone a fresh challenge, never cached, that the application accepts once solved', async () => {
    const response = await fetch(`${base}/ventanilla/challenge`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const challenge = asChallenge(await response.json());
    expect(challenge.parameters.algorithm).toBe(CHALLENGE_ALGORITHM);

    const payload = await solvedPayload(challenge);
    const challenges = ventanilla.app.get(PublicChallenge);
    await expect(challenges.verify(payload)).resolves.toBeUndefined();
    await expect(challenges.verify(payload)).rejects.toThrow(CHALLENGE_REFUSED);
  });

  it('gives each request its own challenge', async () => {
    const [first, second] = await Promise.all(
      [1, 2].map(async () => asChallenge(await (await fetch(`${base}/ventanilla/challenge`)).json())),
    );
    expect(first!.parameters.nonce).not.toBe(second!.parameters.nonce);
  });

  it('leaves the other /ventanilla paths to the web client, the constancia aside', async () => {
    const page = await fetch(`${base}/ventanilla/consulta`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Ventanilla</title>');

    const constancia = await fetch(`${base}/ventanilla/constancia.pdf?radicado=PQRS-2026-999999&code=ABCD`);
    expect(constancia.status).toBe(404);
    expect(await constancia.json()).toEqual({ error: { code: 'NOT_FOUND', message: CONSTANCIA_NOT_FOUND } });
  });
});

describe('GET /ventanilla/challenge with VENTANILLA_PUBLIC_CHALLENGE=off', () => {
  let ventanilla: VentanillaHarness;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({
      VENTANILLA_PUBLIC_CHALLENGE: 'off',
      VENTANILLA_PUBLIC_RATE_CHALLENGE: '2/10m',
    });
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('answers that no challenge is required, and the application asks for none', async () => {
    const response = await fetch(ventanilla.url.replace(/\/graphql$/, '/ventanilla/challenge'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ required: false });
    await expect(ventanilla.app.get(PublicChallenge).verify(undefined)).resolves.toBeUndefined();
  });

  it('counts each request against the address’s challenge limit', async () => {
    const url = ventanilla.url.replace(/\/graphql$/, '/ventanilla/challenge');
    // The test above used one of the two.
    expect((await fetch(url)).status).toBe(200);
    const refused = await fetch(url);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: 'TOO_MANY_REQUESTS' } });
  });
});

const FILING: ConstanciaView = {
  entityName: 'Corporación Pública de Atención Ciudadana',
  officeName: 'Oficina de Atención al Cliente',
  radicado: 'PQRS-2026-000042',
  accessCode: 'K7MQP2XW9RTB4HCZ',
  kindLabel: 'Queja',
  termBusinessDays: 15,
  receivedAt: '2026-03-02T14:05:30.000Z',
  dueDate: '2026-03-24',
  // Filed Monday 2 March 2026 in office hours: day 1 is Tuesday 3.
  termRunsFrom: '2026-03-03',
  subject: 'Atención en la sede norte',
  personTypeLabel: 'Persona natural',
  anonymous: false,
  petitioner: { name: 'Ana Pérez', document: 'CC •••456' },
  channelLabel: 'Página web',
  receivedBy: 'Ventanilla virtual',
  answerChannelLabel: 'Correo electrónico',
  attachments: [
    {
      fileName: 'foto-fila.jpg',
      size: 120_000,
      sha256: 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb',
    },
  ],
  policyVersion: 'texto-3f2a9c1b7d4e',
  trackingUrl: 'http://localhost/ventanilla/consulta',
};

/** The PQRS feature's part, faked: one filing, its code compared as the real look-up compares it. */
class FakePublicCases implements PublicCaseLookup {
  readonly asked: [string, string][] = [];

  async constanciaOf(radicado: string, accessCode: string): Promise<ConstanciaView | null> {
    this.asked.push([radicado, accessCode]);
    const typed = accessCode.replace(/[\s-]/g, '').toUpperCase();
    return radicado === FILING.radicado && typed === FILING.accessCode ? FILING : null;
  }
}

const fakePublicCases = new FakePublicCases();

/** Provides the look-up to every module, as the PQRS feature's module does. */
@Global()
@Module({
  providers: [{ provide: PUBLIC_CASE_LOOKUP, useValue: fakePublicCases }],
  exports: [PUBLIC_CASE_LOOKUP],
})
class FakePqrsModule {}

/**
 * The constancia route behind the application's real guard (no session is ever valid), error filter and
 * rate limits (`trackingLookUps` per address).
 */
function constanciaModule(withPqrs: boolean, trackingLookUps = 100) {
  @Module({
    imports: withPqrs ? [FakePqrsModule] : [],
    controllers: [ConstanciaController],
    providers: [
      {
        provide: PublicRateLimits,
        useValue: new PublicRateLimits({
          ...DEFAULT_PUBLIC_RATE_LIMITS,
          tracking: { requests: trackingLookUps, windowSeconds: 600 },
        }),
      },
      {
        provide: ACCESS_TOKEN_VERIFIER,
        useValue: {
          verify: async () => {
            throw new Error('ninguna sesión es válida aquí');
          },
        },
      },
      { provide: APP_GUARD, useClass: RolesGuard },
      { provide: APP_FILTER, useClass: GraphQLErrorPassThrough },
    ],
  })
  class ConstanciaTestModule {}
  return ConstanciaTestModule;
}

async function listening(module: ReturnType<typeof constanciaModule>): Promise<[INestApplication, string]> {
  const app = await NestFactory.create(module, { logger: false });
  await app.listen(0, '127.0.0.1');
  return [app, (await app.getUrl()).replace('[::1]', '127.0.0.1')];
}

describe('GET /ventanilla/constancia.pdf', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    [app, base] = await listening(constanciaModule(true));
  });

  afterAll(async () => {
    await app.close();
  });

  const constancia = (query: string) => fetch(`${base}/ventanilla/constancia.pdf?${query}`);

  it('answers the PDF, as a download never cached, to whoever holds the access code', async () => {
    const response = await constancia('radicado=PQRS-2026-000042&code=k7mq-p2xw-9rtb-4hcz');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="constancia-PQRS-2026-000042.pdf"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { pages } = await extractPdf(Buffer.from(await response.arrayBuffer()));
    const text = pages.flat().join(' ');
    expect(text).toContain('PQRS-2026-000042');
    expect(text).toContain('24/03/2026');
    expect(text).toContain('foto-fila.jpg');
    expect(fakePublicCases.asked).toContainEqual(['PQRS-2026-000042', 'k7mq-p2xw-9rtb-4hcz']);
  });

  it('answers an unknown radicado, a wrong code and a malformed request with the same 404', async () => {
    const answers = await Promise.all(
      [
        'radicado=PQRS-2026-000099&code=K7MQP2XW9RTB4HCZ',
        'radicado=PQRS-2026-000042&code=K7MQP2XW9RTB4HCA',
        'radicado=PQRS-2026-000042',
        'radicado=PQRS-2026-000042&code=',
        `radicado=PQRS-2026-000042&code=${'K'.repeat(65)}`,
        'radicado=PQRS-2026-000042&radicado=PQRS-2026-000043&code=K7MQP2XW9RTB4HCZ',
      ].map(async (query) => {
        const response = await constancia(query);
        return [response.status, response.headers.get('content-type'), await response.text()];
      }),
    );
    const notFound = [
      404,
      expect.stringMatching(/^application\/json/),
      JSON.stringify({ error: { code: 'NOT_FOUND', message: CONSTANCIA_NOT_FOUND } }),
    ];
    for (const answer of answers) expect(answer).toEqual(notFound);
  });
});

describe('GET /ventanilla/constancia.pdf, many times from one address', () => {
  it('refuses look-ups past the tracking limit, right code or not', async () => {
    const [app, base] = await listening(constanciaModule(true, 2));
    try {
      const constancia = (code: string) =>
        fetch(`${base}/ventanilla/constancia.pdf?radicado=PQRS-2026-000042&code=${code}`);
      expect((await constancia('K7MQP2XW9RTB4HCA')).status).toBe(404);
      expect((await constancia('K7MQP2XW9RTB4HCB')).status).toBe(404);
      const refused = await constancia('K7MQP2XW9RTB4HCZ');
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ error: { code: 'TOO_MANY_REQUESTS' } });
    } finally {
      await app.close();
    }
  });
});

describe('GET /ventanilla/constancia.pdf before the PQRS feature provides its look-up', () => {
  it('answers every request with the same 404', async () => {
    const [app, base] = await listening(constanciaModule(false));
    try {
      const response = await fetch(
        `${base}/ventanilla/constancia.pdf?radicado=PQRS-2026-000042&code=K7MQP2XW9RTB4HCZ`,
      );
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: CONSTANCIA_NOT_FOUND } });
    } finally {
      await app.close();
    }
  });
});
