import type { OverviewPageMessages } from './nl'

/** English texts of the overview's deadlines and next steps (issue 15, item 6). */
export const overviewPageEn: OverviewPageMessages = {
  requests: {
    title: 'Open requests by deadline',
    open: 'Go to all requests',
    none: 'There are no open requests.',
    summary_one: '{{count}} open request, of which {{overdue}} overdue and {{atRisk}} at risk.',
    summary_other: '{{count}} open requests, of which {{overdue}} overdue and {{atRisk}} at risk.',
    overdue_one: 'Overdue ({{count}})',
    overdue_other: 'Overdue ({{count}})',
    atRisk_one: 'Deadline at risk ({{count}})',
    atRisk_other: 'Deadline at risk ({{count}})',
    next: 'Next deadlines',
    due: 'due {{date}}',
    more_one: 'and {{count}} more request in the list of requests.',
    more_other: 'and {{count}} more requests in the list of requests.',
  },
  steps: {
    title: 'Next steps',
    intro:
      'Build the register in this order: a processing activity refers to the vendors, systems, retention periods and security measures you record first.',
    names: {
      vendors: '1. Vendors',
      systems: '2. Systems',
      'retention-rules': '3. Retention periods',
      measures: '4. Security measures',
      activities: '5. Processing activities',
    },
    why: {
      vendors: 'Who processes data for you: accountant, hosting provider, software vendor.',
      systems: 'Where the data is kept: software, databases, paper files.',
      'retention-rules': 'How long you keep data, and on which legal ground.',
      measures: 'How you protect the data (Art. 32 GDPR).',
      activities: 'What you do with personal data, why, and on which legal basis (Art. 30 GDPR).',
    },
    done_one: 'done ({{count}} recorded)',
    done_other: 'done ({{count}} recorded)',
    notDone: 'not done yet',
    nextMarker: '(next step)',
    add: 'Add',
    view: 'View',
    addLabel: {
      vendors: 'Add a vendor',
      systems: 'Add a system',
      'retention-rules': 'Add a retention period',
      measures: 'Add a security measure',
      activities: 'Add a processing activity',
    },
  },
}
