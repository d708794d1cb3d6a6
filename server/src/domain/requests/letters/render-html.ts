import type { Letter, LetterBlock } from './letter'

/**
 * A letter as an HTML fragment (an <article>), for the HTML part of an e-mail, the PDF and the status page. All
 * text is escaped; links are kept only for http(s) and mailto. No inline style: the layout around it styles the
 * classes.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch)
}

/** Escaped text, its line breaks as <br>. */
function text(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, '<br>')
}

/** The URL when it is absolute http(s) or mailto; undefined for anything else (javascript:, data:, relative). */
export function safeHref(href: string): string | undefined {
  try {
    const url = new URL(href.trim())
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}

function blockHtml(block: LetterBlock, depth: number): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${text(block.text)}</p>`
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${text(item)}</li>`).join('')}</ul>`
    case 'link': {
      const href = safeHref(block.href)
      const target = href
        ? `<a href="${escapeHtml(href)}">${escapeHtml(block.href)}</a>`
        : escapeHtml(block.href)
      return `<p>${text(block.text)}<br>${target}</p>`
    }
    case 'address':
      return `<address>${block.lines.map(text).join('<br>')}</address>`
    case 'section': {
      const level = Math.min(depth + 2, 6)
      const children = block.blocks.map((child) => blockHtml(child, depth + 1)).join('\n')
      return `<section><h${level}>${text(block.heading)}</h${level}>\n${children}\n</section>`
    }
  }
}

export function renderLetterHtml(letter: Letter): string {
  const lines = [`<article class="dsr-letter" lang="${letter.language}">`]
  if (letter.addressee.length > 0) {
    lines.push(`<p class="dsr-letter-addressee">${letter.addressee.map(text).join('<br>')}</p>`)
  }
  const meta = letter.meta.map((item) => `<dt>${text(item.label)}</dt><dd>${text(item.value)}</dd>`).join('')
  lines.push(`<dl class="dsr-letter-meta">${meta}</dl>`)
  lines.push(`<p class="dsr-letter-salutation">${text(letter.salutation)}</p>`)
  lines.push(...letter.body.map((block) => blockHtml(block, 0)))
  lines.push(`<p class="dsr-letter-closing">${text(letter.closing)}</p>`)
  const signature = [letter.signature.organisation, ...letter.signature.lines].map(text).join('<br>')
  lines.push(`<p class="dsr-letter-signature">${signature}</p>`)
  lines.push('</article>')
  return `${lines.join('\n')}\n`
}
