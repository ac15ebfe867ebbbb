/**
 * A mail server further away than the loopback: a TCP proxy that holds everything half of a
 * round trip each way. On the loopback every round trip is free, and a heuristic tuned there
 * (a STATUS "slow" after 40 ms) misread every answer of a real server (issue 14).
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net'

/** A TCP proxy on the loopback to `target` that delays everything by half of `rttMs` each way, as a distant server would. */
export async function delayingProxy(target: number, rttMs: number): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1')
    for (const [from, to] of [
      [client, upstream],
      [upstream, client]
    ] as const) {
      sockets.add(from)
      from.on('data', (chunk) => setTimeout(() => to.writable && to.write(chunk), rttMs / 2))
      from.on('close', () => {
        sockets.delete(from)
        setTimeout(() => to.destroy(), rttMs / 2)
      })
      from.on('error', () => undefined)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
