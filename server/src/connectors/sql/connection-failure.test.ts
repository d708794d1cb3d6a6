import { describe, expect, it } from 'vitest'
import { isConnectionFailure, isStatementFailure } from './connection-failure'
import { NotInCatalogue } from './table-columns'

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code })

describe('what failed in a connector read: the connection or a statement (review m11)', () => {
  it('counts network, sign-in and connection-class errors as connection failures, not statements', () => {
    for (const error of [
      withCode('ECONNREFUSED'),
      withCode('28P01'),
      withCode('08006'),
      withCode('ER_ACCESS_DENIED_ERROR'),
    ]) {
      expect(isConnectionFailure(error)).toBe(true)
      expect(isStatementFailure(error)).toBe(false)
    }
  })

  it('counts a missing table or column and a refused statement on a working connection as a statement failure', () => {
    for (const error of [
      new NotInCatalogue('Table rental has no column "x"'),
      withCode('42703'),
      withCode('42P01'),
      withCode('42501'),
      withCode('ER_BAD_FIELD_ERROR'),
      withCode('ER_TABLEACCESS_DENIED_ERROR'),
    ]) {
      expect(isConnectionFailure(error)).toBe(false)
      expect(isStatementFailure(error)).toBe(true)
    }
  })

  it('leaves anything else to the caller (an internal error)', () => {
    for (const error of [
      new Error('undefined is not a function'),
      new TypeError('x'),
      'text',
      null,
      // Review m5: a cancelled query, a deadlock, a serialisation failure, a full disk, a system error code.
      withCode('57014'),
      withCode('40P01'),
      withCode('40001'),
      withCode('53100'),
      withCode('EPERM'),
      withCode('ER_LOCK_DEADLOCK'),
    ]) {
      expect(isConnectionFailure(error)).toBe(false)
      expect(isStatementFailure(error)).toBe(false)
    }
  })
})
