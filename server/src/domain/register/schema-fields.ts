import { z } from 'zod'
import { parseEnterpriseNumber } from '../enterprise-number'

/** The field types the sections of the register file share: keys, dates, country codes, short texts. */

export const registerKey = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,79}$/,
    'Lower-case letters, digits, dot, dash or underscore (max. 80), e.g. "payroll"',
  )
export const keyList = z.array(registerKey).default([])
export const isoDate = z.iso.date()
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, e.g. BE')
export const shortText = z.string().trim().min(1).max(500)
export const url = z.url().max(2000)

export const enterpriseNumber = z
  .string()
  .max(20)
  .refine((v) => parseEnterpriseNumber(v).ok, 'Not a valid Belgian enterprise number (KBO/BCE check digits)')
