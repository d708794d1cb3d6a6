/** The encryption context of a dataset's secret: a sealed secret copied to another dataset does not decrypt. */
export const secretContext = (datasetId: string) => `dataset:${datasetId}`

/** A message shown to the user with any trace of the secret replaced, whatever a driver or server put in it. */
export function withoutSecret(message: string, secret: string | undefined): string {
  if (!secret) return message
  let text = message
  for (const form of new Set([secret, encodeURIComponent(secret)])) text = text.split(form).join('***')
  return text
}
