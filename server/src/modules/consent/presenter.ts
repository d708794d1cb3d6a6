import type { ConsentEventView, ConsentProof } from './proof'
import type { RecordedConsent } from './service'
import type { ConsentStatusView } from './status'

const iso = (d: Date) => d.toISOString()
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null)

export function presentRecorded(r: RecordedConsent) {
  return {
    id: r.id,
    seq: r.seq,
    hash: r.hash,
    prevHash: r.prevHash,
    purpose: r.purpose,
    state: r.state,
    textHash: r.textHash,
    occurredAt: iso(r.occurredAt),
    recordedAt: iso(r.recordedAt),
    expiresAt: isoOrNull(r.expiresAt),
  }
}

export function presentStatus(view: ConsentStatusView) {
  return {
    identityKind: view.identityKind,
    identityMasked: view.identityMasked,
    purposes: view.purposes.map((p) => ({
      ...p,
      occurredAt: iso(p.occurredAt),
      expiresAt: isoOrNull(p.expiresAt),
    })),
  }
}

export function presentProof(proof: ConsentProof) {
  return {
    identities: proof.identities,
    status: proof.status.map((p) => ({
      ...p,
      occurredAt: iso(p.occurredAt),
      expiresAt: isoOrNull(p.expiresAt),
    })),
    events: proof.events.map(presentEvent),
    texts: proof.texts,
  }
}

export function presentEvent(e: ConsentEventView) {
  return {
    ...e,
    occurredAt: iso(e.occurredAt),
    recordedAt: iso(e.recordedAt),
    expiresAt: isoOrNull(e.expiresAt),
    propagations: e.propagations.map((p) => ({ ...p, updatedAt: iso(p.updatedAt) })),
  }
}
