/**
 * The built-in catalogue of common cookies and tracker hosts (issue 18, decision 0034). It classifies what the
 * scanner observes, gives the banner's loader the hosts it blocks without any tag being marked, and the cookie
 * names it deletes when a category is withdrawn. Entries are facts published by the providers (cookie names,
 * lifetimes, where the data goes); an organisation's inventory overrides them for its own site.
 */
export const COOKIE_CATEGORIES = ['necessary', 'functional', 'analytics', 'advertising'] as const
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number]
/** The categories a visitor chooses; necessary cookies need no consent. */
export const OPTIONAL_CATEGORIES = ['functional', 'analytics', 'advertising'] as const
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number]

export interface CatalogueCookie {
  /** The cookie's name, `*` standing for any characters (`_ga_*`). */
  pattern: string
  purpose: string
  /** How long it lives, as the provider states it: "2 years", "session". */
  duration: string
}

export interface CatalogueService {
  id: string
  name: string
  provider: string
  category: CookieCategory
  /** Hosts the service loads from or sends to; a subdomain of one matches too. */
  hosts: string[]
  cookies: CatalogueCookie[]
  /** Where the provider keeps the data when outside the EEA (ISO country code), else null. */
  thirdCountry: string | null
}

export const COOKIE_CATALOGUE: readonly CatalogueService[] = [
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    provider: 'Google Ireland Ltd / Google LLC',
    category: 'analytics',
    hosts: ['google-analytics.com', 'analytics.google.com'],
    cookies: [
      { pattern: '_ga', purpose: 'Distinguishes visitors', duration: '2 years' },
      { pattern: '_ga_*', purpose: 'Keeps the session state', duration: '2 years' },
      { pattern: '_gid', purpose: 'Distinguishes visitors', duration: '24 hours' },
      { pattern: '_gat*', purpose: 'Throttles the request rate', duration: '1 minute' },
    ],
    thirdCountry: 'US',
  },
  {
    id: 'google-tag-manager',
    name: 'Google Tag Manager',
    provider: 'Google Ireland Ltd / Google LLC',
    category: 'analytics',
    hosts: ['googletagmanager.com'],
    cookies: [],
    thirdCountry: 'US',
  },
  {
    id: 'google-ads',
    name: 'Google Ads / DoubleClick',
    provider: 'Google Ireland Ltd / Google LLC',
    category: 'advertising',
    hosts: ['doubleclick.net', 'googleadservices.com', 'googlesyndication.com', 'google.com/ads'],
    cookies: [
      { pattern: '_gcl_*', purpose: 'Measures ad conversions', duration: '90 days' },
      { pattern: 'IDE', purpose: 'Targets and measures ads', duration: '13 months' },
      { pattern: 'test_cookie', purpose: 'Checks whether cookies are accepted', duration: '15 minutes' },
    ],
    thirdCountry: 'US',
  },
  {
    id: 'meta-pixel',
    name: 'Meta Pixel',
    provider: 'Meta Platforms Ireland Ltd',
    category: 'advertising',
    hosts: ['connect.facebook.net', 'facebook.com/tr', 'facebook.net'],
    cookies: [
      { pattern: '_fbp', purpose: 'Identifies browsers for advertising', duration: '90 days' },
      { pattern: '_fbc', purpose: 'Keeps the last ad click', duration: '90 days' },
      { pattern: 'fr', purpose: 'Delivers and measures ads', duration: '90 days' },
    ],
    thirdCountry: 'US',
  },
  {
    id: 'youtube',
    name: 'YouTube',
    provider: 'Google Ireland Ltd / Google LLC',
    category: 'advertising',
    hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'],
    cookies: [
      { pattern: 'VISITOR_INFO1_LIVE', purpose: 'Estimates bandwidth, tracks views', duration: '6 months' },
      { pattern: 'YSC', purpose: 'Counts views of embedded videos', duration: 'session' },
      { pattern: 'VISITOR_PRIVACY_METADATA', purpose: 'Keeps the consent state', duration: '6 months' },
    ],
    thirdCountry: 'US',
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    provider: 'Hotjar Ltd',
    category: 'analytics',
    hosts: ['hotjar.com', 'hotjar.io'],
    cookies: [
      { pattern: '_hjSessionUser_*', purpose: 'Distinguishes visitors', duration: '1 year' },
      { pattern: '_hjSession_*', purpose: 'Keeps the session', duration: '30 minutes' },
      { pattern: '_hj*', purpose: 'Session recording and heatmaps', duration: 'up to 1 year' },
    ],
    thirdCountry: null,
  },
  {
    id: 'linkedin',
    name: 'LinkedIn Insight Tag',
    provider: 'LinkedIn Ireland Unlimited Company',
    category: 'advertising',
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com', 'linkedin.com/px', 'ads.linkedin.com'],
    cookies: [
      { pattern: 'li_*', purpose: 'Ad targeting and conversion tracking', duration: 'up to 6 months' },
      { pattern: 'bcookie', purpose: 'Identifies browsers', duration: '1 year' },
      { pattern: 'lidc', purpose: 'Routing', duration: '24 hours' },
      { pattern: 'UserMatchHistory', purpose: 'Ad syncing', duration: '30 days' },
    ],
    thirdCountry: 'US',
  },
  {
    id: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    provider: 'Microsoft Ireland Operations Ltd',
    category: 'analytics',
    hosts: ['clarity.ms'],
    cookies: [
      { pattern: '_clck', purpose: 'Distinguishes visitors', duration: '1 year' },
      { pattern: '_clsk', purpose: 'Joins page views into a session', duration: '1 day' },
      { pattern: 'CLID', purpose: 'Identifies the first visit', duration: '1 year' },
    ],
    thirdCountry: 'US',
  },
  {
    id: 'microsoft-ads',
    name: 'Microsoft Advertising (Bing UET)',
    provider: 'Microsoft Ireland Operations Ltd',
    category: 'advertising',
    hosts: ['bat.bing.com'],
    cookies: [
      { pattern: '_uetsid', purpose: 'Ad conversion tracking', duration: '1 day' },
      { pattern: '_uetvid', purpose: 'Ad conversion tracking', duration: '13 months' },
      { pattern: 'MUID', purpose: 'Identifies browsers', duration: '13 months' },
    ],
    thirdCountry: 'US',
  },
  {
    id: 'tiktok-pixel',
    name: 'TikTok Pixel',
    provider: 'TikTok Technology Ltd',
    category: 'advertising',
    hosts: ['analytics.tiktok.com'],
    cookies: [{ pattern: '_ttp', purpose: 'Ad conversion tracking', duration: '13 months' }],
    thirdCountry: 'CN',
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    provider: 'Vimeo.com Inc',
    category: 'functional',
    hosts: ['player.vimeo.com', 'vimeocdn.com'],
    cookies: [{ pattern: 'vuid', purpose: 'Counts video views', duration: '2 years' }],
    thirdCountry: 'US',
  },
  {
    id: 'matomo',
    name: 'Matomo',
    provider: 'the site itself (self-hosted Matomo)',
    category: 'analytics',
    hosts: [],
    cookies: [
      { pattern: '_pk_id*', purpose: 'Distinguishes visitors', duration: '13 months' },
      { pattern: '_pk_ses*', purpose: 'Keeps the session', duration: '30 minutes' },
    ],
    thirdCountry: null,
  },
  {
    id: 'custos',
    name: 'Custos consent',
    provider: 'the site itself',
    category: 'necessary',
    hosts: [],
    cookies: [{ pattern: 'custos_consent', purpose: 'Keeps your cookie choice', duration: '6 months' }],
    thirdCountry: null,
  },
]

