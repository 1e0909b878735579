// Builds dist/ (the server with tsc, the staff web client with Vite) when it is missing or older than any
// source file, so `npm start` works on a fresh clone with nothing but `npm ci` before it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const marker = 'dist/.tsbuildinfo';

function newestSourceMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path));
    else if (/\.(ts|tsx|html)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(marker) ||
  Math.max(newestSourceMtime('src'), newestSourceMtime('bench'), statSync('package-lock.json').mtimeMs) >
    statSync(marker).mtimeMs;

if (stale) {
  console.log('Compilando Ventanilla (tsc)...');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  const now = new Date();
  utimesSync(marker, now, now);
}

const webMarker = 'dist/web/index.html';
const webStale =
  !existsSync(webMarker) ||
  Math.max(newestSourceMtime('web'), statSync('package-lock.json').mtimeMs) > statSync(webMarker).mtimeMs;

if (webStale) {
  console.log('Construyendo el cliente web (Vite)...');
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
}
