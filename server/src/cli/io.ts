import { createInterface } from 'node:readline'

/** Reads a secret from stdin: the first line when piped, or typed without echo on a terminal. */
export async function readSecretFromStdin(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin })
    for await (const line of rl) {
      rl.close()
      return line
    }
    return ''
  }
  process.stderr.write(prompt)
  return new Promise((resolve) => {
    const stdin = process.stdin
    let value = ''
    stdin.setRawMode(true)
    stdin.resume()
    stdin.setEncoding('utf8')
    const onData = (char: string) => {
      if (char === '\r' || char === '\n' || char === '\u0004') {
        stdin.setRawMode(false)
        stdin.pause()
        stdin.off('data', onData)
        process.stderr.write('\n')
        resolve(value)
      } else if (char === '\u0003') {
        process.exit(130)
      } else if (char === '\u007f') {
        value = value.slice(0, -1)
      } else {
        value += char
      }
    }
    stdin.on('data', onData)
  })
}

/** A one-line progress indicator on a terminal; silent when output is piped. */
export function progress(label: string) {
  const tty = process.stderr.isTTY
  return {
    update(count: number) {
      if (tty) process.stderr.write(`\r${label}: ${count}`)
    },
    done() {
      if (tty) process.stderr.write('\n')
    },
  }
}
