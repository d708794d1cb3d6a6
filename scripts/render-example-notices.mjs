#!/usr/bin/env node
// Renders the privacy notice of every example register (examples/*.register.yaml) in nl, fr and en as Markdown
// into examples/notices/, so a reader can judge the generated prose.
//   node scripts/render-example-notices.mjs           regenerate
//   node scripts/render-example-notices.mjs --check   exit 1 when a committed notice is out of date
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tsImport } from 'tsx/esm/api'

const { parseRegisterText } = await tsImport('../server/src/domain/register/parse.ts', import.meta.url)
const { composeNotice } = await tsImport('../server/src/domain/notice/compose-notice.ts', import.meta.url)
const { renderNoticeMarkdown } = await tsImport(
  '../server/src/domain/notice/render-markdown.ts',
  import.meta.url,
)

const check = process.argv.includes('--check')
const stale = []
for (const file of readdirSync('examples')
  .filter((f) => f.endsWith('.register.yaml'))
  .sort()) {
  const name = file.replace('.register.yaml', '')
  const parsed = parseRegisterText(readFileSync(`examples/${file}`, 'utf8'))
  if (!parsed.ok) throw new Error(`examples/${file} is not a valid register file`)
  for (const language of ['nl', 'fr', 'en']) {
    const notice = composeNotice(parsed.document, {
      language,
      portalUrl: `https://privacy.example.be/p/${name}`,
    })
    const target = `examples/notices/${name}.${language}.md`
    const text = renderNoticeMarkdown(notice)
    if (!check) writeFileSync(target, text)
    else if (readFileSync(target, 'utf8') !== text) stale.push(target)
  }
}
if (stale.length > 0) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run examples:notices\` and commit the result.`)
  process.exit(1)
}
console.log(check ? 'Example notices are up to date.' : 'Example notices written to examples/notices/.')
