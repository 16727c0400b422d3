/**
 * Which same-origin requests the service worker may keep for offline use. Only public pages that
 * look the same for every visitor of a language are kept; teacher pages, receipts (/r/), the API,
 * voting (it shows the voter's own answers) and anything sent with POST never are.
 */
const OFFLINE_PAGES = [
  /^\/$/,
  /^\/gan$/,
  /^\/lesson$/,
  /^\/prompts$/,
  /^\/measures$/,
  /^\/gallery$/,
  /^\/gallery\/[a-z0-9-]{1,80}$/,
];

const NEVER = [/^\/teacher(\/|$)/, /^\/r(\/|$)/, /^\/api(\/|$)/, /^\/serwist(\/|$)/];

/** A public page whose HTML is kept (network first) once visited. */
export function isOfflinePage(pathname: string): boolean {
  if (NEVER.some((p) => p.test(pathname))) return false;
  return OFFLINE_PAGES.some((p) => p.test(pathname));
}

/** Uploaded images: stored by content hash, so a saved copy never goes stale. */
export function isContentImage(pathname: string): boolean {
  return pathname.startsWith('/images/');
}

/** The example GANs' weights (used to regenerate runs on comparison pages) and the site icons. */
export function isSmallAsset(pathname: string): boolean {
  return (
    pathname.startsWith('/examples/models/') ||
    pathname === '/icon.png' ||
    pathname === '/apple-icon.png'
  );
}
