// `npm run erase -- --documento CC:1023456789 --fundamento HOLDER_REQUEST --solicitud PQRS-2026-000123`
// (or `--persona <id>`): erases a person's data on the data folder (VENTANILLA_DATA_DIR) exactly as the
// GraphQL `erasePersonalData` mutation does — decided by the same rules, recorded as PersonalDataErased by
// the operating-system user running it (in the ADMIN role: whoever runs this has the data folder in hand)
// — then destroys everything of the person in the vault and scrubs its files.
import 'reflect-metadata';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfiguration } from '../config/configuration.js';
import { createVentanillaApp } from '../app.js';
import { ERASURE_LEGAL_BASES, type ErasureLegalBasis } from '../domain/person/index.js';
import { DomainRuleViolation } from '../engine/application-errors.js';
import { PersonalDataErasure } from '../features/habeas-data/index.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../personal-data/personal-data-store.js';
import { runIfScript } from './run-as-script.js';

const USAGE =
  'Uso: npm run erase -- (--persona ID | --documento TIPO:NÚMERO) ' +
  `--fundamento <${ERASURE_LEGAL_BASES.join('|')}> --solicitud REFERENCIA`;

export async function runErase(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  output: { out: (line: string) => void; err: (line: string) => void } = {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        persona: { type: 'string' },
        documento: { type: 'string' },
        fundamento: { type: 'string' },
        solicitud: { type: 'string' },
      },
    });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 64;
  }
  const { persona, documento, fundamento, solicitud } = parsed.values;
  const document = documento === undefined ? null : /^([^:]+):(.+)$/.exec(documento);
  if (
    (persona === undefined) === (documento === undefined) ||
    (documento !== undefined && document === null) ||
    !(ERASURE_LEGAL_BASES as readonly (string | undefined)[]).includes(fundamento) ||
    solicitud === undefined
  ) {
    output.err(USAGE);
    return 64;
  }

  const config = loadConfiguration({ ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'error' });
  const app = await createVentanillaApp(config);
  try {
    await app.init();
    const personId =
      persona ??
      (await app.get<PersonalDataStore>(PERSONAL_DATA_STORE).findByDocument(document![1]!, document![2]!));
    if (personId === null) {
      output.err('No hay datos personales registrados con ese documento (o ya fueron suprimidos).');
      return 1;
    }
    const actor = { id: `cli:${userInfo().username}`, role: 'ADMIN' } as const;
    const { recorded, versionsErased, textsErased } = await app
      .get(PersonalDataErasure)
      .erase(
        { personId, legalBasis: fundamento as ErasureLegalBasis, requestReference: solicitud },
        { actor },
      );
    output.out(
      `Datos personales de ${personId} suprimidos (solicitud ${recorded.requestReference}, ${recorded.erasedAt}): ` +
        `${versionsErased} versiones y ${textsErased} textos destruidos; ` +
        `${recorded.recordsChecked.length} trámites revisados contra la tabla de retención.`,
    );
    return 0;
  } catch (error) {
    output.err(
      error instanceof DomainRuleViolation
        ? `Supresión rechazada (${error.domainError.code}): ${error.message}`
        : `Supresión fallida: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  } finally {
    await app.close();
  }
}

runIfScript(import.meta.url, (args) => runErase(args));
