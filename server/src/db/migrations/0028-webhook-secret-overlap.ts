import { type Kysely, sql } from 'kysely'

/**
 * Webhook secret rotation with an overlap window (issue 24): the secret a rotation replaced keeps signing next to
 * the new one until `previous_secret_until`, so a receiver can switch without losing a delivery (Standard Webhooks
 * allows several signatures in `webhook-signature`). Encrypted like the current secret.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table webhook_endpoints
      add column previous_secret_encrypted text,
      add column previous_secret_until timestamptz
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table webhook_endpoints drop column previous_secret_encrypted, drop column previous_secret_until
  `.execute(db)
}
