import type { Kysely, Transaction } from 'kysely'
import type { DB } from './schema'

/**
 * The pool or a transaction: what a repository function takes when it may run either way. A function that must run
 * inside a transaction (it locks, or writes with others) takes `Transaction<DB>` instead, so calling it with the
 * pool is a type error.
 */
export type Queryable = Kysely<DB> | Transaction<DB>
