import { describe, expect, it } from 'vitest'
import { cliLanguage, languageOfLocale } from './language'

describe('the language of the CLI', () => {
  it('takes --lang first, then CUSTOS_LANG, then the locale, else English', () => {
    const env = { CUSTOS_LANG: 'fr', LANG: 'nl_BE.UTF-8' }
    expect(cliLanguage(['register', 'check', 'f.yaml', '--lang', 'nl'], { ...env, CUSTOS_LANG: 'fr' })).toBe(
      'nl',
    )
    expect(cliLanguage(['register', 'check', '--lang=en', 'f.yaml'], env)).toBe('en')
    expect(cliLanguage(['register', 'check', 'f.yaml'], env)).toBe('fr')
    expect(cliLanguage(['migrate'], { LANG: 'nl_BE.UTF-8' })).toBe('nl')
    expect(cliLanguage(['migrate'], { LC_ALL: 'fr_BE.UTF-8', LANG: 'nl_BE.UTF-8' })).toBe('fr')
    expect(cliLanguage(['migrate'], { LC_MESSAGES: 'fr_FR', LANG: 'nl_BE' })).toBe('fr')
    expect(cliLanguage(['migrate'], { LANG: 'C.UTF-8' })).toBe('en')
    expect(cliLanguage(['migrate'], {})).toBe('en')
  })

  it('leaves an unknown --lang to the command and falls back for it; ignores what follows --', () => {
    expect(cliLanguage(['register', 'check', '--lang', 'de'], { LANG: 'nl_BE' })).toBe('nl')
    expect(cliLanguage(['x', '--', '--lang', 'fr'], {})).toBe('en')
    expect(cliLanguage(['x', '--lang'], { CUSTOS_LANG: 'xx', LANG: 'de_DE' })).toBe('en')
  })

  it('reads the language of a locale name', () => {
    expect(languageOfLocale('nl_BE.UTF-8')).toBe('nl')
    expect(languageOfLocale('fr-BE')).toBe('fr')
    expect(languageOfLocale('en')).toBe('en')
    expect(languageOfLocale('NL_be')).toBe('nl')
    expect(languageOfLocale('de_BE')).toBeUndefined()
    expect(languageOfLocale('POSIX')).toBeUndefined()
    expect(languageOfLocale('french')).toBeUndefined()
    expect(languageOfLocale(undefined)).toBeUndefined()
  })
})
