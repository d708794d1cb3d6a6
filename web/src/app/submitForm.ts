/**
 * The sequence every form of the web UI repeats on submit (issue 13: one form shell), without React so that it can
 * be unit-tested: clear the messages of the attempt before, run the form's own checks (the first problem is shown
 * at its field, nothing is sent), then send - marked busy - and either show the success message or turn the failed
 * request into messages per field by the problem's `code`, worded in the user's language (useFormErrors).
 */

/** A field the form's own check refuses, with the message shown at it. */
export interface FieldProblem {
  field: string
  message: string
}

/** What a check answers: the first problem, or nothing when the form may be sent. */
export type FormCheck = () => FieldProblem | null | undefined | false

/** What sending answers: a success message to show (announced politely), or nothing. */
// biome-ignore lint/suspicious/noConfusingVoidType: an action that shows no message returns nothing
export type FormAction = () => Promise<string | null | undefined | void>

export interface SubmitSteps {
  clear(): void
  invalid(field: string, message: string): void
  fail(error: unknown): void
  succeed(message: string | null): void
  /** Runs the sending while the form is marked busy (useBusy). */
  busy(work: () => Promise<void>): Promise<void>
}

export type SubmitOutcome = 'invalid' | 'failed' | 'done'

export async function submitForm(
  steps: SubmitSteps,
  action: FormAction,
  check?: FormCheck,
): Promise<SubmitOutcome> {
  steps.clear()
  steps.succeed(null)
  const problem = check?.()
  if (problem) {
    steps.invalid(problem.field, problem.message)
    return 'invalid'
  }
  let outcome: SubmitOutcome = 'done'
  await steps.busy(async () => {
    try {
      steps.succeed((await action()) || null)
    } catch (error) {
      outcome = 'failed'
      steps.fail(error)
    }
  })
  return outcome
}

/** The first problem of several checks in the form's order (`when` true: the field is refused). */
export function firstProblem(
  ...checks: readonly [when: boolean, field: string, message: string][]
): FieldProblem | null {
  const found = checks.find(([when]) => when)
  return found ? { field: found[1], message: found[2] } : null
}
