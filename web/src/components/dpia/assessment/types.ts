import type { paths } from '../../../api/schema'

type Path = '/api/v1/orgs/{slug}/dpia/assessments/{activityKey}'
/** One activity's DPIA as the server shows it (context from the register, versions, what the user may do). */
export type Assessment = paths[Path]['get']['responses'][200]['content']['application/json']
/** What the form edits and saves as a new version. */
export type Content = paths[Path]['put']['requestBody']['content']['application/json']
export type RiskKey = Assessment['risks'][number]['key']
export type PrincipleKey = Assessment['principles'][number]['key']
export type RiskContent = NonNullable<NonNullable<Content['risks']>[string]>
export type Estimate = { severity: number; likelihood: number } | null
/** The form's content changed by a function of the content before. */
export type SetContent = (change: (c: Content) => Content) => void
