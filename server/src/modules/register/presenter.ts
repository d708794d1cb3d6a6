import { changesBetween } from './changes'
import type { RegisterEntry, RegisterEntryVersion } from './entry'

export function presentVersion(v: RegisterEntryVersion) {
  return {
    version: v.version,
    change: v.change,
    changedAt: v.changedAt.toISOString(),
    actorLabel: v.actorLabel,
    actorType: v.actorType,
    requestId: v.requestId,
    data: v.data,
    changes: changesBetween(v.previous, v.data).map((c) => ({
      path: c.path,
      type: c.type,
      ...(c.from === undefined ? {} : { from: c.from }),
      ...(c.to === undefined ? {} : { to: c.to }),
    })),
  }
}

/** An entry with its version and last change; `data` is the entry as the register file states it. */
export function presentEntry(e: RegisterEntry) {
  return { version: e.version, updatedAt: e.updatedAt.toISOString(), data: e.data }
}
