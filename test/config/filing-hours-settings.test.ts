// VENTANILLA_OFFICE_HOURS and VENTANILLA_AFTER_HOURS_RULE: read and checked at start-up, the safer rule by
// default, a wrong value refused naming the variable.
import { ConfigurationError, loadConfiguration } from '../../src/config/configuration.js';

const load = (env: Record<string, string>) => loadConfiguration({ PORT: '3000', ...env });

describe('the filing-hours settings', () => {
  it('default to 07:00-17:00 and the receipt-day rule, which never gives a later due date', () => {
    expect(load({}).filingHours).toEqual({
      officeHours: { opensAt: '07:00', closesAt: '17:00' },
      afterHoursRule: 'RECEIPT_DAY',
    });
  });

  it('take the office’s hours and the art. 54 rule', () => {
    expect(
      load({ VENTANILLA_OFFICE_HOURS: '08:00-16:30', VENTANILLA_AFTER_HOURS_RULE: 'NEXT_BUSINESS_DAY' })
        .filingHours,
    ).toEqual({ officeHours: { opensAt: '08:00', closesAt: '16:30' }, afterHoursRule: 'NEXT_BUSINESS_DAY' });
  });

  it.each(['17:00-07:00', '8-17', '08:00 a 17:00'])(
    'refuses office hours "%s", naming the variable',
    (value) => {
      expect(() => load({ VENTANILLA_OFFICE_HOURS: value })).toThrow(ConfigurationError);
      expect(() => load({ VENTANILLA_OFFICE_HOURS: value })).toThrow(/VENTANILLA_OFFICE_HOURS/);
    },
  );

  it('refuses a rule it does not know, naming the variable', () => {
    expect(() => load({ VENTANILLA_AFTER_HOURS_RULE: 'ART_54' })).toThrow(/VENTANILLA_AFTER_HOURS_RULE/);
  });
});
