// The semáforo's display: a word and a colour for every value the domain computes, the sentence that
// explains it, and nothing for cases whose term no longer runs.
import { DUE_SOON_BUSINESS_DAYS as DOMAIN_DUE_SOON_BUSINESS_DAYS } from '../../src/domain/pqrs/legal-terms.js';
import { TRAFFIC_LIGHTS } from '../../src/domain/pqrs/traffic-light.js';
import { DUE_SOON_BUSINESS_DAYS, trafficLightDisplay } from '../../web/src/logic/traffic-light.js';

describe('the semáforo display', () => {
  it('names each value with the glossary word and a colour of its own', () => {
    expect(trafficLightDisplay('ON_TIME')).toMatchObject({ label: 'A tiempo', colour: 'success' });
    expect(trafficLightDisplay('DUE_SOON')).toMatchObject({ label: 'Por vencer', colour: 'warning' });
    expect(trafficLightDisplay('OVERDUE')).toMatchObject({ label: 'Vencida', colour: 'error' });
  });

  it('covers every value the domain can compute, with distinct words, so colour is never the only signal', () => {
    const displays = TRAFFIC_LIGHTS.map((value) => trafficLightDisplay(value));
    expect(displays.every((display) => display !== null && display.label.length > 0)).toBe(true);
    expect(new Set(displays.map((display) => display?.label)).size).toBe(TRAFFIC_LIGHTS.length);
    expect(new Set(displays.map((display) => display?.colour)).size).toBe(TRAFFIC_LIGHTS.length);
  });

  it('explains the threshold in business days, the same the domain uses', () => {
    expect(DUE_SOON_BUSINESS_DAYS).toBe(DOMAIN_DUE_SOON_BUSINESS_DAYS);
    expect(trafficLightDisplay('DUE_SOON')?.description).toBe(
      'Faltan 3 días hábiles o menos para el vencimiento.',
    );
    expect(trafficLightDisplay('ON_TIME')?.description).toBe(
      'Faltan más de 3 días hábiles para el vencimiento.',
    );
    expect(trafficLightDisplay('OVERDUE')?.description).toMatch(/ya pasó/);
  });

  it('shows nothing for a case whose term no longer runs', () => {
    expect(trafficLightDisplay(null)).toBeNull();
    expect(trafficLightDisplay(undefined)).toBeNull();
  });
});
