import { doubleOptInList } from '../../mail/subscriptions'
import { unsubscribeToken } from '../notices'

/**
 * "Tell me when the notice changes": the shared double opt-in list (mail/subscriptions.ts) over
 * notice_subscribers - the same answer whether or not the address is known, a confirmed address not mailed again.
 */
const noticeList = doubleOptInList({
  table: 'notice_subscribers',
  template: 'notice-subscription',
  confirmPath: 'privacy/subscribe/confirm',
  signature: unsubscribeToken,
})

export const subscribeToNotice = noticeList.subscribe
export const confirmNoticeSubscription = noticeList.confirm
export const unsubscribeFromNotice = noticeList.unsubscribe
