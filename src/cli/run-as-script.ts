// Each command-line tool is a module the tests import and call (runErase, runReport…) and, when node runs
// it as the script, a program: this tells the two apart, symlinks (npm's .bin) resolved.
import { existsSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Whether the module at `moduleUrl` (its import.meta.url) is the script node was started with. */
export function isRunAsScript(moduleUrl: string): boolean {
  const scriptPath = process.argv[1];
  if (scriptPath === undefined || !existsSync(scriptPath)) return false;
  return moduleUrl === pathToFileURL(realpathSync(scriptPath)).href;
}

/** Runs the tool with the command line's arguments when its module is the script, setting the exit code. */
export function runIfScript(moduleUrl: string, run: (args: string[]) => Promise<number>): void {
  if (!isRunAsScript(moduleUrl)) return;
  void run(process.argv.slice(2)).then((exitCode) => {
    process.exitCode = exitCode;
  });
}
