import { counted, pluralForm } from '../../lib/plural'

/**
 * The CLI's own messages in English. nl.ts and fr.ts have the same keys (their type is this one's), so a message
 * added here without a translation is a compile error. The texts of the server's refusal codes are shared with the
 * web UI (web/src/i18n/errors, docs/decisions/0030).
 */
export const en = {
  /** Prefix of a failure on standard error. */
  error: 'error',
  /** One and more of a counted word. */
  words: {
    problem: { one: 'problem', other: 'problems' },
    error: { one: 'error', other: 'errors' },
    warning: { one: 'warning', other: 'warnings' },
    collection: { one: 'collection', other: 'collections' },
    field: { one: 'field', other: 'fields' },
    finding: { one: 'finding', other: 'findings' },
  },
  severity: { error: 'error', warning: 'warning' },
  fix: 'Fix',
  wholeFile: '(file)',
  usage: {
    oneOf: (option: string, values: string, got: string) =>
      `${option} must be one of ${values} (got "${got}")`,
    services: (list: string) => `--services takes a list of ${list}`,
    port: '--port must be 0-65535',
    mode: '--mode must be merge or replace',
    fileOrOrg: 'Give either a register FILE or --org SLUG',
    noCheckpointFile: (file: string) => `--checkpoint: no file ${file}`,
    change: (got: string) => `--change takes COLLECTION.FIELD=VALUE, got "${got}"`,
    sample: '--sample must be a whole number 1-10000',
    nameEmpty: '--name must not be empty',
    url: '--url must be a URL like postgres://user@host:5432/database or mysql://user@host/database',
    urlScheme: '--url must start with postgres:// or mysql://',
    noRequest: (reference: string, org: string) => `No request ${reference} in ${org}`,
    noRun: (run: string, org: string) => `No run ${run} in ${org}`,
  },
  cannotRead: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  wrote: (file: string) => `Wrote ${file}`,
  databaseUpToDate: 'Database is up to date.',
  organizationCreated: (slug: string, name: string) => `Created organisation ${slug} (${name}).`,
  sampleDeleted: (slug: string, name: string) => `Deleted sample organisation ${slug} (${name}).`,
  passwordPrompt: 'Password: ',
  newPasswordPrompt: 'New password: ',
  userCreated: (email: string, role: string, org: string) => `Created ${email} as ${role} of ${org}.`,
  userExisted: (email: string, role: string, org: string) =>
    `${email} existed already and is now ${role} of ${org} (password unchanged).`,
  passwordSet: (email: string) => `Password set for ${email}; their sessions have ended.`,
  adminGranted: (email: string) => `${email} is an installation admin and may create organisations.`,
  adminRevoked: (email: string) => `${email} is no longer an installation admin.`,
  audit: {
    progress: 'Events checked',
    legacy: (until: number) =>
      ` (events 1-${until} predate the keyed chain and are checked with plain SHA-256)`,
    anchored: (count: number) => `, ${count} checkpoints matched`,
    intact: (checked: number, anchored: string, legacy: string) =>
      `Audit chain intact: ${checked} events verified${anchored}${legacy}.`,
    broken: (checked: number) => `Audit chain BROKEN (${checked} events read):`,
    event: (seq: number | string, kind: string) => `  event ${seq}: ${kind}`,
    checkpointAppended: (seq: number | string, where: string) =>
      `Checkpoint of event ${seq} appended to ${where}.`,
    checkpointUnchanged: (seq: number | string) =>
      `The chain has not moved since the last checkpoint (event ${seq}).`,
    checkpointNotWritten: (where: string) =>
      `Not written: the chain no longer contains the last checkpoint of ${where}; run custos audit verify --checkpoint.`,
  },
  run: {
    status: {
      queued: 'queued',
      running: 'running',
      completed: 'completed',
      failed: 'failed',
      done: 'done',
    } as Record<string, string>,
    header: (id: string, action: string, dryRun: boolean, status: string, error: string) =>
      `Run ${id}: ${action}${dryRun ? ' (dry run)' : ''} - ${status}${error ? `: ${error}` : ''}`,
    alreadyErased: (runId: string) => `already erased by run ${runId}: nothing searched or changed again`,
    found: (n: number) => `found ${n}`,
    updated: (n: number) => `updated ${n}`,
    wouldUpdate: (n: number) => `would update ${n}`,
    deleted: (n: number) => `deleted ${n}`,
    wouldDelete: (n: number) => `would delete ${n}`,
    keptNoEnd: (rows: number, untilEvent: boolean, rule: string) =>
      `${rows} kept with no end date (${rule}: ${untilEvent ? 'until the event the rule names' : 'the statutory period'}); never erased automatically`,
    keptUntil: (rows: number, until: string, rule: string) => `${rows} kept until ${until} (${rule})`,
    masked: (rows: number, by: string) => `${rows} masked, not deleted: still referred to by ${by}`,
    shared: (rows: number, by: string) => `${rows} shared with other records (${by}): not erased`,
    referenceData: (rows: number) => `${rows} shared reference data: never erased`,
    legalHold: (rows: number, reason: string) => `${rows} kept: legal hold (${reason})`,
    notRectifiable: (rows: number, fields: string) => `${rows} not rectifiable: ${fields}`,
    manual: (what: string) => `${what}: manual step needed`,
    packageStored: (id: string) => `answer package ${id} stored (encrypted)`,
    nothingFound: 'nothing found: no answer package stored',
    takeOver: (message: string) => `${message} (use --take-over if it died)`,
  },
  discover: {
    progress: (total: number) => `Tables sampled (of ${total})`,
    wrote: (file: string, collections: number, fields: number, flagged: number) =>
      `Wrote ${file}: ${collections} collections, ${fields} suggested personal fields to review${
        flagged ? `, ${flagged} references flagged (they would reach other people)` : ''
      }.`,
  },
  start: {
    creatingDatabase: (dir: string) => `Creating the embedded database in ${dir} (first start)...`,
    embedded: (dir: string) => `embedded database in ${dir}`,
    running: (services: string, where: string) => `Custos is running (${services}) on ${where}.`,
    open: (url: string) => `Open ${url} - API reference at ${url}/api/docs`,
    setup: (url: string, code: string, file: string) =>
      `\nFirst start: open ${url} to create your account and your organisation.\n  Set-up code   ${code}\n  (kept in ${file} until set-up is done; the next start shows the same code)\n`,
    portInUse: (port: number) =>
      `Port ${port} is in use by another program. Start Custos on another port: npm start -- --port 9000 (or custos start --port 9000). No account was created: the set-up page and its code wait for the next start.`,
  },
  suppression: {
    imported: (org: string, numbers: number, fileDate: string, source: string) =>
      `DNCM list of ${fileDate} (${source}) imported into ${org}: ${counted('en', numbers, { one: 'number', other: 'numbers' })}.`,
    counts: (lines: number, duplicates: number, rejected: number) =>
      `  ${counted('en', lines, { one: 'line', other: 'lines' })}, ${duplicates} repeated ${pluralForm('en', duplicates, { one: 'number', other: 'numbers' })}, ${counted('en', rejected, { one: 'line', other: 'lines' })} not readable`,
    robinsonImported: (org: string, entries: number, fileDate: string) =>
      `Robinson Mail list${fileDate === '-' ? '' : ` of ${fileDate}`} imported into ${org}: ${counted('en', entries, { one: 'person', other: 'people' })} (name and address, kept as keyed hashes).`,
    robinsonCounts: (lines: number, duplicates: number, rejected: number) =>
      `  ${counted('en', lines, { one: 'line', other: 'lines' })}, ${duplicates} repeated ${pluralForm('en', duplicates, { one: 'person', other: 'people' })}, ${counted('en', rejected, { one: 'line', other: 'lines' })} not readable`,
    sha256: (hash: string) => `  SHA-256 of the file (proof of consultation): ${hash}`,
    problem: (line: number, problem: string) => `  line ${line}: ${problem}`,
    checked: (lines: number, allowed: number, out: string) =>
      `${counted('en', lines, { one: 'line', other: 'lines' })} checked, ${allowed} allowed; answer written to ${out}.`,
    dateSources: {
      stated: 'date stated',
      file_name: 'date from the file name',
      newest_registration: 'date of its newest registration',
    },
  },
  register: {
    invalidFile: (problems: string) => `${problems}: not a valid register file.`,
    nothingImported: (problems: string) => `${problems}; nothing was imported.`,
    importHeader: (dryRun: boolean, slug: string, mode: string) =>
      `${dryRun ? 'Dry run - nothing written. ' : ''}Import into ${slug} (${mode}):`,
    created: 'created',
    updated: 'updated',
    deleted: 'deleted',
    unchanged: 'unchanged',
    organizationProfile: 'organisation profile',
  },
  dataset: {
    invalidFile: (problems: string) => `${problems}: not a valid dataset file.`,
    againstRegister: (errors: string, warnings: string, slug: string) =>
      `${errors}, ${warnings} against the register of ${slug}.`,
    valid: (
      file: string,
      key: string,
      system: string,
      connector: string,
      collections: string,
      fields: string,
    ) => `${file}: valid dataset "${key}" for system ${system} (${connector}, ${collections}, ${fields}).`,
    created: (key: string, slug: string, version: number) =>
      `Created dataset ${key} in ${slug} (version ${version}).`,
    updated: (key: string, slug: string, version: number) =>
      `Updated dataset ${key} in ${slug} (version ${version}).`,
    unchanged: (key: string, slug: string, version: number) =>
      `Dataset ${key} in ${slug} is unchanged (version ${version}).`,
    noSuchDataset: (slug: string, key: string) => `${slug} has no dataset "${key}"`,
    none: (slug: string) => `${slug} has no datasets yet.`,
    columns: [
      'KEY',
      'SYSTEM',
      'CONNECTOR',
      'VERSION',
      'COLLECTIONS',
      'PERSONAL FIELDS',
      'CONNECTION',
      'REGISTER',
    ],
    ok: 'ok',
    connection: {
      notConfigured: 'not configured',
      notChecked: 'not checked',
      checkedOk: 'checked ok',
      checkFailed: 'check failed',
    },
    registerProblems: {
      noSystem: (system: string, keys: string) =>
        `The register has no system "${system}"; add it to the register or use one of: ${keys}`,
      noRetentionRule: (rule: string, keys: string) =>
        `The register has no retention rule "${rule}"; add it to the register or use one of: ${keys}`,
      unknownCategory: (category: string, field: string) =>
        `"${category}" (${field}) is neither a built-in data category nor one of the register's taxonomy`,
      noCategory: (field: string) =>
        `${field} holds personal data but has no category; the access package cannot say what it is`,
      noRetentionLink: (collection: string) =>
        `${collection} holds personal data but names no retention rule (hold); no retention sweep will ever remove its rows`,
      none: '(none yet)',
    },
  },
  cookies: {
    pages: (list: string) => `Pages: ${list}`,
    summary: (findings: string, added: number, resolved: number) =>
      `${findings}; new since the previous scan: ${added}, resolved: ${resolved}`,
  },
  retention: {
    colon: ':',
    noAction: 'no action (archive)',
    actions: { delete: 'delete', mask: 'mask', anonymise: 'anonymise' } as Record<string, string>,
    outcomes: {
      completed: 'completed',
      paused: 'paused: over its ceiling, approve the plan again',
      not_approved: 'not approved: nothing changed',
      blocked: 'not swept',
      nothing_due: 'nothing due',
      dry_run: 'dry run: nothing changed',
      failed: 'failed',
      waiting: 'waiting: a task for a person is in the action plan',
    } as Record<string, string>,
    viaEndpoint: (endpoint: string) => `will call ${endpoint} with the cutoff date`,
    viaTask: 'will create a dated task for a person (action plan)',
    blocked: {
      legal_hold: 'a legal hold applies',
      renewed: 'renewed',
      no_duration: 'the rule has no fixed period',
      no_action: 'the register says archive',
      reference_data: 'shared reference data',
      no_primary_key: 'no primary key',
      not_sql: 'not an SQL connection',
      not_in_register: 'the register has no rule for these records yet',
      no_date_field: 'the dataset names no date for the collection',
      unknown_event: 'counts from an event the sweep does not know',
      not_yet_due: 'not yet due',
    } as Record<string, string>,
    scopes: { subject: 'person', request: 'request', collection: 'collection', system: 'system' } as Record<
      string,
      string
    >,
    dueByEvent: (rows: number, people: number, event: string, cutoff: string) =>
      `${rows} due (${people} ${pluralForm('en', people, { one: 'person', other: 'people' })}; ${event} before ${cutoff})`,
    keptInIndex: (people: number, rule: string) =>
      `${counted('en', people, { one: 'person', other: 'people' })} kept in the subject index until ${rule} is swept`,
    renewedByConsent: (people: number, first: string, last: string) =>
      people === 1
        ? `1 person renewed by consent until ${first}`
        : `${people} people renewed by consent, until ${first} at the earliest and ${last} at the latest`,
    events: {
      contract_end: 'end of contract',
      last_contact: 'last contact',
      relationship_end: 'end of relationship',
      dispute_closed: 'dispute settled',
    } as Record<string, string>,
    due: (rows: number, cutoff: string | null) => `${rows} due${cutoff ? ` (dated before ${cutoff})` : ''}`,
    result: (deleted: number, masked: number, shared: number, run: string) =>
      `deleted ${deleted}, masked ${masked} (of which ${shared} still referred to), run ${run}`,
    samples: (keys: string) => `sample keys ${keys}`,
    approvedBy: (by: string) => `approved by ${by}`,
    notApproved: 'not approved',
    hold: (scope: string, reason: string, endsOn: string | null) =>
      `hold on a ${scope}: ${reason}${endsOn ? ` until ${endsOn}` : ' until lifted'}`,
    endedHolds: (collection: string, deleted: number, masked: number, run: string) =>
      `rows an erasure kept, period ended, ${collection}: deleted ${deleted}, masked ${masked}, run ${run}`,
    none: 'No collection is linked to a retention rule.',
  },
  dpia: {
    notJson: (file: string) => `${file} is not a JSON file; nothing was imported`,
    preview: 'Preview: nothing was stored.',
    becomes: (activity: string, version: number) =>
      `The file would become version ${version} of the DPIA of ${activity}, as a draft.`,
    imported: (activity: string, version: number) =>
      `Imported as version ${version} of the DPIA of ${activity}, as a draft.`,
    from: (activity: string, version: number | null, status: string | null) =>
      `Exported from activity ${activity}${version === null ? '' : `, version ${version}`}${status ? ` (${status})` : ''}.`,
    previous: (version: number, status: string, measures: number) =>
      `Version ${version} (${status}) stays in the history unchanged${measures ? `; its ${measures === 1 ? 'planned measure leaves' : `${measures} planned measures leave`} the assessment and ${measures === 1 ? 'its action in the action plan is' : 'their actions in the action plan are'} closed` : ''}.`,
    noPrevious: 'The activity had no DPIA yet.',
    decisionNotCarried: (status: string) =>
      `The file says "${status}": that decision is not carried over; a person validates or refuses the draft in Custos.`,
    measures: (count: number) =>
      count === 1
        ? 'One planned measure becomes a new action of the action plan.'
        : `${count} planned measures become new actions of the action plan.`,
  },
}

export type CliMessages = typeof en
