/** Runs an action of the retention page, then shows its notice (or its error) and loads the page again. */
export type Act = (action: () => Promise<unknown>, done: string) => Promise<void>
