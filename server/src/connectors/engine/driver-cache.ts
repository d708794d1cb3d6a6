import { createHash } from 'node:crypto'
import type { AppContext } from '../../context'
import { type DatasetConnection, openDriverForDataset } from '../../modules/datasets'
import type { Driver } from '../driver'

/** A cached driver is replaced (once no step uses it) after this long, so column lookups and pools stay fresh. */
const MAX_AGE_MS = 10 * 60_000

interface Entry {
  fingerprint: string
  driver: Driver
  openedAt: number
  users: number
  stale: boolean
}

/**
 * One SQL driver per connection per process, reused across the steps and runs a worker executes: connecting and
 * looking up a table's columns cost more than a whole request's statements (docs/benchmarks.md). The key covers
 * the dataset, its connection settings and its encrypted secret, so a changed connection gets a new driver; the
 * old one is closed once no step uses it. HTTP drivers depend on the whole dataset document and are not cached.
 */
export class DriverCache {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * A driver for the dataset `id` with these connection settings (`fingerprint`); its close() only hands it back.
   * A driver of older settings or past its age is closed once no step uses it.
   */
  borrow(key: string, fingerprint: string, open: () => Driver): Driver {
    let entry = this.entries.get(key)
    if (entry && (entry.fingerprint !== fingerprint || this.now() - entry.openedAt > MAX_AGE_MS)) {
      this.retire(key, entry)
      entry = undefined
    }
    if (!entry) {
      entry = { fingerprint, driver: open(), openedAt: this.now(), users: 0, stale: false }
      this.entries.set(key, entry)
    }
    const current = entry
    current.users++
    let returned = false
    const declaredReferences = current.driver.declaredReferences?.bind(current.driver)
    return {
      kind: current.driver.kind,
      ...(declaredReferences ? { declaredReferences } : {}),
      check: () => current.driver.check(),
      select: (collection, matches, fields) => current.driver.select(collection, matches, fields),
      write: (fn) => current.driver.write(fn),
      close: async () => {
        if (returned) return
        returned = true
        current.users--
        if (current.stale && current.users === 0) await current.driver.close()
      },
    }
  }

  /** Closes every driver (the process stops). */
  async closeAll(): Promise<void> {
    const entries = [...this.entries.values()]
    this.entries.clear()
    await Promise.all(entries.map((e) => e.driver.close().catch(() => {})))
  }

  private retire(key: string, entry: Entry): void {
    this.entries.delete(key)
    entry.stale = true
    if (entry.users === 0) void entry.driver.close().catch(() => {})
  }
}

const caches = new WeakMap<AppContext, DriverCache>()

/** The driver cache of this process (one per application context). */
export function driverCache(ctx: AppContext): DriverCache {
  let cache = caches.get(ctx)
  if (!cache) {
    cache = new DriverCache()
    caches.set(ctx, cache)
  }
  return cache
}

/** Closes the cached drivers of a context: called when the runtime (or a test context) closes. */
export async function closeDrivers(ctx: AppContext): Promise<void> {
  await caches.get(ctx)?.closeAll()
  caches.delete(ctx)
}

/** A driver for a dataset's system: SQL drivers come from the process's cache, HTTP drivers are opened anew. */
export function borrowDriver(ctx: AppContext, dataset: DatasetConnection): Driver {
  const kind = dataset.document.connector
  if (kind !== 'postgres' && kind !== 'mysql') return openDriverForDataset(ctx, dataset)
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([kind, dataset.connectionOptions, dataset.secretEncrypted]))
    .digest('hex')
  return driverCache(ctx).borrow(dataset.id, fingerprint, () => openDriverForDataset(ctx, dataset))
}
