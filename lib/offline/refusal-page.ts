/**
 * The page the service worker answers with when a navigation cannot reach the server: a page
 * that was never saved, or a form posted without JavaScript while offline. Both languages, since
 * the worker cannot read the language cookie the server uses; no scripts, no other origin.
 */
export type OfflinePageKind = 'not-saved' | 'not-sent';

const TEXT = {
  'not-saved': {
    nl: [
      'Je bent offline',
      'Deze pagina is nog niet op dit apparaat bewaard. Pagina’s die je al eerder bezocht, werken wel.',
    ],
    en: [
      'You are offline',
      'This page has not been saved on this device yet. Pages you visited before still work.',
    ],
  },
  'not-sent': {
    nl: [
      'Niet verstuurd: je bent offline',
      'Er is niets opgeslagen. Ga terug en probeer het opnieuw als de verbinding terug is.',
    ],
    en: [
      'Not sent: you are offline',
      'Nothing was saved. Go back and try again when the connection is back.',
    ],
  },
} as const;

export function offlinePageHtml(kind: OfflinePageKind): string {
  const t = TEXT[kind];
  const section = (lang: 'nl' | 'en') =>
    `<section lang="${lang}"><h1>${t[lang][0]}</h1><p>${t[lang][1]}</p><p><a href="/">${lang === 'nl' ? 'Naar de startpagina' : 'To the home page'}</a></p></section>`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.nl[0]} · ${t.en[0]}</title><style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}section+section{border-top:1px solid #ccd;margin-top:1.5rem}a{color:#1d3557}</style></head><body><main>${section('nl')}${section('en')}</main></body></html>`;
}

export function offlinePageResponse(kind: OfflinePageKind): Response {
  return new Response(offlinePageHtml(kind), {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    },
  });
}
