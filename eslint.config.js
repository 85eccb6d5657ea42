import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'release/**', 'node_modules/**', 'seeds/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      // Page text is data: it must never reach an HTML sink.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Units a newcomer can read whole: a function on a screen or two, a file
    // that holds one idea (long ones are cut at their seams, not squeezed).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 350, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // Layer rules are checked by test/unit/architecture.test.ts; these catch
    // the most common slip while typing.
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'location', 'chrome', 'browser'],
    },
  },
  {
    files: ['src/dom/**', 'src/ui/**'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
);
