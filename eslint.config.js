// Lint for hand-written code; generated/ is checked by `omaspec check` against the spec instead.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // .omaspec-tmp/ and data/ (git-ignored) hold what tests and `npm start` leave behind; dist/ is compiled output.
  {
    ignores: ['generated/**', 'test/generator/fixtures/**', 'node_modules/**', '.omaspec-tmp/**', 'data/**', 'dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Tests poke at untyped JSON from the wire and from files; `any` there is the honest type.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
