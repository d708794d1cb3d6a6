/** autocannon ships no types; bench/consent-load.ts uses its programmatic API only. */
declare module 'autocannon' {
  interface RequestOptions {
    method?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (request: Record<string, unknown>) => Record<string, unknown>
  }
  interface Options {
    url: string
    duration: number
    connections: number
    requests?: RequestOptions[]
  }
  export default function autocannon(options: Options): Promise<unknown>
}
