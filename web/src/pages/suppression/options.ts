/** The choices of the suppression page's forms (the server's enums). */
export type Kind = 'email' | 'phone' | 'postal'
export type Reason = 'objection' | 'unsubscribe' | 'erased_do_not_contact'
export type Channel = 'email' | 'phone' | 'post'
export const KINDS: Kind[] = ['email', 'phone', 'postal']
export const REASONS: Reason[] = ['objection', 'unsubscribe', 'erased_do_not_contact']
export const CHANNELS: Channel[] = ['email', 'phone', 'post']
