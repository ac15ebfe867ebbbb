/**
 * Finds an account's servers from the address alone, in Thunderbird's order:
 *   1. Afterview's provider presets;
 *   2. the domain's autoconfig file (autoconfig.<domain>/mail/config-v1.1.xml, then
 *      <domain>/.well-known/autoconfig/mail/config-v1.1.xml);
 *   3. the domain's MX mapped to a known provider (hosted by Google or Microsoft);
 *   4. RFC 6186 / RFC 8314 SRV records;
 *   5. common host names (imap.<domain>, mail.<domain>, smtp.<domain>), each verified by
 *      connecting and reading the server's greeting (no password is sent).
 * The DNS server, the autoconfig address and the guessed ports are injectable so tests run
 * against loopback servers, never the internet.
 */
import type { Resolver } from 'node:dns/promises'
import net from 'node:net'
import tls from 'node:tls'
import type { MailServer } from '../../shared/accounts'
import { presetOf } from '../../shared/accounts'
import { domainOf } from '../../shared/core/mail-message'
import {
  fromPreset,
  guessedServers,
  parseAutoconfig,
  providerFromMx,
  serversFromSrv,
  type DiscoveredSettings,
  type Discovery,
  type SrvRecord
} from '../../shared/autoconfig'

export interface DiscoverOptions {
  /** A DNS server to ask instead of the system's, as "127.0.0.1:5353" (tests, browser-mode demos). */
  dnsServer?: string
  /** Fetch autoconfig files from here (http://127.0.0.1:PORT) instead of the domain itself. */
  autoconfigBase?: string
  /** Ports tried for the guessed host names; the first of each list is implicit TLS. */
  guessPorts?: { imap: number[]; smtp: number[] }
  timeoutMs?: number
}

/** Reads the test-only settings from the environment (honoured in browser mode and tests only). */
export function discoverOptionsFromEnv(env: NodeJS.ProcessEnv): DiscoverOptions {
  const ports = (s?: string) =>
    s
      ?.split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0)
  const imap = ports(env.AFTERVIEW_DISCOVER_IMAP_PORTS)
  const smtp = ports(env.AFTERVIEW_DISCOVER_SMTP_PORTS)
  return {
    ...(env.AFTERVIEW_DNS_SERVER ? { dnsServer: env.AFTERVIEW_DNS_SERVER } : {}),
    ...(env.AFTERVIEW_AUTOCONFIG_BASE ? { autoconfigBase: env.AFTERVIEW_AUTOCONFIG_BASE.replace(/\/$/, '') } : {}),
    ...(imap?.length && smtp?.length ? { guessPorts: { imap, smtp } } : {})
  }
}

type Step = Discovery['steps'][number]

export async function discoverAccount(email: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const domain = domainOf(email)
  const steps: Step[] = []
  const done = (found: DiscoveredSettings, result: string): Discovery => ({
    email,
    found,
    steps: [...steps, { source: found.source, result }]
  })
  const timeoutMs = options.timeoutMs ?? 5000
  const { Resolver } = await import('node:dns/promises') // loaded to add an account, not by every process (issue 14)
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 })
  if (options.dnsServer) resolver.setServers([options.dnsServer])

  const preset = fromPreset(email)
  if (preset) return done(preset, 'found')
  steps.push({ source: 'preset', result: 'not a provider Afterview knows by name' })

  const fromFile = await autoconfig(email, domain, options, timeoutMs)
  if (fromFile) return done(fromFile, 'found')
  steps.push({ source: 'autoconfig', result: 'no autoconfig file' })

  const mx = await resolver.resolveMx(domain).catch(() => [])
  const hosted = providerFromMx(mx.map((r) => r.exchange))
  if (hosted) {
    const p = presetOf(hosted)
    return done(
      {
        source: 'mx',
        preset: hosted,
        imap: p.imap!,
        smtp: p.smtp!,
        user: email.trim().toLowerCase(),
        how: `Your domain's mail is handled by ${p.label} (its MX record points there).`
      },
      'found'
    )
  }
  steps.push({ source: 'mx', result: mx.length ? `MX points at ${mx[0]!.exchange}, not a provider Afterview knows` : 'no MX record' })

  const srv = async (service: string) => (await resolver.resolveSrv(`_${service}._tcp.${domain}`).catch(() => [])) as SrvRecord[]
  const [imaps, imap, submissions, submission] = await Promise.all(['imaps', 'imap', 'submissions', 'submission'].map(srv))
  const fromSrv = serversFromSrv({ imaps, imap, submissions, submission })
  if (fromSrv)
    return done(
      { source: 'srv', preset: 'other', ...fromSrv, how: `Found through your domain's SRV records (${fromSrv.imap.host}).` },
      'found'
    )
  steps.push({ source: 'srv', result: 'no _imaps/_imap and _submissions/_submission records' })

  const guesses = guessedServers(domain, options.guessPorts)
  const lookup = options.dnsServer ? lookupThrough(resolver) : undefined
  const [imapFound, smtpFound] = await Promise.all([
    firstAnswering(guesses.imap, 'imap', timeoutMs, lookup),
    firstAnswering(guesses.smtp, 'smtp', timeoutMs, lookup)
  ])
  if (imapFound && smtpFound)
    return done(
      {
        source: 'guess',
        preset: 'other',
        imap: imapFound,
        smtp: smtpFound,
        how: `Found by trying common server names: ${imapFound.host} and ${smtpFound.host} answered.`
      },
      'found'
    )
  steps.push({
    source: 'guess',
    result: `${imapFound ? `${imapFound.host} answered` : 'no IMAP server answered'}; ${smtpFound ? `${smtpFound.host} answered` : 'no SMTP server answered'}`
  })
  return { email, steps }
}

