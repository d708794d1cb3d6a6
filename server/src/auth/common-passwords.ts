import { createRequire } from 'node:module'

let list: Set<string> | undefined

/** The ~49,000 most common passwords of public breach corpora, as ranked by zxcvbn-ts (offline, in the package). */
function commonPasswords(): Set<string> {
  // Loaded on the first password set, not at start-up: the package decompresses every dictionary it holds.
  list ??= new Set(
    (
      createRequire(import.meta.url)(
        '@zxcvbn-ts/language-common',
      ) as typeof import('@zxcvbn-ts/language-common')
    ).dictionary['passwords-common'],
  )
  return list
}

/**
 * Whether a password is, or is essentially, a common breached password: compared without case, and also with the
 * digits and punctuation people add around a known password removed ('Welkom2024!' is 'welkom'), and with the
 * spaces of a common phrase removed. A long passphrase of ordinary words is not rejected for containing them.
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords()
  const lower = password.trim().toLowerCase()
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '')
  const candidates = [lower, core, lower.replace(/\s+/g, ''), core.replace(/\s+/g, '')]
  // A keyboard or digit run repeated to reach the length ('123456123456', 'qwertyqwerty').
  const repeated = /^(.+?)\1+$/u.exec(lower)?.[1]
  if (repeated) candidates.push(repeated)
  return candidates.some((c) => c.length > 0 && list.has(c)) || /^(.)\1+$/u.test(lower)
}
