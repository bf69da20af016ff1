// Shared flat config: typed linting for every workspace, plus the rule that keeps
// configuration in one place (each service reads process.env only in its env module).
import tseslint from 'typescript-eslint';

/** @param {{ tsconfigRootDir: string }} options */
export function quarryConfig({ tsconfigRootDir }) {
  return tseslint.config(
    {
      ignores: [
        'dist/**',
        '.next/**',
        'node_modules/**',
        'generated/**',
        '*.config.*',
        'next-env.d.ts',
      ],
    },
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir } },
      rules: {
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
        ],
        '@typescript-eslint/consistent-type-imports': 'error',
        // Async functions without await are fine where an interface asks for a promise.
        '@typescript-eslint/require-await': 'off',
        'no-restricted-properties': [
          'error',
          {
            object: 'process',
            property: 'env',
            message: 'Read configuration through the env module of your service.',
          },
        ],
      },
    },
    {
      files: ['**/env.ts', '**/*.test.ts'],
      rules: { 'no-restricted-properties': 'off' },
    },
    {
      // node:test's test() returns a promise the runner itself awaits.
      files: ['**/*.test.ts'],
      rules: { '@typescript-eslint/no-floating-promises': 'off' },
    },
  );
}
