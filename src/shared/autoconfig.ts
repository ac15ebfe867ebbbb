/**
 * Finding an account's servers from the address alone, as Thunderbird does: the pure
 * parts. Reading an autoconfig file (config-v1.1.xml), mapping MX hosts to a known
 * provider, turning RFC 6186 / RFC 8314 SRV records into servers, and the plain-words
 * line saying how the settings were found. The network side is src/main/mail/discover.ts.
 */
import { MailServer, guessPreset, presetOf, type MailSecurity, type PresetId } from './accounts'

/** Which step of the lookup found the settings, in the order they are tried. */
export type DiscoverySource = 'preset' | 'autoconfig' | 'mx' | 'srv' | 'guess'

export interface DiscoveredSettings {
  source: DiscoverySource
  preset: PresetId
  imap: MailServer
  smtp: MailServer
  /** Login name when the provider says which (the address or its local part). */
  user?: string
  /** "Found through your provider's autoconfig (autoconfig.example.com)." */
  how: string
}

export interface Discovery {
  email: string
  found?: DiscoveredSettings
  /** Every step, in order, with what it gave: shown when nothing was found. */
  steps: Array<{ source: DiscoverySource; result: string }>
}

export const STEP_LABELS: Record<DiscoverySource, string> = {
  preset: 'Known providers',
  autoconfig: "The domain's autoconfig file",
  mx: 'Mail exchanger (MX) of the domain',
  srv: 'SRV records (RFC 6186)',
  guess: 'Common server names'
}

/** Step 1: the provider presets (gmail.com → Gmail, …). */
export function fromPreset(email: string): DiscoveredSettings | undefined {
  const id = guessPreset(email)
  const preset = presetOf(id)
  if (id === 'other' || !preset.imap || !preset.smtp) return undefined
  return {
    source: 'preset',
    preset: id,
    imap: preset.imap,
    smtp: preset.smtp,
    how: `Found in Afterview's list of providers (${preset.label}).`
  }
}

const SOCKET: Record<string, MailSecurity> = { ssl: 'tls', tls: 'tls', starttls: 'starttls', plain: 'none' }

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()
const tag = (block: string, name: string) => {
  const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'i').exec(block)
  return m ? decode(m[1]!) : undefined
}

function serverBlocks(xml: string, element: 'incomingServer' | 'outgoingServer', type: string): string[] {
  const re = new RegExp(`<${element}\\b[^>]*\\btype\\s*=\\s*["']${type}["'][^>]*>([\\s\\S]*?)</${element}>`, 'gi')
  return [...xml.matchAll(re)].map((m) => m[1]!)
}

function serverOf(block: string): { server: MailServer; username?: string } | undefined {
  const parsed = MailServer.safeParse({
    host: tag(block, 'hostname'),
    port: Number(tag(block, 'port')),
    security: SOCKET[(tag(block, 'socketType') ?? '').toLowerCase()]
  })
  if (!parsed.success) return undefined
  const username = tag(block, 'username')
  return { server: parsed.data, ...(username ? { username } : {}) }
}

/** Fills the autoconfig placeholders (%EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%). */
export function fillUsername(template: string, email: string): string {
  const [local = '', domain = ''] = email.trim().toLowerCase().split('@')
  return template
    .replace(/%EMAILADDRESS%/g, `${local}@${domain}`)
    .replace(/%EMAILLOCALPART%/g, local)
    .replace(/%EMAILDOMAIN%/g, domain)
}

/**
 * Reads a Mozilla autoconfig file (config-v1.1.xml). Takes the first IMAP and SMTP server
 * that are well-formed; encrypted ones are preferred over plain. Returns undefined when
 * the file has no usable IMAP and SMTP pair.
 */
export function parseAutoconfig(xml: string, email: string): Pick<DiscoveredSettings, 'imap' | 'smtp' | 'user'> | undefined {
  if (!/<clientConfig\b/i.test(xml)) return undefined
  const pick = (blocks: string[]) => {
    const servers = blocks.map(serverOf).filter((s): s is NonNullable<typeof s> => s !== undefined)
    return servers.find((s) => s.server.security !== 'none') ?? servers[0]
  }
  const imap = pick(serverBlocks(xml, 'incomingServer', 'imap'))
  const smtp = pick(serverBlocks(xml, 'outgoingServer', 'smtp'))
  if (!imap || !smtp) return undefined
  const user = imap.username ? fillUsername(imap.username, email) : undefined
  return { imap: imap.server, smtp: smtp.server, ...(user ? { user } : {}) }
}

/** Step 3: a domain whose MX points at Google or Microsoft is hosted there. */
export function providerFromMx(exchanges: string[]): PresetId | undefined {
  for (const host of exchanges.map((h) => h.toLowerCase().replace(/\.$/, ''))) {
    if (/(^|\.)(google\.com|googlemail\.com)$/.test(host)) return 'gmail'
    if (/(^|\.)(outlook\.com|office365\.us|protection\.outlook\.com)$/.test(host)) return 'outlook'
  }
  return undefined
}

export interface SrvRecord {
  name: string
  port: number
  priority: number
  weight: number
}

/**
 * Step 4: RFC 6186 / RFC 8314 SRV records. Implicit TLS (_imaps, _submissions, RFC 8314)
 * is preferred over STARTTLS (_imap, _submission). A target of "." means "not offered".
 */
export function serversFromSrv(
  records: Partial<Record<'imaps' | 'imap' | 'submissions' | 'submission', SrvRecord[]>>
): Pick<DiscoveredSettings, 'imap' | 'smtp'> | undefined {
  const best = (list: SrvRecord[] | undefined, security: MailSecurity) => {
    const usable = (list ?? [])
      .filter((r) => r.name && r.name !== '.' && r.port > 0)
      .sort((a, b) => a.priority - b.priority || b.weight - a.weight)
    const first = usable[0]
    if (!first) return undefined
    const parsed = MailServer.safeParse({ host: first.name.replace(/\.$/, ''), port: first.port, security })
    return parsed.success ? parsed.data : undefined
  }
  const imap = best(records.imaps, 'tls') ?? best(records.imap, 'starttls')
  const smtp = best(records.submissions, 'tls') ?? best(records.submission, 'starttls')
  return imap && smtp ? { imap, smtp } : undefined
}

/** Step 5: the host names to try, each to be verified by connecting. */
export function guessedServers(domain: string, ports = { imap: [993, 143], smtp: [465, 587] }): { imap: MailServer[]; smtp: MailServer[] } {
  const security = (port: number, tlsPort: number): MailSecurity => (port === tlsPort ? 'tls' : 'starttls')
  const [imapTls = 993, smtpTls = 465] = [ports.imap[0], ports.smtp[0]]
  return {
    imap: [`imap.${domain}`, `mail.${domain}`].flatMap((host) =>
      ports.imap.map((port) => ({ host, port, security: security(port, imapTls) }))
    ),
    smtp: [`smtp.${domain}`, `mail.${domain}`].flatMap((host) =>
      ports.smtp.map((port) => ({ host, port, security: security(port, smtpTls) }))
    )
  }
}
