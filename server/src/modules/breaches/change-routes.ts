import { may } from '../../auth/policy'
import type { AppContext } from '../../context'
import type { BreachFactsInput } from '../../domain/breaches'
import type { App } from '../../http/types'
import { processorActions } from '../processors'
import { filePart1, filePart2, recordControllersNotified, recordDelayReason } from './notifications'
import { breachActions } from './policy'
import { registerChange } from './route-kit'
import {
  breachPatchSchema,
  controllersBodySchema,
  decisionInputSchema,
  part1BodySchema,
  part2BodySchema,
  reasonBodySchema,
  timelineBodySchema,
} from './schemas'
import { addTimelineEntry, assessBreach, changeBreach, closeBreach } from './service'

/** The facts of a breach and its timeline. */
export function registerBreachFactChanges(app: App, ctx: AppContext) {
  registerChange(
    app,
    ctx,
    'PATCH',
    '',
    'Change the facts of a breach (the lists from the register follow changed systems and activities)',
    breachPatchSchema,
    breachActions.write,
    (a, id, body) =>
      changeBreach(ctx, a.actor, a.organization, id, body as Partial<BreachFactsInput>, {
        clientContacts: may(a.grant, processorActions.read),
      }),
  )
  registerChange(
    app,
    ctx,
    'POST',
    '/timeline',
    'Add an event or a decision (with who decided) to the timeline',
    timelineBodySchema,
    breachActions.write,
    (a, id, body) => addTimelineEntry(ctx, a.actor, a.organization, id, body),
  )
}

/** The assessment, the notifications filed with the GBA and to the controllers, the delay reason, the close. */
export function registerBreachDecisionChanges(app: App, ctx: AppContext) {
  registerChange(
    app,
    ctx,
    'POST',
    '/assessment',
    'Record the risk assessment (ENISA inputs optional) and the decision with its reasoning',
    decisionInputSchema,
    breachActions.write,
    (a, id, body) => assessBreach(ctx, a.actor, a.organization, id, body),
  )
  registerChange(
    app,
    ctx,
    'POST',
    '/delay-reason',
    'Record the reasons for a delay (required once a clock is overdue)',
    reasonBodySchema,
    breachActions.notify,
    (a, id, body) => recordDelayReason(ctx, a.actor, a.organization, id, body.reason),
  )
  registerChange(
    app,
    ctx,
    'POST',
    '/notification/part1',
    'Part 1 was filed with the GBA: when, and its case number (again later: the case number only)',
    part1BodySchema,
    breachActions.notify,
    (a, id, body) => filePart1(ctx, a.actor, a.organization, id, body),
  )
  registerChange(
    app,
    ctx,
    'POST',
    '/notification/part2',
    'Part 2 was filed with the GBA',
    part2BodySchema,
    breachActions.notify,
    (a, id, body) => filePart2(ctx, a.actor, a.organization, id, body),
  )
  registerChange(
    app,
    ctx,
    'POST',
    '/controllers-notified',
    'A processor informed the controllers concerned (Art. 33(2))',
    controllersBodySchema,
    breachActions.notify,
    (a, id, body) => recordControllersNotified(ctx, a.actor, a.organization, id, body),
  )
  registerChange(
    app,
    ctx,
    'POST',
    '/close',
    'Close the file; the breach stays in the register',
    reasonBodySchema,
    breachActions.write,
    (a, id, body) => closeBreach(ctx, a.actor, a.organization, id, body.reason),
  )
}
