/**
 * Public face of client routing (issue 20, item 2): where a data subject request or a breach that concerns the
 * data of a client (the organisation acting as its processor) goes - the client's contact for requests or
 * breaches, in the client's language - and which clients a request or breach seems to concern. Shared by the
 * processors, requests and breaches modules, so that none of them needs another's internals.
 */
export { type ClientContacts, contactsContext, contactsOf } from './contacts'
export {
  type ClientRoute,
  type ClientSummary,
  clientRoute,
  clientRoutes,
  clientSummaries,
  type SuggestionReason,
  suggestClients,
} from './routes'
