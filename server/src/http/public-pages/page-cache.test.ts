import { describe, expect, it } from 'vitest'
import { PublicPageCache } from './page-cache'

/** Answers to "which organisation had this slug before?" kept by a web process (the redirect of old addresses). */
describe('PublicPageCache.redirectOf', () => {
  const setUp = (answers: Record<string, string | null>) => {
    const asked: string[] = []
    const lookUp = async (slug: string) => {
      asked.push(slug)
      return answers[slug] ?? null
    }
    // redirectOf never reads the database itself: the caller's lookUp does.
    return { cache: new PublicPageCache({} as never), asked, lookUp }
  }

  it('asks every time while announcements may be missed', async () => {
    const { cache, asked, lookUp } = setUp({ old: 'new' })
    expect(await cache.redirectOf('old', lookUp)).toBe('new')
    expect(await cache.redirectOf('old', lookUp)).toBe('new')
    expect(asked).toEqual(['old', 'old'])
  })

  it('keeps answers, "none" included, while trusted', async () => {
    const { cache, asked, lookUp } = setUp({ old: 'new' })
    cache.setTrusted(true)
    expect(await cache.redirectOf('old', lookUp)).toBe('new')
    expect(await cache.redirectOf('bakkerij', lookUp)).toBeNull()
    expect(await cache.redirectOf('old', lookUp)).toBe('new')
    expect(await cache.redirectOf('bakkerij', lookUp)).toBeNull()
    expect(asked).toEqual(['old', 'bakkerij'])
  })

  it("forgets every answer on any announced change, on this process's own write and when trust changes", async () => {
    const answers: Record<string, string | null> = { bakkerij: null }
    const { cache, asked, lookUp } = setUp(answers)
    cache.setTrusted(true)
    await cache.redirectOf('bakkerij', lookUp)
    answers.bakkerij = 'bakkerij-leuven' // another organisation's slug change, announced as its profile change
    cache.changed('another-organisation')
    expect(await cache.redirectOf('bakkerij', lookUp)).toBe('bakkerij-leuven')
    answers.bakkerij = null
    cache.forget('bakkerij-leuven')
    expect(await cache.redirectOf('bakkerij', lookUp)).toBeNull()
    cache.setTrusted(false)
    cache.setTrusted(true)
    await cache.redirectOf('bakkerij', lookUp)
    expect(asked).toEqual(['bakkerij', 'bakkerij', 'bakkerij', 'bakkerij'])
  })

  it('does not keep an answer read before a change announced while it was read', async () => {
    const { cache, asked } = setUp({})
    cache.setTrusted(true)
    const stale = cache.redirectOf('old', async (slug) => {
      asked.push(slug)
      cache.changed('some-organisation') // announced while this lookup was under way
      return null
    })
    expect(await stale).toBeNull()
    const fresh = cache.redirectOf('old', async (slug) => {
      asked.push(slug)
      return 'new'
    })
    expect(await fresh).toBe('new')
    expect(asked).toEqual(['old', 'old'])
  })
})
