import type { samplesNl } from './nl'

/** English texts of the sample organisation (issue 15, item 2). */
export const samplesEn: typeof samplesNl = {
  offerTitle: 'Explore a sample organisation',
  offerIntro:
    'Try Custos on a separate sample organisation built from one of the example registers: a complete register of processing activities, six invented people and three requests (one recent, one close to its deadline, one overdue). Your own organisation is not touched, and you can delete the sample at any time.',
  example: 'Example register',
  examples: {
    liberoo: 'Liberoo - accounting firm',
    'the-invoice-managers': 'The Invoice Managers - invoice management and debt collection',
    contactexpert: 'ContactExpert - call centre',
  },
  create: 'Create the sample organisation',
  creating: 'Creating…',
  banner:
    'This is a sample organisation with invented people and requests. Its mail is never sent, and your own organisation shares nothing with it.',
  delete: 'Delete the sample',
  deleteQuestion: 'Delete this sample organisation and all its data for good?',
  deleteConfirm: 'Yes, delete',
  deleting: 'Deleting…',
  deleted: 'The sample organisation {{name}} was deleted.',
}
