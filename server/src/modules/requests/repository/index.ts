/** Every query of the requests module, one file per table family; each is scoped to one organisation. */
export * from './attachments'
export * from './events'
export * from './notes'
export * from './people'
export * from './requests'
export * from './tasks'
