import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { META_CONTENT_SECURITY_POLICY } from './src/shared/csp'
import './src/shared/core/classifier/score' // every phrase table, each registering its sources
import { definedPhraseSources } from './src/shared/core/classifier/types'
import { phraseKeyGroupsTable } from './src/shared/core/classifier/prefilter'

/** Puts the one CSP (src/shared/csp.ts) into the built index.html. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'afterview-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`)
  }
}

// ESM-only packages must be bundled into the CommonJS main bundle. imapflow and mailparser
// are bundled for speed (issue 14): one file each instead of some 150 files to find, read and
// compile when a sync starts (about 50 ms less), and what they never use here loads only if used.
// html-to-text too (parse-message.ts reads HTML-only mail with it): a chunk of its own, loaded at
// the first such mail, whose compiled code the CLI keeps (bin/compile-cache.js), where its twenty
// files from node_modules were compiled afresh by every sync that met one (25-27 ms against 5-9).
const bundled = ['conf', 'atomically', 'electron-store', 'zod', 'imapflow', 'mailparser', 'libmime', 'html-to-text']

/**
 * Packages imapflow and mailparser load at start-up that Afterview's use of them never
 * needs: loaded on first use instead, from node_modules (about 30 ms of every sync). pino:
 * imapflow's default logger (Afterview passes logger: false); socks: proxies (none configured);
 * html-to-text: HTML-only mail (parse-message.ts asks mailparser to skip it); linkify-it:
 * links in text-to-HTML (skipped too). Each stand-in behaves as the package when it is used.
 */
const LAZY_DEPS: Record<string, { of: string; code: string }> = {
  pino: { of: 'imapflow', code: `module.exports = function pino(...args) { return require('pino')(...args) }` },
  socks: { of: 'imapflow', code: `module.exports = { get SocksClient() { return require('socks').SocksClient } }` },
  'html-to-text': {
    of: 'mailparser',
    code: `module.exports = { htmlToText: (...args) => require('html-to-text').htmlToText(...args) }`
  },
  'linkify-it': {
    of: 'mailparser',
    // Set up with chained tlds/add/set calls when mailparser loads; made for real at the first pretest or match.
    code: `module.exports = function linkify(...args) {
  const setup = []
  let real
  const made = () => {
    if (!real) {
      real = require('linkify-it')(...args)
      for (const [name, a] of setup) real[name](...a)
    }
    return real
  }
  const later = (name) => (...a) => {
    if (real) real[name](...a)
    else setup.push([name, a])
    return lazy
  }
  const lazy = { tlds: later('tlds'), add: later('add'), set: later('set') }
  for (const name of ['pretest', 'test', 'testSchemaAt', 'match', 'matchAtStart', 'normalize', 'onCompile']) lazy[name] = (...a) => made()[name](...a)
  return lazy
}`
  }
}
const LAZY_PREFIX = '\0afterview-lazy:'

const standsIn = (source: string, importer: string | undefined): boolean => {
  const lazy = LAZY_DEPS[source]
  return !!lazy && !!importer && importer.replace(/\\/g, '/').includes(`/node_modules/${lazy.of}/`)
}
type External = string | RegExp | (string | RegExp)[] | ((id: string, importer: string | undefined, resolved: boolean) => unknown)
const isExternal = (external: External | undefined, id: string, importer: string | undefined, resolved: boolean): boolean =>
  typeof external === 'function'
    ? !!external(id, importer, resolved)
    : [external ?? []].flat().some((e) => (typeof e === 'string' ? e === id : e.test(id)))

function lazyMailDeps(): Plugin {
  return {
    name: 'afterview-lazy-mail-deps',
    enforce: 'pre',
    // html-to-text is a dependency of the app, so external: not when mailparser imports it.
    options(input) {
      const before = input.external as External | undefined
      input.external = (id: string, importer: string | undefined, resolved: boolean) =>
        !standsIn(id, importer) && isExternal(before, id, importer, resolved)
    },
    resolveId(source, importer) {
      // The stand-in's own require() is the real package, from node_modules at run time.
      if (importer?.startsWith(LAZY_PREFIX)) return { id: source, external: true }
      return standsIn(source, importer) ? LAZY_PREFIX + source : null
    },
    load(id) {
      return id.startsWith(LAZY_PREFIX) ? LAZY_DEPS[id.slice(LAZY_PREFIX.length)]!.code : null
    }
  }
}

/**
 * libmime builds iconv-lite's GBK table as it loads (about 12 ms of every sync, mail or not)
 * only to recognise double-byte charsets by their decoder: it is built at the first mail in
 * a charset other than UTF-8 instead. The build stops if libmime no longer reads this way.
 */
function lazyCharsetTable(): Plugin {
  return {
    name: 'afterview-lazy-charset-table',
    transform(code, id) {
      if (!/\/node_modules\/libmime\/dist\/(?:esm|cjs)\/charset\.js$/.test(id.replace(/\\/g, '/'))) return null
      const lazy = code
        .replace(
          /const DBCS_DECODER = ([\w.]+)\.getCodec\('gbk'\)\.decoder;/,
          "let DBCS_DECODER; const dbcsDecoder = () => (DBCS_DECODER ??= $1.getCodec('gbk').decoder);"
        )
        .replace('codec.decoder === DBCS_DECODER', 'codec.decoder === dbcsDecoder()')
      if (!lazy.includes('let DBCS_DECODER;') || !lazy.includes('=== dbcsDecoder()'))
        this.error(`${id} changed: electron.vite.config.ts (lazyCharsetTable) no longer applies`)
      return { code: lazy, map: null }
    }
  }
}

/**
 * `afterview --help` answers from cli.js alone (the catalog and the argument checks), but the bundler has every entry
 * first require the chunk that holds its runtime helpers, here the app's largest (2.9 MB: store, services, classifier),
 * without using any of it: that was 80 ms of a 180 ms help (issue 14). Such a bare require is dropped from cli.js; the
 * app's chunks load with run-command, the first code that uses them. A require whose value cli.js uses stays.
 */
function cliWithoutAppChunk(): Plugin {
  return {
    name: 'afterview-cli-without-app-chunk',
    generateBundle(_options, bundle) {
      const cli = bundle['cli.js']
      if (cli?.type === 'chunk') cli.code = cli.code.replace(/^require\("\.\/chunks\/[\w.-]+\.js"\);\n/gm, '')
    }
  }
}

export default defineConfig({
  main: {
    plugins: [lazyMailDeps(), lazyCharsetTable(), cliWithoutAppChunk()],
    // A new id at every build: the store skips validating files this very build validated before.
    define: {
      __AFTERVIEW_BUILD_ID__: JSON.stringify(`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`),
      // The classifier's prefilter keys, worked out here rather than at its first use in every process (issue 14).
      __AFTERVIEW_PHRASE_KEY_GROUPS__: JSON.stringify(phraseKeyGroupsTable(definedPhraseSources()))
    },
    build: {
      // keytar is an optional native module: always loaded at run time, never bundled.
      externalizeDeps: { exclude: bundled, include: ['keytar'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/index.ts')
        },
        output: {
          // import() of a package loaded on first use (imapflow, mailparser…) becomes require():
          // Node's ESM loader would scan every CommonJS file of the package first (issue 14).
          dynamicImportInCjs: false,
          // ASCII only (other characters escaped, comments but the licences dropped): V8 then keeps
          // the source in one byte per character and reads it by its fast path; a sync loads its
          // 2.9 MB chunk about 40 ms sooner (tests/integration/built-main-ascii.test.ts).
          charset: 'ascii',
          comments: { legal: true, annotation: false, jsdoc: false }
        }
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
