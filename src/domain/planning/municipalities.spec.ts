import {
  CUNDINAMARCA_DEPARTMENT_CODE,
  CUNDINAMARCA_MUNICIPALITIES,
  isCundinamarcaMunicipalityCode,
  municipalityByCode,
  municipalityName,
} from './municipalities.js';

// SHA-256 of every `code<TAB>name` line joined by `\n` (UTF-8, NFC), in the order of the list. Written
// after the list was checked row by row against two independent public copies of DANE's DIVIPOLA table:
// hom669/RegistroRedOracion data.sql (commit 0bd3324) and jgregoriorincon/jgregoriorincon.github.io
// lideres/data/codigos_mpios.js (commit 1ce0b70); same 116 codes, names in DANE's spelling. An edit to
// any code or name, even an accent, fails here: check it against DANE's DIVIPOLA before changing this.
const CHECKED_LIST_SHA256 = '36205b7b357d04ff177af5eb91770934f50ad518edebd80b49c8555267de27a9';

async function sha256Hex(text: string): Promise<string> {
  // The Web Crypto global of Node: the domain imports no Node module, not even in its specs.
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('the municipalities of Cundinamarca', () => {
  it('are the 116 of DANE, each code unique and made of 25 and three digits', () => {
    expect(CUNDINAMARCA_MUNICIPALITIES).toHaveLength(116);
    const codes = CUNDINAMARCA_MUNICIPALITIES.map((municipality) => municipality.code);
    expect(new Set(codes).size).toBe(116);
    for (const code of codes) expect(code).toMatch(/^25\d{3}$/);
    expect(codes.every((code) => code.startsWith(CUNDINAMARCA_DEPARTMENT_CODE))).toBe(true);
    expect([...codes].sort()).toEqual(codes);
  });

  it('have unique names, trimmed, in NFC, as DANE writes them', () => {
    const names = CUNDINAMARCA_MUNICIPALITIES.map((municipality) => municipality.name);
    expect(new Set(names).size).toBe(116);
    for (const name of names) {
      expect(name).toBe(name.trim());
      expect(name).toBe(name.normalize('NFC'));
      expect(name).not.toMatch(/\s{2}/);
    }
  });

  it.each([
    ['25001', 'Agua de Dios'],
    ['25899', 'Zipaquirá'],
    ['25290', 'Fusagasugá'],
    ['25754', 'Soacha'],
    ['25269', 'Facatativá'],
    ['25307', 'Girardot'],
    ['25843', 'Villa de San Diego de Ubaté'],
    ['25328', 'Guayabal de Síquima'],
    ['25662', 'San Juan de Rioseco'],
    ['25426', 'Machetá'],
    ['25430', 'Madrid'],
    ['25438', 'Medina'],
  ])('%s is %s', (code, name) => {
    expect(municipalityByCode(code)).toEqual({ code, name });
    expect(municipalityName(code)).toBe(name);
  });

  it('match, as a whole, the list checked against DANE', async () => {
    const canonical = CUNDINAMARCA_MUNICIPALITIES.map(({ code, name }) => `${code}\t${name}`).join('\n');
    expect(await sha256Hex(canonical)).toBe(CHECKED_LIST_SHA256);
  });

  it('cannot be changed by whoever reads them', () => {
    expect(Object.isFrozen(CUNDINAMARCA_MUNICIPALITIES)).toBe(true);
    expect(Object.isFrozen(CUNDINAMARCA_MUNICIPALITIES[0])).toBe(true);
  });
});

describe('a municipality code', () => {
  it('is valid only as the exact five digits of a municipality of Cundinamarca', () => {
    expect(isCundinamarcaMunicipalityCode('25899')).toBe(true);
    expect(isCundinamarcaMunicipalityCode('25000')).toBe(false);
    expect(isCundinamarcaMunicipalityCode('11001')).toBe(false); // Bogotá is a district of its own
    expect(isCundinamarcaMunicipalityCode('05001')).toBe(false);
    expect(isCundinamarcaMunicipalityCode(' 25899')).toBe(false);
    expect(isCundinamarcaMunicipalityCode('Zipaquirá')).toBe(false);
    expect(isCundinamarcaMunicipalityCode(25899)).toBe(false);
    expect(isCundinamarcaMunicipalityCode(null)).toBe(false);
  });

  it('that is not in the list has no municipality, and its name is the code itself', () => {
    expect(municipalityByCode('25998')).toBeNull();
    expect(municipalityName('25998')).toBe('25998');
  });
});
