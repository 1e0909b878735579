// Lint rules, including the layer rule of the architecture: src/domain is pure TypeScript and may
// import nothing but itself and small pure libraries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      'test-results/**',
      'web/src/graphql/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // CommonJS tool configuration (the layer rules).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Tests read untyped GraphQL answers: `any` there is the honest type.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.|colombian-holidays$).*',
              message: 'src/domain es puro: solo importa de sí mismo y de librerías puras aprobadas.',
            },
            {
              regex: '^(\\.\\./){2,}',
              message: 'src/domain no importa nada fuera de src/domain.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'El dominio no lee el reloj: el tiempo llega en el contexto.',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'El dominio no usa azar: los ids llegan en el contexto.',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'El dominio no lee el reloj: el tiempo llega en el contexto.',
        },
      ],
    },
  },
);
