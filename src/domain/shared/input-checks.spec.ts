import { isBlank, isOneOf } from './input-checks.js';

describe('a required text', () => {
  it('is blank when empty or only spaces', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank('  \n\t ')).toBe(true);
  });

  it('is blank when the JSON input sent no string at all', () => {
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(42)).toBe(true);
  });

  it('is not blank with one visible character, spaces around it included', () => {
    expect(isBlank(' a ')).toBe(false);
  });
});

describe('a code of a domain list', () => {
  const channels = ['EMAIL', 'WEB'] as const;

  it('is one of the list only as written there', () => {
    expect(isOneOf(channels, 'WEB')).toBe(true);
    expect(isOneOf(channels, 'web')).toBe(false);
    expect(isOneOf(channels, 'FAX')).toBe(false);
  });

  it('is none of the list when the JSON input sent no string', () => {
    expect(isOneOf(channels, null)).toBe(false);
    expect(isOneOf(channels, undefined)).toBe(false);
    expect(isOneOf(channels, ['WEB'])).toBe(false);
  });
});
