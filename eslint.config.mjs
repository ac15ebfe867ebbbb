// ESLint: the architecture's rules, checked on every `npm run lint` (and so by `npm test`).
// Deliberately few style rules: Prettier owns layout, TypeScript owns types. What is here
// keeps the rooms apart (see docs/ARCHITECTURE.md) and catches a few real mistakes.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import { defineConfig } from 'eslint/config'

const nodeBuiltins = [...new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]))].filter((m) => !m.startsWith('_'))
const bare = (names, message) => ({
  paths: names.map((name) => ({ name, message })),
  patterns: [{ group: names.map((n) => `${n}/*`), message }]
})

/** The pure core and the API contract: no Electron, no Node I/O, no mail libraries, nothing of main or the window. */
const SHARED_MESSAGE =
  'src/shared is the pure core: it may not import Electron, Node built-ins or mail libraries (imapflow, nodemailer, mailparser). Pass what it needs in from src/main.'
const sharedImports = bare(['electron', 'imapflow', 'nodemailer', 'mailparser', ...nodeBuiltins], SHARED_MESSAGE)
sharedImports.patterns.push({ group: ['node:*'], message: SHARED_MESSAGE })

/**
 * The floors of src/main, top to bottom: a room imports only from floors below it (and from
 * src/shared). What two floors both need goes down, never up (docs/ARCHITECTURE.md).
 */
const MAIN_FLOORS = [
  ['index.ts', 'cli', 'electron'],
  ['services'],
  ['review'],
  ['outbox', 'reminders'],
  ['mail', 'server', 'oauth', 'service-context.ts'],
  ['store', 'secrets', 'log.ts']
]
const mainFloorZones = MAIN_FLOORS.slice(1).map((floor, i) => ({
  target: floor.map((room) => `./src/main/${room}`),
  from: MAIN_FLOORS.slice(0, i + 1)
    .flat()
    .map((room) => `./src/main/${room}`),
  message: `src/main/{${floor.join(', ')}} may not import a room above it: imports point down (cli, electron → services → review → outbox, reminders → mail, server, oauth → store, secrets). Move what both need to a lower room.`
}))

export default defineConfig(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'resources/**',
      'tests/fixtures/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    settings: {
      // Read TypeScript modules when following imports (the circle check needs them).
      'import-x/extensions': ['.ts', '.tsx', '.cts', '.mts', '.js', '.cjs', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.cts', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json', '.d.ts'] })]
    },
    rules: {
      // Import circles make the order of loading matter and the layers unreadable.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      // TypeScript checks names and globals itself; these duplicate it badly on TS code.
      'no-undef': 'off',
      'no-redeclare': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }
      ]
    }
  },
  {
    // CommonJS on purpose: the launcher and the Electron stub for tests.
    files: ['**/*.cjs', 'bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // Playwright fixtures that use no other fixture are written `async ({}, use) => …`.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] }
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      // One plan everywhere: what waits in Review (a rejection not yet confirmed) changes it, so main plans through
      // store/plans.ts, which passes the proposals in; reminders/snapshot.ts is handed them.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/core/planner'],
              importNames: ['nextActions', 'planAll'],
              message:
                'Plan through store/plans.ts (plansOf(store)): it gives the planner the proposals waiting in Review, so Next up, the application and the list say the same.'
            }
          ]
        }
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...mainFloorZones,
            {
              target: './src/main',
              from: './src/renderer',
              message: 'src/main may not import src/renderer: the window is built and loaded on its own.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/store/plans.ts', 'src/main/reminders/snapshot.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', sharedImports],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/shared',
              from: './src/main',
              message:
                'src/shared may not import src/main: the core knows nothing of the main process. Move what both need into src/shared.'
            },
            {
              target: './src/shared',
              from: './src/renderer',
              message: 'src/shared may not import src/renderer: the core knows nothing of the window.'
            },
            { target: './src/shared', from: './src/preload', message: 'src/shared may not import src/preload.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        bare(
          ['electron', ...nodeBuiltins],
          'The window runs sandboxed: it reaches the main process only through the API (window.afterview), never Electron or Node directly.'
        )
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/renderer',
              from: ['./src/main', './src/preload'],
              message: 'src/renderer may not import src/main: the window talks to the main process only through the API in src/shared/api.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(?!electron$)(?!\\.)', message: 'The preload is sandboxed: it may import only electron and src/shared.' }]
        }
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/preload',
              from: ['./src/main', './src/renderer'],
              message: 'The preload may import only electron and src/shared.'
            }
          ]
        }
      ]
    }
  }
)
