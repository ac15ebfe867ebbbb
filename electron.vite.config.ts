import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { META_CONTENT_SECURITY_POLICY } from './src/shared/csp'
import './src/shared/core/classifier/score' // every phrase table, each registering its sources
import { definedPhraseSources } from './src/shared/core/classifier/types'
import { phraseKeysTable } from './src/shared/core/classifier/prefilter'

/** Puts the one CSP (src/shared/csp.ts) into the built index.html. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'afterview-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`)
  }
}

// ESM-only packages must be bundled into the CommonJS main bundle.
const bundled = ['conf', 'atomically', 'electron-store', 'zod']

export default defineConfig({
  main: {
    // A new id at every build: the store skips validating files this very build validated before.
    define: {
      __AFTERVIEW_BUILD_ID__: JSON.stringify(`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`),
      // The classifier's prefilter keys, worked out here rather than at its first use in every process (issue 14).
      __AFTERVIEW_PHRASE_KEYS__: JSON.stringify(phraseKeysTable(definedPhraseSources()))
    },
    build: {
      // keytar is an optional native module: always loaded at run time, never bundled.
      externalizeDeps: { exclude: bundled, include: ['keytar'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/index.ts')
        },
        // import() of a package loaded on first use (imapflow, mailparser…) becomes require():
        // Node's ESM loader would scan every CommonJS file of the package first (issue 14).
        output: { dynamicImportInCjs: false }
      }
    }
  },
  preload: {
    // A sandboxed preload cannot require() npm packages: bundle everything it uses.
    build: { externalizeDeps: false }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') }
    }
  }
})
