import { defineOperations } from '../../http/openapi-catalogue'

/** The action plan in the OpenAPI document (decision 0037). */
export const actionPlanOperations = defineOperations({
  tag: {
    name: 'action-plan',
    description:
      'The organisation’s action plan: actions with an owner, priority, effort, due date and status, added by hand ' +
      'or opened automatically by a cause (an overdue request, a stale DPIA screening, ...) and closed when the ' +
      'cause is gone. See docs/action-plan.md.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/action-plan': {
      operationId: 'listActions',
      description:
        'Pending actions (open or in progress) by default, soonest due first; `status=closed` or `all`.',
    },
    'GET /api/v1/orgs/{slug}/action-plan/export': {
      operationId: 'exportActionPlan',
      description:
        'The action plan as a CSV file (comma-separated, UTF-8 with byte order mark, formulas neutralised): action, ' +
        'cause, owner, priority, effort, due date, status, closing, link to the admin interface, creation, ' +
        'description - worded in `lang`. Pending actions by default; `status=closed` or `all`.',
    },
    'POST /api/v1/orgs/{slug}/action-plan': {
      operationId: 'createAction',
      description: 'Adds an action by hand. The owner must be a member of the organisation.',
      requestExample: {
        title: 'Sign the processing agreement with the payroll bureau',
        priority: 'high',
        dueDate: '2027-01-31',
      },
    },
    'GET /api/v1/orgs/{slug}/action-plan/{id}': {
      operationId: 'getAction',
      description: 'One action: its cause (or manual), owner, priority, effort, due date and status.',
    },
    'PATCH /api/v1/orgs/{slug}/action-plan/{id}': {
      operationId: 'updateAction',
      description:
        'Changes owner, priority, effort, due date or status; done or cancelled closes the action. An automatic ' +
        'action keeps the title its cause gave it.',
      requestExample: { status: 'in_progress', effortDays: 2 },
    },
  },
})
