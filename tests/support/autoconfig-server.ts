/**
 * An HTTP server on 127.0.0.1 serving Mozilla autoconfig files (config-v1.1.xml) at the
 * paths Afterview asks for: /mail/config-v1.1.xml (autoconfig.<domain>) and
 * /.well-known/autoconfig/mail/config-v1.1.xml (<domain>). Everything else is 404.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface AutoconfigServer {
  base: string
  requests: string[]
  close(): Promise<void>
}

export const AUTOCONFIG_PATH = '/mail/config-v1.1.xml'
export const WELL_KNOWN_PATH = '/.well-known/autoconfig/mail/config-v1.1.xml'

export function autoconfigXml(o: {
  domain: string
  imap: { host: string; port: number; socketType: 'SSL' | 'STARTTLS' | 'plain' }
  smtp: { host: string; port: number; socketType: 'SSL' | 'STARTTLS' | 'plain' }
  username?: string
}): string {
  const server = (kind: 'incomingServer' | 'outgoingServer', type: string, s: { host: string; port: number; socketType: string }) =>
    `  <${kind} type="${type}">\n    <hostname>${s.host}</hostname>\n    <port>${s.port}</port>\n    <socketType>${s.socketType}</socketType>\n    <username>${o.username ?? '%EMAILADDRESS%'}</username>\n    <authentication>password-cleartext</authentication>\n  </${kind}>\n`
  return `<?xml version="1.0" encoding="UTF-8"?>\n<clientConfig version="1.1">\n <emailProvider id="${o.domain}">\n  <domain>${o.domain}</domain>\n${server('incomingServer', 'imap', o.imap)}${server('outgoingServer', 'smtp', o.smtp)} </emailProvider>\n</clientConfig>\n`
}

/** `files` maps a path (AUTOCONFIG_PATH, WELL_KNOWN_PATH) to the XML served there; it may be changed later. */
export async function startAutoconfigServer(
  files: Record<string, string> = {}
): Promise<AutoconfigServer & { files: Record<string, string> }> {
  const requests: string[] = []
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    requests.push(req.url ?? '/')
    const body = files[path]
    if (body === undefined) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': 'text/xml' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { base: `http://127.0.0.1:${port}`, requests, files, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
