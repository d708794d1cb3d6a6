import { escapeLineStart, escapeMarkdown, isSafeId, markdownDestination, safeHref } from './escape'
import type { Block, Inline, NoticeDocument, NoticeSection } from './model'
import { wordingFor } from './wording'

/**
 * The notice as CommonMark (GitHub-flavoured tables): headings ## / ###, lists, tables and links. Every text is
 * escaped, so that an organisation's text cannot inject markup; only http(s), mailto and in-page links are links.
 * Sections carry an HTML anchor with their stable id, so that "#right-to-object" works in every viewer.
 */
export function renderNoticeMarkdown(notice: NoticeDocument): string {
  const w = wordingFor(notice.language)
  const out: string[] = [`# ${escapeMarkdown(notice.title)}`]
  out.push(`## ${escapeMarkdown(w.summaryHeading)}`, list(notice.summary))
  out.push(
    `## ${escapeMarkdown(w.contentsHeading)}`,
    notice.sections
      .filter((s) => isSafeId(s.id))
      .map((s) => `- [${escapeMarkdown(s.heading)}](#${s.id})`)
      .join('\n'),
  )
  for (const s of notice.sections) out.push(section(s, 2))
  return `${out.join('\n\n')}\n`
}

function section(s: NoticeSection, level: number): string {
  const parts: string[] = []
  if (isSafeId(s.id)) parts.push(`<a id="${s.id}"></a>`)
  parts.push(`${'#'.repeat(Math.min(level, 6))} ${escapeMarkdown(s.heading)}`)
  for (const b of s.blocks) parts.push(block(b))
  for (const sub of s.subsections ?? []) parts.push(section(sub, level + 1))
  const text = parts.join('\n\n')
  // Markdown has no framed box: the prominent section (Art. 21(4)) is set apart as a block quote.
  return s.prominent
    ? text
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n')
    : text
}

function inline(content: readonly Inline[]): string {
  const text = content
    .map((part) => {
      if (typeof part === 'string') return escapeMarkdown(part)
      if ('strong' in part) return part.strong.trim() === '' ? '' : `**${escapeMarkdown(part.strong)}**`
      const href = safeHref(part.link)
      return href === undefined
        ? escapeMarkdown(part.text)
        : `[${escapeMarkdown(part.text)}](${markdownDestination(href)})`
    })
    .join('')
  return escapeLineStart(text)
}

function list(items: readonly Inline[][]): string {
  return items.map((item) => `- ${inline(item)}`).join('\n')
}

function cell(content: readonly Inline[]): string {
  return inline(content).trim() || ' '
}

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return inline(b.content)
    case 'list':
      return list(b.items)
    case 'definitions':
      return b.items
        .map((item) =>
          [`- **${escapeMarkdown(item.term)}**`, ...item.description.map((d) => `  ${inline(d)}`)].join(
            '\n\n',
          ),
        )
        .join('\n\n')
    case 'table': {
      const rows = [
        `| ${b.head.map((h) => escapeMarkdown(h)).join(' | ')} |`,
        `| ${b.head.map(() => '---').join(' | ')} |`,
        ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ]
      return [...(b.caption ? [`*${escapeMarkdown(b.caption)}*`] : []), rows.join('\n')].join('\n\n')
    }
  }
}