async function autoconfig(
  email: string,
  domain: string,
  options: DiscoverOptions,
  timeoutMs: number
): Promise<DiscoveredSettings | undefined> {
  const query = `?emailaddress=${encodeURIComponent(email.trim().toLowerCase())}`
  const places = options.autoconfigBase
    ? [
        `${options.autoconfigBase}/mail/config-v1.1.xml${query}`,
        `${options.autoconfigBase}/.well-known/autoconfig/mail/config-v1.1.xml${query}`
      ]
    : [`https://autoconfig.${domain}/mail/config-v1.1.xml${query}`, `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml${query}`]
  const where = [`autoconfig.${domain}`, `${domain}/.well-known/autoconfig`]
  for (const [i, url] of places.entries()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' })
      if (!response.ok) continue
      const text = (await response.text()).slice(0, 200_000)
      const parsed = parseAutoconfig(text, email)
      if (parsed)
        return { source: 'autoconfig', preset: 'other', ...parsed, how: `Found through your provider's autoconfig (${where[i]}).` }
    } catch {
      // Not reachable, timed out or refused: try the next place.
    }
  }
  return undefined
}

type Lookup = NonNullable<net.TcpNetConnectOpts['lookup']>

/** Host names resolved through the injected DNS server (A records), for the guesses. */
function lookupThrough(resolver: Resolver): Lookup {
  return ((host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (net.isIP(host))
      return opts?.all ? callback(null, [{ address: host, family: net.isIP(host) }]) : callback(null, host, net.isIP(host))
    resolver.resolve4(host).then(
      (addresses) =>
        opts?.all
          ? callback(
              null,
              addresses.map((address) => ({ address, family: 4 }))
            )
          : callback(null, addresses[0], 4),
      (error) => callback(error)
    )
  }) as unknown as Lookup
}

async function firstAnswering(
  servers: MailServer[],
  kind: 'imap' | 'smtp',
  timeoutMs: number,
  lookup?: Lookup
): Promise<MailServer | undefined> {
  const answers = await Promise.all(servers.map((s) => greets(s, kind, timeoutMs, lookup)))
  return servers.find((_, i) => answers[i])
}

/** Connects and reads the greeting: "* OK" for IMAP, "220" for SMTP. Sends nothing. */
function greets(server: MailServer, kind: 'imap' | 'smtp', timeoutMs: number, lookup?: Lookup): Promise<boolean> {
  return new Promise((resolve) => {
    const options = { host: server.host, port: server.port, ...(lookup ? { lookup } : {}) }
    // Only reachability is checked here; the real sign-in verifies the certificate.
    const socket =
      server.security === 'tls' ? tls.connect({ ...options, servername: server.host, rejectUnauthorized: false }) : net.connect(options)
    let seen = ''
    const finish = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => finish(false))
    socket.on('error', () => finish(false))
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1')
      if (!seen.includes('\n')) return
      finish(kind === 'imap' ? /^\* (OK|PREAUTH)/i.test(seen) : /^220[ -]/.test(seen))
    })
  })
}
