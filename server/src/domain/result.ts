/** Outcome of parsing untrusted input: either a domain value or the reason it was rejected. */
export type ParseResult<T, Reason extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: Reason }
