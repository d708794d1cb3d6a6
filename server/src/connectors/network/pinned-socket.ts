import { Socket } from 'node:net'
import { ConnectorTargetError } from './target-error'

/**
 * A TCP socket that connects only to the address the guard pinned, whatever host name the database driver
 * passes to connect(): the driver keeps the name (for TLS server names), the network sees the checked address.
 * A Unix socket path is refused.
 */
export class PinnedSocket extends Socket {
  constructor(private readonly pinned: () => Promise<string>) {
    super()
  }

  // biome-ignore lint/suspicious/noExplicitAny: net.Socket.connect has many overloads; drivers call (port, host)
  override connect(...args: any[]): this {
    const [port] = args
    this.pinned().then(
      (host) => {
        if (this.destroyed) return
        // A path (Unix socket) instead of a port: the guard refuses those hosts; this is the second line.
        if (typeof port !== 'number') this.destroy(new ConnectorTargetError('connector.target-not-allowed'))
        else super.connect({ port, host })
      },
      (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
    )
    return this
  }
}

/** The first call's promise, shared by every connection of one pool; a failure is forgotten (tried again). */
export function pinOnce(pin: () => Promise<string>): () => Promise<string> {
  let pending: Promise<string> | undefined
  return () => {
    pending ??= pin().catch((error: unknown) => {
      pending = undefined
      throw error
    })
    return pending
  }
}
