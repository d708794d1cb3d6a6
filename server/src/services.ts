/** The roles one Custos process can play (`custos start --services`). Kept apart from config so the CLI can
 * list them without loading the configuration schema. */
export const SERVICES = ['web', 'worker', 'scheduler'] as const
export type Service = (typeof SERVICES)[number]
