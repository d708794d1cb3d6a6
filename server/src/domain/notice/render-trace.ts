import type { Block, NoticeDocument, NoticeSection } from './model'
import { plainText } from './text'

/**
 * The debug view of `custos notice build --trace`: every sentence of the notice, each followed by the register
 * paths (or "law: ...") it comes from, so that a reader can check that nothing is said without a source. A
 * sentence with no source is marked "(no source)".
 */
export function renderNoticeTrace(notice: NoticeDocument): string {
  const lines: string[] = [`# ${notice.title}`, '']
  notice.summary.forEach((point, i) => {
    lines.push(...traced(plainText(point), notice.summarySources?.[i]))
  })
  const visit = (section: NoticeSection, depth: number) => {
    lines.push('', `${'#'.repeat(depth)} ${section.heading}`)
    for (const block of section.blocks) {
      for (const text of blockTexts(block)) lines.push(...traced(text, block.source))
    }
    for (const sub of section.subsections ?? []) visit(sub, depth + 1)
  }
  for (const section of notice.sections) visit(section, 2)
  return `${lines.join('\n')}\n`
}

function traced(text: string, source: readonly string[] | undefined): string[] {
  const from = source && source.length > 0 ? compact(source).join(', ') : '(no source)'
  return sentences(text).flatMap((s) => [s, `    <- ${from}`])
}

/** A text split after a full stop, question mark or colon that ends a sentence. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!:])\s+(?=[\p{Lu}«“"(])/u)
    .map((s) => s.trim())
    .filter(Boolean)
}

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [plainText(block.content)]
    case 'list':
      return block.items.map((item) => `- ${plainText(item)}`)
    case 'definitions':
      return block.items.flatMap((item) => [
        `${item.term}:`,
        ...item.description.map((d) => `  ${plainText(d)}`),
      ])
    case 'table':
      return [block.head.join(' | '), ...block.rows.map((row) => row.map(plainText).join(' | '))]
  }
}

/** "activities[a].x, activities[b].x" as "activities[a, b].x", to keep a trace line readable. */
function compact(paths: readonly string[]): string[] {
  const groups = new Map<string, string[]>()
  const out: string[] = []
  for (const path of paths) {
    const match = /^activities\[([^\]]+)\](.*)$/.exec(path)
    if (!match) {
      out.push(path)
      continue
    }
    const rest = match[2] ?? ''
    const keys = groups.get(rest)
    if (keys) keys.push(match[1] ?? '')
    else {
      groups.set(rest, [match[1] ?? ''])
      out.push(`\u0000${rest}`)
    }
  }
  return out.map((p) =>
    p.startsWith('\u0000') ? `activities[${groups.get(p.slice(1))?.join(', ')}]${p.slice(1)}` : p,
  )
}
