/**
 * Adding an account from the address alone: each step of the lookup chain, against a DNS
 * server and an HTTP server on loopback (never the internet), and the order of the steps.
 */
import { createServer, type Server } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { discoverAccount, type DiscoverOptions } from '../../src/main/mail/discover'
import { AUTOCONFIG_PATH, WELL_KNOWN_PATH, autoconfigXml, startAutoconfigServer } from '../support/autoconfig-server'
import { startDnsServer, type DnsServer } from '../support/dns-server'
import { freePort } from '../support/mail-servers'

/** A server that only says hello the way an IMAP or SMTP server does. */
async function greeter(greeting: string): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    socket.on('error', () => undefined)
    socket.end(`${greeting}\r\n`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port }
}

let dns: DnsServer
let http: Awaited<ReturnType<typeof startAutoconfigServer>>
let imap: { server: Server; port: number }
let smtp: { server: Server; port: number }
let closed: number
let options: DiscoverOptions

beforeAll(async () => {
  imap = await greeter('* OK [CAPABILITY IMAP4rev1 STARTTLS] ready')
  smtp = await greeter('220 mail.guess.test ESMTP ready')
  closed = await freePort()
  dns = await startDnsServer({
    mx: {
      'hosted.test': [{ exchange: 'aspmx.l.google.com', priority: 1 }],
      'ms.test': [{ exchange: 'ms-test.mail.protection.outlook.com', priority: 0 }],
      'srv.test': [{ exchange: 'mx.srv.test', priority: 10 }]
    },
    srv: {
      '_imaps._tcp.srv.test': [
        { name: 'imap.srv.test', port: 993, priority: 5 },
        { name: 'backup.srv.test', port: 993, priority: 20 }
      ],
      '_imap._tcp.srv.test': [{ name: 'imap.srv.test', port: 143 }],
      '_submission._tcp.srv.test': [{ name: 'smtp.srv.test', port: 587 }],
      '_submissions._tcp.srv.test': [{ name: '.', port: 0 }],
      '_imap._tcp.starttls.test': [{ name: 'mail.starttls.test', port: 143 }],
      '_submission._tcp.starttls.test': [{ name: 'mail.starttls.test', port: 587 }]
    },
    a: { 'imap.guess.test': ['127.0.0.1'], 'smtp.guess.test': ['127.0.0.1'] }
  })
  http = await startAutoconfigServer()
  options = { dnsServer: dns.address, autoconfigBase: http.base, timeoutMs: 2000 }
})
afterAll(async () => {
  await Promise.all([dns.close(), http.close(), new Promise((r) => imap.server.close(r)), new Promise((r) => smtp.server.close(r))])
})
beforeEach(() => {
  for (const key of Object.keys(http.files)) delete http.files[key]
  http.requests.length = 0
  dns.queries.length = 0
})

