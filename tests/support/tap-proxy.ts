/**
 * A TCP proxy on the loopback that lets a test watch or cut what passes: `up` sees what the client sends (false: the
 * connection is dropped there, as a server that drops it would), `down` what the server answers (a Buffer it returns
 * is sent in its place: another server's way of answering).
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net'

export async function tapProxy(
  target: number,
  tap: { up?: (chunk: Buffer) => boolean; down?: (chunk: Buffer) => Buffer | void } = {}
): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1')
    sockets.add(client).add(upstream)
    client.on('data', (chunk) => {
      if (tap.up && !tap.up(chunk)) {
        client.destroy()
        upstream.destroy()
      } else upstream.write(chunk)
    })
    upstream.on('data', (chunk) => {
      const answer = tap.down?.(chunk) ?? chunk
      if (client.writable) client.write(answer)
    })
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
    client.on('error', () => undefined)
    upstream.on('error', () => undefined)
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
