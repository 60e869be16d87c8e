import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers' walls (see STYLE.md, "The shape of the house"): core ← engine, data, config ←
 * worker, cli ← state ← views. Each entry forbids what a layer must never import.
 */
const wall = (group, message, allowTypeImports = false) => ({
  group,
  message,
  allowTypeImports,
});
const walls = [
  {
    files: ['src/core/**'],
    patterns: [
      wall(['../*', '!./*'], 'core/ is the ground floor: it imports nothing of the project.'),
    ],
  },
  {
    files: ['src/engine/**'],
    patterns: [
      wall(
        ['**/views/**', '**/views', '**/state/**', '**/state', '**/worker/**', '**/worker'],
        'The engine never imports views, state or the worker.',
      ),
      wall(
        ['**/data/**', '**/data'],
        'The engine takes its data as a type; it does not import data at run time.',
        true,
      ),
      wall(
        ['**/config/changes', '**/config/link*', '**/config/fields'],
        'The engine does not pull in the link text or the field table.',
        true,
      ),
    ],
  },
  {
    files: ['src/views/**'],
    patterns: [
      wall(
        ['**/engine/**', '**/engine'],
        'Views import core, config, state and lessons, never the engine.',
      ),
      wall(['**/worker/**', '**/worker'], 'Views reach the worker only through state/.'),
    ],
  },
  {
    files: ['src/config/**', 'src/data/**'],
    patterns: [
      wall(
        ['**/views/**', '**/views', '**/state/**', '**/state'],
        'config/ and data/ never import views or state.',
      ),
    ],
  },
].map(({ files, patterns }) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage', 'test-results', 'playwright-report'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node, ...globals.worker },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/cli/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  ...walls,
);
