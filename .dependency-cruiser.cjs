/**
 * Module boundaries of the server (issue 13, decision 0012). `npm run lint:deps` runs it; `npm test` fails on a
 * violation. A feature module is a folder under server/src/modules/; its index.ts is its public face.
 */
const MODULE = '^server/src/modules/([^/]+)/'
const ANY_MODULE_INTERNAL = '^server/src/modules/[^/]+/(?!index\\.ts$)'
const TESTS = '\\.test\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-internals',
      severity: 'error',
      comment: "A module imports another module only through that module's index.ts (its public face).",
      from: { path: MODULE, pathNot: TESTS },
      to: { path: ANY_MODULE_INTERNAL, pathNot: ['^server/src/modules/$1/'] },
    },
    {
      name: 'module-internals-from-infrastructure',
      severity: 'error',
      comment:
        'http/, jobs/, connectors/, cli/, db/ and the start-up code reach a module only through its index.ts.',
      from: { path: '^server/src/', pathNot: ['^server/src/modules/', TESTS] },
      to: { path: ANY_MODULE_INTERNAL },
    },
    {
      name: 'module-cycles',
      severity: 'error',
      comment:
        'No cycle between feature modules: a cycle that starts in one module may not pass through another. ' +
        'Cycles inside a module, or through http/ (route guards read organizations and auth), are allowed.',
      from: { path: MODULE, pathNot: TESTS },
      to: { circular: true, via: { path: '^server/src/modules/(?!$1/)' } },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ holds the rules without infrastructure: it imports neither modules/ nor http/.',
      from: { path: '^server/src/domain/' },
      to: { path: '^server/src/(modules|http)/' },
    },
    {
      name: 'lib-is-shared',
      severity: 'error',
      comment:
        'lib/ holds building blocks every layer uses (CSV, YAML, PDF fonts): it imports neither modules/ nor http/.',
      from: { path: '^server/src/lib/' },
      to: { path: '^server/src/(modules|http)/' },
    },
    {
      name: 'problems-at-the-http-edge',
      severity: 'error',
      comment:
        'Services, the CLI and the start-up code throw domain errors (domain/errors); only http/ turns them into ' +
        'problem+json (http/problem.ts).',
      from: { path: '^server/src/', pathNot: ['^server/src/http/', TESTS] },
      to: { path: '^server/src/http/problem\\.ts$' },
    },
    {
      name: 'http-reaches-modules-at-three-points',
      severity: 'error',
      comment:
        'http/ reaches the modules only to register their routes (app.ts), resolve the caller (authenticate.ts) and ' +
        "gate an organisation's routes (org-access.ts).",
      from: { path: '^server/src/http/', pathNot: '^server/src/http/(app|authenticate|org-access)\\.ts$' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'drivers-below-modules',
      severity: 'error',
      comment:
        'connectors/ (drivers, discovery, network guard) knows no feature module; only connectors/engine, which ' +
        'executes a run, reads datasets, the register, requests and packages through their faces.',
      from: { path: '^server/src/connectors/', pathNot: '^server/src/connectors/engine/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'modules-not-the-app',
      severity: 'error',
      comment: 'A module registers its routes on the app it is given; it never imports the app itself.',
      from: { path: '^server/src/modules/' },
      to: { path: '^server/src/http/app\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^server/src/',
    tsPreCompilationDeps: false,
  },
}
