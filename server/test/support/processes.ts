import { spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type StartedCli, startCli } from './cli'
import { waitFor } from './wait'

/** A free TCP port on the loopback interface (the kernel picks it; it is free when returned). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => done(port))
    })
  })
}

export interface Started extends StartedCli {
  name: string
}

/** `custos start --services ...` as its own process, as an operator runs it, with the environment `env` sets. */
export function startCustos(name: string, services: string, env: NodeJS.ProcessEnv, port?: number): Started {
  const args = ['start', '--services', services, ...(port ? ['--port', String(port)] : [])]
  return { name, ...startCli(args, { env }) }
}

/** Waits until `url` answers 200 (the process is up and its database is migrated), or the process ended. */
export async function waitUntilReady(started: Started, url: string, timeoutMs = 90_000): Promise<void> {
  await waitFor(async () => {
    if (started.child.exitCode !== null)
      throw new Error(`${started.name} ended (${started.child.exitCode}): ${started.errors()}`)
    try {
      return (await fetch(url)).status === 200
    } catch {
      return false
    }
  }, timeoutMs)
}

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p))

export interface Nginx {
  port: number
  stop(): Promise<void>
}

/**
 * nginx from the distribution in front of `upstreams`, on a loopback port, with a configuration of its own in
 * a temporary directory (never the system's) - the reference configuration of docs/deployment.md without TLS. Run as an
 * unprivileged user (nobody) when the tests run as root. Each answer names the web process it came from
 * (X-Upstream), so a test can see the load spread.
 */
export async function startNginx(upstreams: number[]): Promise<Nginx> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx; .ci/run installs it)')
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'custos-nginx-'))
  const conf = join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream custos_web {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 8m;
    location / {
      proxy_pass http://custos_web;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  )
  const asRoot = process.getuid?.() === 0
  if (asRoot) chownSync(dir, 65534, 65534)
  const child = spawn(NGINX, ['-e', `${dir}/error.log`, '-c', conf, '-p', dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  })
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString()
  })
  const exited = new Promise<void>((done) => child.on('exit', () => done()))
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`nginx ended: ${errors}`)
    try {
      return (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200
    } catch {
      return false
    }
  }, 20_000)
  return {
    port,
    async stop() {
      child.kill('SIGQUIT')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
