import type { mailNl } from './nl'

/** English texts of the installation's mail server and mail. */
export const mailEn: typeof mailNl = {
  server: {
    title: 'Mail server of the installation',
    intro:
      'Custos sends the mail of every organisation on this installation through this server. Each organisation signs its mail with its name and privacy contact; the sender address below stays the same.',
    adminOnly: 'Only installation administrators see and change this.',
    sources: {
      settings: 'Set on this page.',
      environment: 'Set through the environment (CUSTOS_SMTP_URL). What you save here takes precedence.',
      none: 'No mail server is set: mail is held in the outbox until you set one.',
    },
    host: 'Server (host)',
    hostHint: 'For example smtp.yourprovider.be',
    port: 'Port',
    portHint: 'Usually 587 (STARTTLS) or 465 (TLS).',
    security: 'Security',
    securities: {
      starttls: 'STARTTLS (port 587)',
      tls: 'TLS from the start (port 465)',
      none: 'None (only on a trusted network)',
    },
    user: 'User name',
    password: 'Password',
    passwordKept: 'Leave empty to keep the stored password.',
    mailFrom: 'Sender address',
    mailFromHint:
      'For example Privacy <privacy@yourdomain.be>. The mail of an organisation carries its name.',
    save: 'Save mail server',
    saved: 'Saved. Held mail is now being sent.',
    remove: 'Clear setting',
    removed: 'Cleared. The environment applies again.',
    testTitle: 'Test message',
    testTo: 'Send to',
    testOrganization: 'Signed by',
    testSend: 'Send test message',
    testSent: 'The mail server accepted the test message (sender: {{from}}).',
  },
  outbox: {
    title: 'Mail of the installation',
    intro:
      'Mail that belongs to no organisation, such as password reset links. Only installation administrators see it.',
    noServer:
      'No mail server is set: these mails were not sent. Pass a password reset link only to the person themselves, by a safe channel.',
    empty: 'No mail.',
    showText: 'Show text',
  },
}
