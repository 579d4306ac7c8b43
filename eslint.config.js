import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'bench-results',
      'coverage',
      'scripts/*.mjs',
      'eslint.config.js',
      'dev-harness*',
      // Git-ignored scratch scripts (see .gitignore).
      'tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      eqeqeq: 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: [
      'src/charts/**',
      'src/ui/**',
      'src/i18n/**',
      'src/state/**',
      'src/data/**',
      'src/*.tsx',
      'src/*.ts',
    ],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map imports maplibre-gl.' },
      ]),
    },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['react', 'react-dom', 'react/*'], message: 'src/data is pure TypeScript.' },
        {
          group: ['maplibre-gl', 'maplibre-gl/*', 'd3-selection', 'd3-brush'],
          message: 'src/data has no DOM.',
        },
        {
          group: [
            '**/state/**',
            '**/ui/**',
            '**/map/**',
            '**/charts/**',
            '**/i18n/**',
            '**/theme/**',
          ],
          message:
            'src/data imports nothing above it (ui → charts, map → i18n → state → data); words live in src/i18n.',
        },
      ]),
    },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['react', 'react-dom', 'maplibre-gl', 'maplibre-gl/*'],
          message: 'src/state holds no views.',
        },
        {
          group: ['**/ui/**', '**/map/**', '**/charts/**', '**/i18n/**', '**/theme/**'],
          message: 'src/state imports only src/data (ui → charts, map → i18n → state → data).',
        },
      ]),
    },
  },
  {
    files: ['src/i18n/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['react', 'react-dom', 'react/*', 'maplibre-gl', 'maplibre-gl/*'],
          message: 'src/i18n holds words, no views.',
        },
        {
          group: ['**/ui/**', '**/map/**', '**/charts/**', '**/theme/**'],
          message: 'src/i18n sits below the views: ui → charts, map → i18n → state → data.',
        },
      ]),
    },
  },
  {
    files: ['src/theme/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['../**', 'react', 'react-dom', 'maplibre-gl', 'd3-*'],
          message: 'The theme tokens import nothing, so every layer may read them.',
        },
      ]),
    },
  },
  {
    files: ['src/charts/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map imports maplibre-gl.' },
        {
          group: ['**/ui/**', '**/map/**'],
          message: 'Imports point ui → charts, map → state → data.',
        },
      ]),
    },
  },
  {
    files: ['src/map/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/ui/**', '**/charts/**'],
          message: 'Imports point ui → charts, map → state → data.',
        },
      ]),
    },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.ts', 'eslint.config.js'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
