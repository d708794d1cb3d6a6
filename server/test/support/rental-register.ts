import type { RegisterDocument } from '../../src/domain/register/schema'
import { shopRegister } from './register'

/** The sample register plus the rental shop's database as a system and the 7-year rule its payments fall under. */
export function rentalRegister(): RegisterDocument {
  return shopRegister('Videotheek Jansen BV', { key: 'rental_db', name: 'Rental shop database' })
}
