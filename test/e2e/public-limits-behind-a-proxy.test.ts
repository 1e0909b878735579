// Behind the office's reverse proxy every request comes from the proxy's address: with
// VENTANILLA_TRUST_PROXY the per-address limits count the citizen's address the proxy forwards, so one
// abusive client is throttled and the others are not.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const PUBLIC_CASE = `query { publicCase(radicado: "PQRS-2026-000001", accessCode: "AAAA-BBBB-CCCC-DDDD") { radicado } }`;

describe('public rate limits behind a reverse proxy', () => {
  let ventanilla: VentanillaHarness;

  const ask = async (forwardedFor: string) => {
    const response = await fetch(ventanilla.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: PUBLIC_CASE }),
    });
    return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({
      VENTANILLA_TRUST_PROXY: 'loopback',
      VENTANILLA_PUBLIC_RATE_TRACKING: '3/1h',
    });
  });
  afterAll(() => ventanilla.stop());

  it('throttles the forwarded client address, not the proxy’s', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await ask('203.0.113.7')).toEqual({ data: { publicCase: null } });
    }
    expect((await ask('203.0.113.7')).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(await ask('198.51.100.20')).toEqual({ data: { publicCase: null } });
  });
});
