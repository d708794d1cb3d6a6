import { type Kysely, sql } from 'kysely'
import type { DB } from '../../db/schema'

/** How many organisations' pages one process keeps (least recently used go first). */
const MAX_ORGANISATIONS = 300
/** How many answers to "is this a previous slug, and of which organisation now?" one process keeps. */
const MAX_SLUG_ANSWERS = 1_000

/** What an organisation's public pages are rendered from, at one revision. */
export class PublicPagesOfOrganisation {
  private readonly memo = new Map<string, Promise<unknown>>()

  constructor(
    readonly organizationId: string,
    readonly revision: number,
  ) {}

  /**
   * Computes `key` once for this revision (concurrent callers share one computation; a failure is not kept).
   * The key names everything the value depends on beyond the organisation, e.g. `privacy:v3:nl:html`.
   */
  once<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const known = this.memo.get(key)
    if (known) return known as Promise<T>
    const value = compute()
    this.memo.set(key, value)
    value.catch(() => this.memo.delete(key))
    return value
  }
}

/**
 * Rendered public pages (privacy notice, request form, and the pages that follow), per organisation and revision.
 * The revision (table public_page_revisions) is raised by database triggers whenever a page could change: a new
 * notice version, a changed organisation profile - from whatever process or command.
 *
 * Two ways to stay fresh:
 * - trusted (PostgreSQL with LISTEN): every change is announced (NOTIFY custos_public_pages) and drops that
 *   organisation here, so a page in memory is served without asking the database;
 * - checked (embedded database, PgBouncer in transaction mode, or while the listening connection is down): each
 *   request reads the organisation's revision (one indexed query) and renders again when it moved.
 */
export class PublicPageCache {
  private readonly bySlug = new Map<string, PublicPagesOfOrganisation>()
  /** Slug -> the current slug it redirects to, or null when it is no previous slug; kept only while trusted. */
  private readonly previousSlugs = new Map<string, string | null>()
  /** Raised on every announced change: an entry read before a change announced meanwhile is not kept. */
  private epoch = 0
  private trusted = false

  constructor(private readonly db: Kysely<DB>) {}

  /** The organisation behind `slug` at its current revision, or undefined when there is none. */
  async organisation(slug: string): Promise<PublicPagesOfOrganisation | undefined> {
    const cached = this.bySlug.get(slug)
    if (cached && this.trusted) {
      this.touch(slug, cached)
      return cached
    }
    const epoch = this.epoch
    const { rows } = await sql<{ id: string; revision: number }>`
      select o.id, coalesce(r.revision, 0) as revision
        from organizations o left join public_page_revisions r on r.organization_id = o.id
       where o.slug = ${slug}`.execute(this.db)
    const row = rows[0]
    if (!row) {
      this.bySlug.delete(slug)
      return undefined
    }
    if (cached && cached.organizationId === row.id && cached.revision === Number(row.revision)) {
      this.touch(slug, cached)
      return cached
    }
    const fresh = new PublicPagesOfOrganisation(row.id, Number(row.revision))
    if (epoch === this.epoch) this.touch(slug, fresh)
    return fresh
  }

  /**
   * The current slug of the organisation that had `slug` before, or null when none had it. Every public request asks
   * this (old addresses redirect); while announcements are trusted the answer is kept, and any announced change -
   * a slug change is a profile change - forgets every kept answer.
   */
  async redirectOf(slug: string, lookUp: (slug: string) => Promise<string | null>): Promise<string | null> {
    if (this.trusted) {
      const known = this.previousSlugs.get(slug)
      if (known !== undefined) return known
    }
    const epoch = this.epoch
    const answer = await lookUp(slug)
    if (this.trusted && epoch === this.epoch) {
      if (this.previousSlugs.size >= MAX_SLUG_ANSWERS) this.previousSlugs.clear()
      this.previousSlugs.set(slug, answer)
    }
    return answer
  }

  /** A change of one organisation was announced: its pages go, whatever slug they were under. */
  changed(organizationId: string): void {
    this.epoch++
    this.previousSlugs.clear()
    for (const [slug, entry] of this.bySlug)
      if (entry.organizationId === organizationId) this.bySlug.delete(slug)
  }

  /**
   * A write through this process may have changed `slug`'s pages: they go now, before its answer is sent, so the
   * writer's next read is fresh without waiting for the announcement (which other processes get).
   */
  forget(slug: string): void {
    this.epoch++
    this.bySlug.delete(slug)
    this.previousSlugs.clear()
  }

  /** Announcements reach this process from now on (true) or may be missed (false): forget everything either way. */
  setTrusted(trusted: boolean): void {
    this.epoch++
    this.trusted = trusted
    this.bySlug.clear()
    this.previousSlugs.clear()
  }

  get isTrusted(): boolean {
    return this.trusted
  }

  private touch(slug: string, entry: PublicPagesOfOrganisation): void {
    this.bySlug.delete(slug)
    this.bySlug.set(slug, entry)
    if (this.bySlug.size > MAX_ORGANISATIONS) {
      const oldest = this.bySlug.keys().next().value
      if (oldest !== undefined) this.bySlug.delete(oldest)
    }
  }
}
