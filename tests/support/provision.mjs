#!/usr/bin/env node
/**
 * Makes sure the Debian packages that the real-thing tests need are installed
 * (shared/DESIGN.md "Testing against real things", shared/RECIPES.md).
 *
 *   node tests/support/provision.mjs                 # everything
 *   node tests/support/provision.mjs dovecot openssl # just these
 *   node tests/support/provision.mjs --check         # only report, exit 1 if something is missing
 *
 *   import { ensureSystemPackages } from './provision.mjs'
 *   await ensureSystemPackages({ need: ['dovecot', 'openssl'] })
 *
 * When everything is present it only looks at a few files (and runs pkg-config once for
 * libsecret), so it is cheap to call before every test run. When something is missing and we
 * are root with apt-get, it runs `apt-get update` once and `apt-get install -y <packages>`,
 * with services kept from starting (a system Dovecot would otherwise try to take 143/993).
 * Otherwise it fails with the exact command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const which = (bin) =>
  (process.env.PATH || '/usr/local/bin:/usr/bin:/bin')
    .split(':')
    .concat(['/usr/sbin', '/sbin', '/usr/bin'])
    .some((dir) => dir && existsSync(`${dir}/${bin}`))

const anyExists = (...paths) => paths.some((p) => existsSync(p))

/** What each need checks for and which Debian packages provide it. */
export const REQUIREMENTS = {
  chromium: {
    packages: ['chromium'],
    present: () => anyExists('/usr/bin/chromium')
  },
  dovecot: {
    packages: ['dovecot-imapd', 'dovecot-lmtpd'],
    present: () =>
      anyExists('/usr/sbin/dovecot', '/usr/local/sbin/dovecot') &&
      anyExists('/usr/lib/dovecot/imap', '/usr/libexec/dovecot/imap', '/usr/local/libexec/dovecot/imap') &&
      anyExists('/usr/lib/dovecot/lmtp', '/usr/libexec/dovecot/lmtp', '/usr/local/libexec/dovecot/lmtp')
  },
  libsecret: {
    // keytar builds from source against libsecret through pkg-config (RECIPES "Keychain")
    packages: ['libsecret-1-dev', 'pkg-config'],
    present: () => which('pkg-config') && spawnSync('pkg-config', ['--exists', 'libsecret-1']).status === 0
  },
  'gnome-keyring': {
    packages: ['gnome-keyring'],
    present: () => which('gnome-keyring-daemon')
  },
  dbus: {
    packages: ['dbus'],
    present: () => which('dbus-run-session')
  },
  openssl: {
    packages: ['openssl'],
    present: () => which('openssl')
  }
}

const ALIASES = { keyring: 'gnome-keyring', 'libsecret-1': 'libsecret', 'dovecot-imapd': 'dovecot', 'dovecot-lmtpd': 'dovecot' }

export class ProvisionError extends Error {
  constructor(message, command) {
    super(message)
    this.name = 'ProvisionError'
    /** The command a human should run. */
    this.command = command
  }
}

/** Which of `need` are missing, and the packages that would fix them. */
export function checkSystemPackages({ need = Object.keys(REQUIREMENTS) } = {}) {
  const names = [...new Set(need.map((n) => ALIASES[n] ?? n))]
  const unknown = names.filter((n) => !REQUIREMENTS[n])
  if (unknown.length) {
    throw new ProvisionError(`unknown need(s): ${unknown.join(', ')} (known: ${Object.keys(REQUIREMENTS).join(', ')})`)
  }
  const missing = names.filter((n) => !REQUIREMENTS[n].present())
  const packages = [...new Set(missing.flatMap((n) => REQUIREMENTS[n].packages))]
  return { missing, packages }
}

let aptUpdated = false

/**
 * Installs what is missing (as root with apt-get) or throws a ProvisionError whose message
 * holds the command to run. Resolves to { missing, installed } (package names installed now).
 */
export async function ensureSystemPackages({ need = Object.keys(REQUIREMENTS), log = console.error, checkOnly = false } = {}) {
  const { missing, packages } = checkSystemPackages({ need })
  if (!missing.length) return { missing: [], installed: [] }
  const command = `sudo apt-get install -y ${packages.join(' ')}`
  const isRoot = process.getuid?.() === 0
  if (checkOnly || !isRoot || !which('apt-get')) {
    const why = checkOnly ? '' : !isRoot ? ' (not root, so not installing)' : ' (no apt-get here)'
    throw new ProvisionError(`missing: ${missing.join(', ')}${why}. Install with:\n  ${command}`, command)
  }

  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const apt = (args) => {
    log(`provision: apt-get ${args.join(' ')}`)
    execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], { stdio: ['ignore', 'inherit', 'inherit'], env })
  }
  // Keep package scripts from starting services (no systemd here; a started system Dovecot
  // is not wanted either). Only a policy-rc.d we create is removed again.
  const policy = '/usr/sbin/policy-rc.d'
  const ownPolicy = !existsSync(policy)
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\n# temporary, from tests/support/provision.mjs\nexit 101\n', { mode: 0o755 })
  try {
    if (!aptUpdated) {
      apt(['update'])
      aptUpdated = true
    }
    try {
      apt(['install', '-y', ...packages])
    } catch (e) {
      // A failing post-install step (e.g. a service that cannot start) is tolerated when
      // the binaries are there afterwards; that is checked below.
      log(`provision: apt-get install reported an error (${e.message.split('\n')[0]}); checking the result`)
    }
  } finally {
    if (ownPolicy) rmSync(policy, { force: true })
  }
  const after = checkSystemPackages({ need })
  if (after.missing.length) {
    throw new ProvisionError(`still missing after apt-get install: ${after.missing.join(', ')}. Try:\n  ${command}`, command)
  }
  log(`provision: installed ${packages.join(' ')}`)
  return { missing, installed: packages }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const checkOnly = args.includes('--check')
  const need = args.filter((a) => !a.startsWith('--'))
  try {
    const { missing, installed } = await ensureSystemPackages({ need: need.length ? need : undefined, checkOnly })
    console.log(missing.length ? `provision: ok (installed ${installed.join(' ')})` : 'provision: all present')
  } catch (e) {
    console.error(`provision: ${e.message}`)
    process.exit(1)
  }
}
