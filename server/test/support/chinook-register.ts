import type { RegisterDocument } from '../../src/domain/register/schema'
import { shopRegister } from './register'

/** The sample register plus the shop database as a system and the 7-year accounting rule its invoices fall under. */
export function chinookRegister(): RegisterDocument {
  return shopRegister('Chinook Muziek BV', { key: 'chinook_db', name: 'Chinook webshop' })
}
