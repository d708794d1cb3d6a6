import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { PinnedSocket, pinOnce } from './pinned-socket'
import { ConnectorTargetError } from './target-error'

describe('pinned connections', () => {
  it('connect to the pinned address, whatever name the driver passes (it is never resolved again)', async () => {
    const server = createServer((socket) => socket.end('hello'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    try {
      const socket = new PinnedSocket(async () => '127.0.0.1').connect(
        port,
        'name-that-does-not-resolve.invalid',
      )
      const greeting = await new Promise<string>((resolve, reject) => {
        socket.on('data', (data) => resolve(String(data)))
        socket.on('error', reject)
      })
      expect(greeting).toBe('hello')
      expect(socket.remoteAddress).toBe('127.0.0.1')
      socket.destroy()
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('fail with the refusal when the guard refuses, and never connect to a Unix socket path', async () => {
    const refused = new ConnectorTargetError('connector.target-not-allowed')
    const failure = (socket: PinnedSocket) =>
      new Promise<unknown>((resolve) => socket.on('error', (error) => resolve(error)))
    expect(await failure(new PinnedSocket(() => Promise.reject(refused)).connect(5432, 'db'))).toBe(refused)
    const path = await failure(new PinnedSocket(async () => '127.0.0.1').connect('/tmp/.s.PGSQL.5432'))
    expect(path).toBeInstanceOf(ConnectorTargetError)
  })

  it('resolve once per pool (every connection goes to the same checked address), again after a failure', async () => {
    const answers = [
      Promise.reject(new Error('no answer')),
      Promise.resolve('10.0.0.1'),
      Promise.resolve('10.6.6.6'),
    ]
    for (const answer of answers) answer.catch(() => {})
    let calls = 0
    const pinned = pinOnce(() => answers[calls++] as Promise<string>)
    await expect(pinned()).rejects.toThrow('no answer')
    expect(await Promise.all([pinned(), pinned(), pinned()])).toEqual(['10.0.0.1', '10.0.0.1', '10.0.0.1'])
    expect(await pinned()).toBe('10.0.0.1')
    expect(calls).toBe(2)
  })
})
