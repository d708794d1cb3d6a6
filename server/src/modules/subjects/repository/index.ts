/** Every query of the subject index, one file per table; each one is scoped to one organisation. */
export * from './events'
export * from './identities'
export * from './parts'
export * from './relationships'
export * from './subject-search'
export * from './subjects'
