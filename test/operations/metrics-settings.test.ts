// VENTANILLA_METRICS_PORT: read and checked at start-up, a wrong value refused naming the variable.
import { ConfigurationError, loadConfiguration } from '../../src/config/configuration.js';

const load = (env: Record<string, string>) => loadConfiguration({ PORT: '3000', ...env });

describe('VENTANILLA_METRICS_PORT', () => {
  it('is off when unset or empty', () => {
    expect(load({}).metricsPort).toBeNull();
    expect(load({ VENTANILLA_METRICS_PORT: ' ' }).metricsPort).toBeNull();
  });

  it('takes a port, or 0 for one the system chooses', () => {
    expect(load({ VENTANILLA_METRICS_PORT: '9464' }).metricsPort).toBe(9464);
    expect(load({ VENTANILLA_METRICS_PORT: '0' }).metricsPort).toBe(0);
  });

  it.each(['-1', '65536', '9464abc', 'métricas', '94.6'])('refuses "%s", naming the variable', (value) => {
    expect(() => load({ VENTANILLA_METRICS_PORT: value })).toThrow(ConfigurationError);
    expect(() => load({ VENTANILLA_METRICS_PORT: value })).toThrow(/VENTANILLA_METRICS_PORT/);
  });

  it('refuses the application’s own port', () => {
    expect(() => load({ VENTANILLA_METRICS_PORT: '3000' })).toThrow(
      /VENTANILLA_METRICS_PORT debe ser distinto de PORT/,
    );
  });
});
