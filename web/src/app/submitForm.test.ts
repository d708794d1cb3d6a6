import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/problem'
import { en } from '../i18n/en'
import { fr } from '../i18n/fr'
import { nl } from '../i18n/nl'
import { describeError, type ErrorInfo } from './errors'
import { type FormAction, type FormCheck, firstProblem, type SubmitOutcome, submitForm } from './submitForm'

const i18n = i18next.createInstance()
await i18n.init({
  lng: 'nl',
  fallbackLng: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: { nl: { translation: nl }, fr: { translation: fr }, en: { translation: en } },
})

/** Runs one submit through the shell's sequence, recording what the form would show, in `language`. */
async function submitIn(language: 'nl' | 'fr' | 'en', action: FormAction, check?: FormCheck) {
  const t = i18n.getFixedT(language)
  const log: string[] = []
  let shown: ErrorInfo = { message: null, fields: {} }
  let done: string | null = 'from the attempt before'
  let busyDuringAction: boolean | null = null
  let busy = false
  const outcome: SubmitOutcome = await submitForm(
    {
      clear: () => {
        log.push('clear')
        shown = { message: null, fields: {} }
      },
      invalid: (field, message) => {
        shown = { message: null, fields: { [field]: message } }
      },
      fail: (error) => {
        shown = describeError(error, t, { fields: ['email', 'name'] })
      },
      succeed: (message) => {
        done = message
      },
      busy: async (work) => {
        busy = true
        try {
          await work()
        } finally {
          busy = false
        }
      },
    },
    async () => {
      busyDuringAction = busy
      log.push('send')
      return action()
    },
    check,
  )
  return { outcome, shown, done, log, busyDuringAction, busyAfter: busy }
}

const refusal = new ApiError(422, {
  status: 422,
  title: 'Unprocessable',
  code: 'invalid_input',
  detail: 'Invalid input',
  errors: [
    { path: 'body.email', message: 'Invalid email', code: 'invalid_format', params: { format: 'email' } },
  ],
})

describe('the form shell: one submit sequence for every form (issue 13)', () => {
  it('refuses at the field a check names, without sending and without being busy', async () => {
    const result = await submitIn(
      'nl',
      async () => 'sent',
      () =>
        firstProblem([false, 'email', 'unused'], [true, 'name', 'Vul een naam in'], [true, 'email', 'later']),
    )
    expect(result).toMatchObject({ outcome: 'invalid', done: null, busyDuringAction: null, busyAfter: false })
    expect(result.shown).toEqual({ message: null, fields: { name: 'Vul een naam in' } })
    expect(result.log).toEqual(['clear'])
  })

  it('sends while busy and shows the success message, clearing what the attempt before showed', async () => {
    const result = await submitIn('en', async () => 'Saved.')
    expect(result).toMatchObject({
      outcome: 'done',
      done: 'Saved.',
      busyDuringAction: true,
      busyAfter: false,
    })
    expect(result.log).toEqual(['clear', 'send'])
    expect((await submitIn('en', async () => {})).done).toBeNull()
  })

  it('words a refused field by its problem code in nl, fr and en, never in the server’s English', async () => {
    const worded = await Promise.all(
      (['nl', 'fr', 'en'] as const).map(async (language) => {
        const result = await submitIn(language, async () => {
          throw refusal
        })
        expect(result).toMatchObject({ outcome: 'failed', done: null, busyAfter: false })
        expect(result.shown.message).toBeNull()
        return result.shown.fields.email
      }),
    )
    expect(new Set(worded).size).toBe(3)
    for (const text of worded) {
      expect(text).toBeTruthy()
      expect(text).not.toBe('Invalid email')
      expect(text).not.toMatch(/^codes\./)
    }
  })

  it('words a network failure as such', async () => {
    const result = await submitIn('fr', async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(result.shown.message).toBe(i18n.getFixedT('fr')('errors.network'))
  })

  it('firstProblem answers nothing when no check refuses', () => {
    expect(firstProblem([false, 'a', 'x'], [false, 'b', 'y'])).toBeNull()
    expect(firstProblem()).toBeNull()
  })
})
