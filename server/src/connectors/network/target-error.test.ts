import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONNECTOR_PROBLEMS, ConnectorTargetError, problemInMessage } from './target-error'

describe('problemInMessage', () => {
  it('finds the code and reference back in the message of a neutral connection error, and nothing in any other text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONNECTOR_PROBLEMS),
        fc.stringMatching(/^[0-9a-f]{1,16}$/),
        fc.string({ maxLength: 20 }),
        (code, reference, prefix) => {
          const message = new ConnectorTargetError(code, reference).message
          expect(problemInMessage(message)).toEqual({ code, reference })
          // A wrapped or changed text is not guessed at: the UI shows it as it is.
          if (prefix !== '') expect(problemInMessage(`${prefix}${message}`)).toBeUndefined()
          expect(problemInMessage(message.replace('(reference', '(ref'))).toBeUndefined()
        },
      ),
    )
    expect(problemInMessage('relation "customers" does not exist')).toBeUndefined()
  })
})