describe('finding the servers from the address alone', () => {
  it('1. knows the big providers by name without asking the network', async () => {
    const d = await discoverAccount('someone@gmail.com', options)
    expect(d.found).toMatchObject({ source: 'preset', preset: 'gmail', imap: { host: 'imap.gmail.com', port: 993, security: 'tls' } })
    expect(d.found!.how).toBe("Found in Afterview's list of providers (Gmail).")
    expect(http.requests).toEqual([])
    expect(dns.queries).toEqual([])
  })

  it("2. reads the domain's autoconfig file at autoconfig.<domain>", async () => {
    http.files[AUTOCONFIG_PATH] = autoconfigXml({
      domain: 'example.test',
      imap: { host: 'imap.example.test', port: 993, socketType: 'SSL' },
      smtp: { host: 'smtp.example.test', port: 587, socketType: 'STARTTLS' },
      username: '%EMAILLOCALPART%'
    })
    const d = await discoverAccount('Casey@Example.test', options)
    expect(d.found).toMatchObject({
      source: 'autoconfig',
      imap: { host: 'imap.example.test', port: 993, security: 'tls' },
      smtp: { host: 'smtp.example.test', port: 587, security: 'starttls' },
      user: 'casey'
    })
    expect(d.found!.how).toBe("Found through your provider's autoconfig (autoconfig.example.test).")
    expect(http.requests[0]).toBe(`${AUTOCONFIG_PATH}?emailaddress=casey%40example.test`)
    expect(dns.queries).toEqual([]) // found before any DNS question
  })

  it('2. …then at <domain>/.well-known/autoconfig', async () => {
    http.files[WELL_KNOWN_PATH] = autoconfigXml({
      domain: 'example.test',
      imap: { host: 'mail.example.test', port: 143, socketType: 'STARTTLS' },
      smtp: { host: 'mail.example.test', port: 465, socketType: 'SSL' }
    })
    const d = await discoverAccount('casey@example.test', options)
    expect(d.found).toMatchObject({
      source: 'autoconfig',
      imap: { host: 'mail.example.test', security: 'starttls' },
      smtp: { port: 465, security: 'tls' },
      user: 'casey@example.test'
    })
    expect(d.found!.how).toContain('example.test/.well-known/autoconfig')
    expect(http.requests.map((r) => r.split('?')[0])).toEqual([AUTOCONFIG_PATH, WELL_KNOWN_PATH])
  })

  it('2. a broken autoconfig file is passed over, not trusted', async () => {
    http.files[AUTOCONFIG_PATH] =
      '<clientConfig><incomingServer type="imap"><hostname>bad host!</hostname><port>x</port></incomingServer></clientConfig>'
    const d = await discoverAccount('casey@hosted.test', options)
    expect(d.found?.source).toBe('mx')
  })

  it('3. a domain whose MX is Google or Microsoft gets that provider', async () => {
    const google = await discoverAccount('pat@hosted.test', options)
    expect(google.found).toMatchObject({ source: 'mx', preset: 'gmail', imap: { host: 'imap.gmail.com' }, user: 'pat@hosted.test' })
    expect(google.found!.how).toBe("Your domain's mail is handled by Gmail (its MX record points there).")
    expect(dns.queries).toContain('MX hosted.test')
    const microsoft = await discoverAccount('pat@ms.test', options)
    expect(microsoft.found).toMatchObject({ source: 'mx', preset: 'outlook', imap: { host: 'outlook.office365.com' } })
  })

  it('4. SRV records (RFC 6186 / 8314): implicit TLS first, lowest priority first, "." means not offered', async () => {
    const d = await discoverAccount('pat@srv.test', options)
    expect(d.found).toMatchObject({
      source: 'srv',
      imap: { host: 'imap.srv.test', port: 993, security: 'tls' },
      smtp: { host: 'smtp.srv.test', port: 587, security: 'starttls' }
    })
    expect(d.found!.how).toBe("Found through your domain's SRV records (imap.srv.test).")
    expect(d.steps.map((s) => s.source)).toEqual(['preset', 'autoconfig', 'mx', 'srv'])
    expect(dns.queries).toEqual(
      expect.arrayContaining([
        'SRV _imaps._tcp.srv.test',
        'SRV _imap._tcp.srv.test',
        'SRV _submissions._tcp.srv.test',
        'SRV _submission._tcp.srv.test'
      ])
    )
    const starttls = await discoverAccount('pat@starttls.test', options)
    expect(starttls.found).toMatchObject({ source: 'srv', imap: { host: 'mail.starttls.test', port: 143, security: 'starttls' } })
  })

  it('5. common host names, each verified by connecting and reading the greeting', async () => {
    const d = await discoverAccount('pat@guess.test', { ...options, guessPorts: { imap: [closed, imap.port], smtp: [closed, smtp.port] } })
    expect(d.found).toMatchObject({
      source: 'guess',
      imap: { host: 'imap.guess.test', port: imap.port, security: 'starttls' },
      smtp: { host: 'smtp.guess.test', port: smtp.port, security: 'starttls' }
    })
    expect(d.found!.how).toBe('Found by trying common server names: imap.guess.test and smtp.guess.test answered.')
    expect(dns.queries).toContain('A imap.guess.test')
  })

  it('5. a port that answers with something else is not taken for a mail server', async () => {
    // The SMTP greeter on the IMAP ports and vice versa: both greetings are wrong.
    const d = await discoverAccount('pat@guess.test', { ...options, guessPorts: { imap: [closed, smtp.port], smtp: [closed, imap.port] } })
    expect(d.found).toBeUndefined()
    expect(d.steps.at(-1)).toEqual({ source: 'guess', result: 'no IMAP server answered; no SMTP server answered' })
  })

  it('says what each step gave when nothing is found, so manual entry can take over', async () => {
    const d = await discoverAccount('pat@nowhere.test', { ...options, guessPorts: { imap: [closed], smtp: [closed] } })
    expect(d.found).toBeUndefined()
    expect(d.steps.map((s) => s.source)).toEqual(['preset', 'autoconfig', 'mx', 'srv', 'guess'])
    expect(d.steps[2]!.result).toBe('no MX record')
  })
})
