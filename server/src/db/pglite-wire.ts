import { Duplex } from 'node:stream'
import type { PGlite } from '@electric-sql/pglite'

const SSL_REQUEST = 80877103
const PROTOCOL_3 = 196608

/**
 * One in-process connection to PGlite that the `pg` driver uses as its socket (`stream` option): the
 * driver's protocol messages go straight to `execProtocolRawStream`, the answers come back as stream data.
 * There is no listening socket, so no other process can reach the database or change its session state
 * (see docs/decisions/0010-embedded-database-without-a-socket.md).
 */
export class PGliteWire extends Duplex {
  private pending = Buffer.alloc(0)
  private started = false
  private queue: Promise<unknown> = Promise.resolve()
  // Duck-typed as a net.Socket for pg's Connection.
  readonly remoteAddress = 'pglite'

  constructor(private readonly pglite: PGlite) {
    super()
  }

  connect(): this {
    queueMicrotask(() => this.emit('connect'))
    return this
  }
  setNoDelay(): this {
    return this
  }
  setKeepAlive(): this {
    return this
  }
  ref(): this {
    return this
  }
  unref(): this {
    return this
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.pending = Buffer.concat([this.pending, chunk])
    let message: Buffer | undefined
    // biome-ignore lint/suspicious/noAssignInExpressions: reads one complete message at a time
    while ((message = this.nextMessage())) {
      const bytes = new Uint8Array(message)
      this.queue = this.queue.then(() => this.run(bytes))
    }
    callback()
  }

  private nextMessage(): Buffer | undefined {
    if (!this.started) {
      // Startup and SSL request: int32 length, int32 code, no type byte.
      if (this.pending.length < 8) return undefined
      const length = this.pending.readInt32BE(0)
      if (this.pending.length < length) return undefined
      const message = this.pending.subarray(0, length)
      this.pending = this.pending.subarray(length)
      if (message.readInt32BE(4) === SSL_REQUEST) {
        this.push(Buffer.from('N'))
        return this.nextMessage()
      }
      if (message.readInt32BE(4) === PROTOCOL_3) this.started = true
      return message
    }
    if (this.pending.length < 5) return undefined
    const length = 1 + this.pending.readInt32BE(1)
    if (this.pending.length < length) return undefined
    const message = this.pending.subarray(0, length)
    this.pending = this.pending.subarray(length)
    return message
  }

  private async run(message: Uint8Array): Promise<void> {
    if (this.destroyed) return
    try {
      await this.pglite.runExclusive(() =>
        this.pglite.execProtocolRawStream(message, {
          onRawData: (data) => {
            if (data.length > 0 && !this.destroyed) this.push(Buffer.from(data))
          },
        }),
      )
    } catch (error) {
      this.destroy(error as Error)
    }
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.push(null)
    callback()
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    // A connection that goes away inside a transaction must not leave PGlite inside it.
    this.queue
      .then(async () => {
        const pglite = this.pglite as PGlite & { isInTransaction?: () => boolean }
        if (pglite.closed) return
        if (pglite.isInTransaction?.() ?? true) await pglite.exec('rollback')
      })
      .catch(() => {})
      .finally(() => callback(error))
  }
}
