/** Every query of the suppression module, one file per table family; each is scoped to one organisation. */
export * from './dncm'
export * from './entries'
export * from './opt-ins'
export * from './robinson'
