// ESM Jest (run with --experimental-vm-modules): @nestjs/* 12 ships ESM only.
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
  testTimeout: 60_000,
  // ESM test files under vm modules leave memory behind in a worker; a worker past this is replaced
  // between files rather than slowing every file after it.
  workerIdleMemoryLimit: '1GB',
  // Jest's default leaves one core free: one worker on a two-core CI machine. Much of the suite waits on
  // Chromium, SMTP, IMAP and timers rather than computing, so a worker per core ran it in 766 s instead of
  // 1,171 s here, with the same results.
  maxWorkers: '100%',
};
