import 'server-only';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { HASH_RE, imageFilePath, narrowestVariantWidth } from './store';
import { imageUrl, THUMB_FILE } from './urls';

/**
 * Serves stored image files: `/images/<sha256>/<file>`. Separate from the route so tests can run
 * it against a temporary directory. Only names the pipeline writes are accepted, checked by a
 * strict pattern before the path is built, so no request can reach outside the image store.
 */
const FILE_RE = /^(?:full\.(?:png|jpg)|thumb\.webp|[1-9][0-9]{0,4}\.(?:avif|webp))$/;
const CONTENT_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  avif: 'image/avif',
  webp: 'image/webp',
} as const;

export async function serveImage(
  imageDir: string,
  segments: string[],
  requestHeaders: Headers,
): Promise<Response> {
  const [hash = '', file = '', ...rest] = segments;
  if (!HASH_RE.test(hash) || !FILE_RE.test(file) || rest.length > 0) return notFound();
  const extension = file.slice(file.indexOf('.') + 1) as keyof typeof CONTENT_TYPES;

  const handle = await open(imageFilePath(imageDir, hash, file), 'r').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    },
  );
  if (!handle) return file === THUMB_FILE ? thumbFallback(imageDir, hash) : notFound();
  const info = await handle.stat();
  // Content-addressed: the bytes behind a URL never change, so the name is a strong validator.
  const etag = `"${hash}-${file}"`;
  const headers = new Headers({
    ETag: etag,
    'Cache-Control': 'public, max-age=31536000, immutable',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
  });
  if (!info.isFile() || matchesEtag(requestHeaders.get('if-none-match'), etag)) {
    await handle.close();
    if (!info.isFile()) return notFound();
    return new Response(null, { status: 304, headers });
  }
  headers.set('Content-Type', CONTENT_TYPES[extension]);
  headers.set('Content-Length', String(info.size));
  // The open handle keeps serving the file even if a sweep removes it meanwhile; the stream
  // closes it when done or when the client goes away.
  const body = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}

/**
 * Images stored before thumbnails were written have none: send the browser to the narrowest WebP
 * variant instead. A redirect rather than that file's bytes under this name: a response to this
 * URL is cached for a year as immutable, so it must only ever be a thumbnail.
 */
async function thumbFallback(imageDir: string, hash: string): Promise<Response> {
  const width = await narrowestVariantWidth(imageDir, hash, 'webp');
  if (width === null) return notFound();
  return new Response(null, {
    status: 307,
    headers: { Location: imageUrl(hash, { width, format: 'webp' }), 'Cache-Control': 'no-cache' },
  });
}

/** If-None-Match uses weak comparison (RFC 9110 13.1.2): a W/ prefix does not matter. */
function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
