// The layer rules of the architecture (README, "Map of the code"), checked on every `npm test`
// (`npm run lint`). ESLint guards the domain's purity too, and what it may import; these rules guard the
// shape around it: engine apart from features, GraphQL away from storage, read models away from people,
// and each feature's internals its own.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/domain is pure TypeScript: it imports itself and the small pure libraries it is allowed ' +
        '(the holiday data), never the engine, a feature, NestJS or a database.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '(^|/)node_modules/colombian-holidays/'] },
    },
    {
      name: 'engine-knows-no-feature',
      comment:
        'The engine (event store, command path, projections, read-model stores) is generic: it knows ' +
        'no feature and no PQRS; features plug into it (AggregateType, Projection).',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: ['^src/features/', '^src/identity/', '^src/domain/(?!shared/)'] },
    },
    {
      name: 'graphql-not-storage',
      comment:
        "GraphQL (the gateway plumbing and every feature's graphql/) never reaches the event store or a " +
        'store adapter: it dispatches commands and reads through the queries.',
      severity: 'error',
      from: { path: ['^src/graphql/', '^src/features/[^/]+/graphql/', '^src/identity/graphql/'] },
      to: { path: ['^src/engine/eventstore/', '^src/engine/read-models/(sqlite|mongodb)/'] },
    },
    {
      name: 'read-models-without-people',
      comment:
        'Read models never hold or read personal data nor accounts (Ley 1581 de 2012): they name people ' +
        'and staff by id; the gateway resolves names where the reader may see them.',
      severity: 'error',
      from: { path: '^src/features/[^/]+/read-models/' },
      to: { path: ['^src/identity/', '^src/personal-data/'] },
    },
    {
      name: 'no-import-cycles',
      comment:
        'A cycle of runtime imports lets a module run before one it needs has initialised (a class decorator ' +
        "reading an injection token still in its temporal dead zone); type-only imports are erased and don't count.",
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'feature-internals-are-private',
      comment:
        "A feature uses another feature only through that feature's index.ts, its public surface; " +
        'everything else in a feature folder is its own.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/[^/]+/', pathNot: ['^src/features/$1/', '^src/features/[^/]+/index\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
