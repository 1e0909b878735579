// What `npm run build` compiles into dist/: the application, never the specs' helpers and fixtures
// (they live beside the specs in src/domain). Read from the build's own configuration, the way tsc reads
// it — the files it names and every file they import — so a helper imported by production code is
// caught too.
import ts from 'typescript';
import { relative } from 'node:path';

const SPEC_SUPPORT = /(\.spec\.ts|-spec-fixtures\.ts|decider-spec\.ts)$/;

function filesTheBuildCompiles(): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.build.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error('tsconfig.build.json could not be read');
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  return program
    .getSourceFiles()
    .map((file) => relative(process.cwd(), file.fileName))
    .filter((file) => !file.startsWith('node_modules'));
}

describe('the build', () => {
  const compiled = filesTheBuildCompiles();

  it('compiles the application', () => {
    expect(compiled).toEqual(
      expect.arrayContaining([
        'src/main.ts',
        'src/domain/pqrs/decide.ts',
        'src/engine/commands/run-command.ts',
      ]),
    );
  });

  it('compiles no spec, spec helper or fixture', () => {
    expect(compiled.filter((file) => SPEC_SUPPORT.test(file))).toEqual([]);
  });
});
