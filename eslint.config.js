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
