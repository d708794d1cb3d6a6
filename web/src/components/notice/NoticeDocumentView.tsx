import type { MouseEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type Block,
  type Inline,
  isSafeId,
  type NoticeDocument,
  type NoticeSection,
  safeHref,
} from './noticeDocument'

/** Element ids get a prefix: the notice's anchors ("introduction") must not clash with the application's ids. */
const ID_PREFIX = 'notice-'
const anchorId = (id: string) => `${ID_PREFIX}${id}`

type Level = 2 | 3 | 4 | 5 | 6

interface HeadingProps {
  level: Level
  id?: string | undefined
  /** Headings that anchors lead to receive focus (tabIndex -1). */
  focusable?: boolean
  className?: string
  testId?: string
  children: ReactNode
}

function Heading({ level, id, focusable = true, className, testId, children }: HeadingProps) {
  const Tag = `h${level}` as const
  return (
    <Tag id={id} tabIndex={id && focusable ? -1 : undefined} className={className} data-testid={testId}>
      {children}
    </Tag>
  )
}

/**
 * An anchor within the notice. The application routes on the URL's hash, so following '#right-to-object' would
 * leave the page: the link moves focus (and the view) to the heading instead.
 */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(anchorId(id))
  if (!target) return
  event.preventDefault()
  target.scrollIntoView({ block: 'start' })
  target.focus({ preventScroll: true })
}

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, i) => {
        const key = i
        if (typeof part === 'string') return <span key={key}>{part}</span>
        if ('strong' in part) return <strong key={key}>{part.strong}</strong>
        const href = safeHref(part.link)
        if (href === null) return <span key={key}>{part.text}</span>
        if (href.startsWith('#')) {
          const id = href.slice(1)
          return (
            <a key={key} href={`#${anchorId(id)}`} onClick={(e) => jumpTo(e, id)}>
              {part.text}
            </a>
          )
        }
        return (
          <a key={key} href={href} rel="noopener noreferrer">
            {part.text}
          </a>
        )
      })}
    </>
  )
}

function List({ items }: { items: Inline[][] }) {
  return (
    <ul>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items are identified by their position
        <li key={i}>
          <InlineText parts={item} />
        </li>
      ))}
    </ul>
  )
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineText parts={block.content} />
        </p>
      )
    case 'list':
      return <List items={block.items} />
    case 'definitions':
      return (
        <dl className="notice-definitions">
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: terms may repeat; the position identifies them
            <div key={i}>
              <dt>{item.term}</dt>
              <dd>
                {item.description.map((d, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are identified by their position
                  <p key={j}>
                    <InlineText parts={d} />
                  </p>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )
    case 'table':
      return (
        <div className="notice-table">
          <table className="table">
            {block.caption ? <caption>{block.caption}</caption> : null}
            <thead>
              <tr>
                {block.head.map((h, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by their position
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are identified by their position
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by their position
                      <th key={j} scope="row">
                        <InlineText parts={cell} />
                      </th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by their position
                      <td key={j}>
                        <InlineText parts={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
  }
}

function SectionView({ section, level }: { section: NoticeSection; level: Level }) {
  const id = isSafeId(section.id) ? anchorId(section.id) : undefined
  const next = Math.min(level + 1, 6) as Level
  return (
    <section
      aria-labelledby={id}
      className={section.prominent ? 'notice-section notice-prominent' : 'notice-section'}
      data-testid={`notice-section-${section.id}`}
    >
      <Heading level={level} id={id}>
        {section.heading}
      </Heading>
      {section.blocks.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are identified by their position
        <BlockView key={i} block={b} />
      ))}
      {(section.subsections ?? []).map((sub, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: subsection ids may be missing or repeat
        <SectionView key={`${sub.id}-${i}`} section={sub} level={next} />
      ))}
    </section>
  )
}

function Contents({ sections }: { sections: NoticeSection[] }) {
  const linked = sections.filter((s) => isSafeId(s.id))
  if (linked.length === 0) return null
  return (
    <ol>
      {linked.map((s) => (
        <li key={s.id}>
          <a href={`#${anchorId(s.id)}`} onClick={(e) => jumpTo(e, s.id)}>
            {s.heading}
          </a>
          {s.subsections ? <Contents sections={s.subsections} /> : null}
        </li>
      ))}
    </ol>
  )
}

/**
 * The privacy notice rendered from its structured form (never from HTML): the title as a level-2 heading under the
 * page title, the summary, a table of contents and every section, in the notice's own language.
 */
export function NoticeDocumentView({ notice, level = 2 }: { notice: NoticeDocument; level?: 2 | 3 }) {
  const { t } = useTranslation()
  const sub = (level + 1) as Level
  return (
    <article className="notice-document" lang={notice.language || undefined} data-testid="notice-document">
      <Heading level={level} className="notice-title" testId="notice-title">
        {notice.title}
      </Heading>
      {notice.summary.length > 0 ? (
        <section className="notice-summary" aria-labelledby="notice-summary-heading">
          <Heading level={sub} id="notice-summary-heading" focusable={false}>
            {t('notice.document.summary', { lng: lngOf(notice) })}
          </Heading>
          <List items={notice.summary} />
        </section>
      ) : null}
      <nav className="notice-contents" aria-labelledby="notice-contents-heading">
        <Heading level={sub} id="notice-contents-heading" focusable={false}>
          {t('notice.document.contents', { lng: lngOf(notice) })}
        </Heading>
        <Contents sections={notice.sections} />
      </nav>
      {notice.sections.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: section ids may be missing or repeat
        <SectionView key={`${s.id}-${i}`} section={s} level={sub} />
      ))}
    </article>
  )
}

/** The headings the composer does not provide are written in the notice's language, not the interface's. */
function lngOf(notice: NoticeDocument): 'nl' | 'fr' | 'en' {
  return notice.language === 'fr' || notice.language === 'en' ? notice.language : 'nl'
}
