const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'build/**', '.venv/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Each AWS service's SDK loads on its first call (actions/lib/aws-clients.ts); a value import
    // would put it back into every bundle's start-up.
    files: ['actions/**/*.ts', 'cli/**/*.ts'],
    ignores: ['actions/lib/sdk/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*'],
              allowTypeImports: true,
              message: 'Import only types from the SDK; call it through AwsClients (commands: actions/lib/sdk/).',
            },
          ],
        },
      ],
    },
  },
);
