import type { Letter, LetterBlock } from './letter'

/** Plain text of a letter: for the text part of an e-mail and for tests. Blocks are separated by a blank line. */
export function renderLetterText(letter: Letter): string {
  const colon = letter.language === 'fr' ? '\u00a0:' : ':'
  const parts: string[] = []
  if (letter.addressee.length > 0) parts.push(letter.addressee.join('\n'))
  parts.push(letter.meta.map((item) => `${item.label}${colon} ${item.value}`).join('\n'))
  parts.push(letter.salutation)
  parts.push(...letter.body.flatMap((block) => blockText(block, 0)))
  parts.push(letter.closing)
  parts.push([letter.signature.organisation, ...letter.signature.lines].join('\n'))
  return `${parts.join('\n\n')}\n`
}

function blockText(block: LetterBlock, depth: number): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text]
    case 'list':
      return [block.items.map((item) => `- ${item.replace(/\n/g, '\n  ')}`).join('\n')]
    case 'link':
      return [`${block.text}\n${block.href}`]
    case 'address':
      return [block.lines.map((line) => `    ${line}`).join('\n')]
    case 'section': {
      const heading = depth === 0 ? block.heading.toLocaleUpperCase() : block.heading
      return [heading, ...block.blocks.flatMap((child) => blockText(child, depth + 1))]
    }
  }
}
