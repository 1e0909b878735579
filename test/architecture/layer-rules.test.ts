// The layer rules (.dependency-cruiser.cjs, run by `npm run lint`) hold on the code, and each of them
// catches the violation it exists for: a small tree shaped like src/, one forbidden import per rule,
// cruised with the project's own rules.
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const RULES = resolve('.dependency-cruiser.cjs');

/** The rule each import of the tree breaks, by importing file. */
const VIOLATIONS: Readonly<Record<string, { readonly imports: string; readonly rule: string }>> = {
  'src/domain/pqrs/decide.ts': { imports: '../../engine/eventstore/event-store.js', rule: 'domain-is-pure' },
  'src/engine/commands/executor.ts': {
    imports: '../../features/pqrs/commands.js',
    rule: 'engine-knows-no-feature',
  },
  'src/features/faq/graphql/faq.resolver.ts': {
    imports: '../../../engine/read-models/sqlite/sqlite-read-model-store.js',
    rule: 'graphql-not-storage',
  },
  'src/graphql/error-format.ts': {
    imports: '../engine/eventstore/event-store.js',
    rule: 'graphql-not-storage',
  },
  'src/features/faq/read-models/faq-queries.ts': {
    imports: '../../../personal-data/personal-data-store.js',
    rule: 'read-models-without-people',
  },
  'src/features/surveys/commands.ts': {
    imports: '../pqrs/read-models/cases-projection.js',
    rule: 'feature-internals-are-private',
  },
};

/** Imports the rules allow, so the test also shows they do not refuse too much. */
const ALLOWED: Readonly<Record<string, string>> = {
  'src/features/improvement-actions/commands.ts': '../pqrs/index.js',
  'src/features/pqrs/index.ts': './commands.js',
  'src/features/pqrs/graphql/pqrs.resolver.ts': '../../../engine/commands/run-command.js',
  'src/domain/survey/decide.ts': '../shared/decider.js',
};

async function cruiseTree(root: string): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(RULES);
  const result = await cruise(['src'], { ...options, baseDir: root, tsConfig: undefined });
  if (typeof result.output === 'string') throw new Error('expected a JSON cruise result');
  return result.output;
}

function write(root: string, file: string, content: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), content);
}

describe('the layer rules', () => {
  it('hold on the code as it stands', async () => {
    const options = await extractDepcruiseOptions(RULES);
    const result = await cruise(['src'], options);
    if (typeof result.output === 'string') throw new Error('expected a JSON cruise result');
    expect(
      result.output.summary.violations.map((violation) => `${violation.from} → ${violation.to}`),
    ).toEqual([]);
  });

  describe('on a tree with one violation of each', () => {
    let root: string;
    let result: ICruiseResult;

    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), 'ventanilla-layers-'));
      const targets = new Set<string>();
      for (const [file, { imports }] of Object.entries(VIOLATIONS)) {
        write(root, file, `import { x } from '${imports}';\nexport const y = x;\n`);
        targets.add(join(dirname(file), imports).replace(/\.js$/, '.ts'));
      }
      for (const [file, imports] of Object.entries(ALLOWED)) {
        write(root, file, `import { x } from '${imports}';\nexport const y = x;\n`);
        targets.add(join(dirname(file), imports).replace(/\.js$/, '.ts'));
      }
      for (const target of targets) write(root, target, 'export const x = 1;\n');
      result = await cruiseTree(root);
    });

    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it.each(Object.entries(VIOLATIONS))('%s breaks a rule', (file, { rule }) => {
      const found = result.summary.violations.filter((violation) => violation.from === file);
      expect(found.map((violation) => violation.rule.name)).toEqual([rule]);
    });

    it('allows what the architecture allows', () => {
      const allowed = new Set(Object.keys(ALLOWED));
      expect(result.summary.violations.filter((violation) => allowed.has(violation.from))).toEqual([]);
    });
  });
});
