/** Personal data breaches (Art. 33-34 GDPR): ENISA severity, decisions, clocks, the GBA drafts and letters. */
export * from './clocks'
export * from './decision'
export * from './drafts'
export * from './enisa'
export * from './letter'
export * from './record'
export * from './register-scope'
export * from './wording'
