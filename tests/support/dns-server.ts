/**
 * A small DNS server on 127.0.0.1 (UDP) answering A, MX and SRV questions from a table,
 * so account discovery is tested against real DNS queries without touching the internet.
 * Point a resolver at it with `resolver.setServers(['127.0.0.1:PORT'])`. Names not in the
 * table get NXDOMAIN. Also used by the e2e demo walk.
 */
import { createSocket } from 'node:dgram'

export interface DnsRecords {
  a?: Record<string, string[]>
  mx?: Record<string, Array<{ exchange: string; priority: number }>>
  srv?: Record<string, Array<{ name: string; port: number; priority?: number; weight?: number }>>
}

const TYPE = { A: 1, MX: 15, SRV: 33 } as const

function encodeName(name: string): Buffer {
  const parts = name.replace(/\.$/, '').split('.').filter(Boolean)
  return Buffer.concat([...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, 'ascii')])), Buffer.from([0])])
}

function readQuestion(msg: Buffer): { name: string; type: number; end: number } {
  const labels: string[] = []
  let i = 12
  while (msg[i]! !== 0) {
    const len = msg[i]!
    labels.push(msg.subarray(i + 1, i + 1 + len).toString('ascii'))
    i += len + 1
  }
  return { name: labels.join('.').toLowerCase(), type: msg.readUInt16BE(i + 1), end: i + 5 }
}

function answer(records: DnsRecords, name: string, type: number): Buffer[] {
  const rr = (data: Buffer) => {
    const head = Buffer.alloc(10)
    head.writeUInt16BE(0xc00c, 0) // pointer to the question's name
    head.writeUInt16BE(type, 2)
    head.writeUInt16BE(1, 4) // IN
    head.writeUInt32BE(60, 6)
    const len = Buffer.alloc(2)
    len.writeUInt16BE(data.length)
    return Buffer.concat([head, len, data])
  }
  if (type === TYPE.A) return (records.a?.[name] ?? []).map((ip) => rr(Buffer.from(ip.split('.').map(Number))))
  if (type === TYPE.MX) {
    return (records.mx?.[name] ?? []).map((m) => {
      const pref = Buffer.alloc(2)
      pref.writeUInt16BE(m.priority)
      return rr(Buffer.concat([pref, encodeName(m.exchange)]))
    })
  }
  if (type === TYPE.SRV) {
    return (records.srv?.[name] ?? []).map((s) => {
      const head = Buffer.alloc(6)
      head.writeUInt16BE(s.priority ?? 0, 0)
      head.writeUInt16BE(s.weight ?? 0, 2)
      head.writeUInt16BE(s.port, 4)
      return rr(Buffer.concat([head, encodeName(s.name)]))
    })
  }
  return []
}

const known = (records: DnsRecords, name: string) => [records.a, records.mx, records.srv].some((table) => table && name in table)

export interface DnsServer {
  address: string
  port: number
  queries: string[]
  close(): Promise<void>
}

export async function startDnsServer(records: DnsRecords): Promise<DnsServer> {
  const socket = createSocket('udp4')
  const queries: string[] = []
  socket.on('message', (msg, peer) => {
    if (msg.length < 17) return
    const q = readQuestion(msg)
    queries.push(`${q.type === TYPE.A ? 'A' : q.type === TYPE.MX ? 'MX' : q.type === TYPE.SRV ? 'SRV' : q.type} ${q.name}`)
    const answers = answer(records, q.name, q.type)
    const header = Buffer.alloc(12)
    header.writeUInt16BE(msg.readUInt16BE(0), 0) // id
    header.writeUInt16BE(0x8180 | (known(records, q.name) ? 0 : 3), 2) // response, RD, RA; NXDOMAIN when unknown
    header.writeUInt16BE(1, 4)
    header.writeUInt16BE(answers.length, 6)
    socket.send(Buffer.concat([header, msg.subarray(12, q.end), ...answers]), peer.port, peer.address)
  })
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  const { port } = socket.address()
  return { address: `127.0.0.1:${port}`, port, queries, close: () => new Promise((resolve) => socket.close(() => resolve())) }
}