/** `_ga_*` matches `_ga_ABC123`; other characters are literal. */
export function cookiePatternMatches(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`)
  return re.test(name)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Whether a URL's host and path fall under a catalogue host (`facebook.com/tr` matches www.facebook.com/tr?id=1). */
export function hostMatches(hostPattern: string, url: URL): boolean {
  const [host, ...path] = hostPattern.split('/')
  const hostOk = url.hostname === host || url.hostname.endsWith(`.${host}`)
  return hostOk && (path.length === 0 || url.pathname.startsWith(`/${path.join('/')}`))
}

export function serviceOfUrl(
  url: URL,
  services: readonly Pick<CatalogueService, 'hosts'>[] = COOKIE_CATALOGUE,
): number {
  return services.findIndex((s) => s.hosts.some((h) => hostMatches(h, url)))
}

/** The catalogue service and cookie a cookie name belongs to (the most specific pattern wins). */
export function catalogueCookie(
  name: string,
): { service: CatalogueService; cookie: CatalogueCookie } | undefined {
  let best: { service: CatalogueService; cookie: CatalogueCookie } | undefined
  for (const service of COOKIE_CATALOGUE)
    for (const cookie of service.cookies)
      if (
        cookiePatternMatches(cookie.pattern, name) &&
        (!best || cookie.pattern.length > best.cookie.pattern.length)
      )
        best = { service, cookie }
  return best
}
