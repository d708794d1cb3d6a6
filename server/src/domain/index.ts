/** Custos domain library: pure Belgian identifiers, contact data and GDPR time-limit rules. */
export {
  type BelgianLanguage,
  belgianPublicHolidays,
  isBelgianPublicHoliday,
  type PublicHoliday,
} from './belgian-holidays'
export {
  type AgeCheck,
  ageCheckOn,
  type BirthDatePrecision,
  birthDatePrecision,
  formatPartialBirthDate,
  MAJORITY_AGE,
  type MinorStatus,
  minorStatusOn,
  type PartialBirthDate,
} from './birth-date'
export { endOfBrusselsDay, toBrusselsDate } from './brussels-time'
export { addDays, addMonthsClamped, type IsoDate, isIsoDate, parseIsoDate, toEpochDay } from './calendar-date'
export {
  type EnterpriseNumber,
  type EnterpriseNumberError,
  type EnterpriseNumberResult,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  parseEnterpriseNumber,
  toVatNumber,
} from './enterprise-number'
export { addMonthsPeriod, breachNotificationDeadline, type DsrDeadline, dsrDeadline } from './gdpr-periods'
export { formatIban, isValidIban, maskIban, normaliseIban } from './iban'
export {
  formatNationalNumber,
  isValidNationalNumber,
  maskNationalNumber,
  type NationalNumber,
  type NationalNumberError,
  type NationalNumberKind,
  type NationalNumberOptions,
  type NationalNumberResult,
  nationalNumberFor,
  parseNationalNumber,
  type RegisteredSex,
} from './national-number'
export { normalisePhone, type PhoneError, type PhoneNumberType, type PhoneResult } from './phone'
export type { ParseResult } from './result'
export {
  type HolidayCalendar,
  isWorkingDay,
  nextWorkingDay,
  onOrNextWorkingDay,
  type WorkingDayOptions,
  workingDaysBetween,
} from './working-days'
