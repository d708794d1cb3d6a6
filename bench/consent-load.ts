/**
 * The load generator of bench/consent.ts, run in its own process: autocannon with `connections` clients POSTing
 * consent events, each request a new person (e-mail address numbered per request). Prints autocannon's JSON result.
 *   npx tsx bench/consent-load.ts <url> <seconds> <connections> <token> <body-template-json>
 */
import autocannon from 'autocannon'

const [url, seconds, connections, token, template] = process.argv.slice(2)
let n = 0
const tag = Math.random().toString(36).slice(2, 8)
const result = await autocannon({
  url: url as string,
  duration: Number(seconds),
  connections: Number(connections),
  requests: [
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      setupRequest: (request) => {
        n += 1
        return { ...request, body: (template as string).replace('[<id>]', `${tag}-${n}`) }
      },
    },
  ],
})
process.stdout.write(JSON.stringify(result))
