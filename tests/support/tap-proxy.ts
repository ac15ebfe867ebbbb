/**
 * A TCP proxy on the loopback that lets a test watch or cut what passes: `up` sees what the client sends (false: the
 * connection is dropped there, as a server that drops it would), `down` what the server answers (a Buffer it returns
 * is sent in its place: another server's way of answering). `rttMs` holds everything half of it each way (a server
 * further away). Each connection is kept in `conns`, with what its client sent so far, to be told apart and dropped,
 * or stalled (nothing passes, nothing is closed: a change of network).
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net'

export interface TappedConnection {
  /** What the client sent so far, as text (latin1). */
  up: string
  /** False once either side closed it. */
  open: boolean
  /** Drops it, as the network or the server would. */
  drop(): void
  /** From now on nothing passes either way, and neither end is told (a change of network: the packets go nowhere). */
  stall(): void
}

export async function tapProxy(
  target: number,
  tap: { up?: (chunk: Buffer) => boolean; down?: (chunk: Buffer) => Buffer | void; rttMs?: number } = {}
): Promise<{ port: number; conns: TappedConnection[]; close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const conns: TappedConnection[] = []
  const half = (tap.rttMs ?? 0) / 2
  const later = (send: () => void) => (half ? void setTimeout(send, half) : send())
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1')
    sockets.add(client).add(upstream)
    let stalled = false
    const conn: TappedConnection = {
      up: '',
      open: true,
      drop: () => {
        client.destroy()
        upstream.destroy()
      },
      stall: () => void (stalled = true)
    }
    conns.push(conn)
    client.on('data', (chunk) => {
      if (stalled) return
      conn.up += chunk.toString('latin1')
      if (tap.up && !tap.up(chunk)) conn.drop()
      else later(() => upstream.writable && upstream.write(chunk))
    })
    upstream.on('data', (chunk) => {
      if (stalled) return
      const answer = tap.down?.(chunk) ?? chunk
      later(() => client.writable && client.write(answer))
    })
    for (const [from, to] of [
      [client, upstream],
      [upstream, client]
    ] as const) {
      from.on('close', () => {
        conn.open = false
        later(() => to.destroy())
      })
      from.on('error', () => undefined)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    conns,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
