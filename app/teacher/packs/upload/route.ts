import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { db } from '@/db';
import { getCurrentTeacher } from '@/lib/auth/current';
import { env } from '@/lib/env';
import { sameOrigin } from '@/lib/http/same-origin';
import type { ImportEvent } from '@/lib/packs/import-events';
import { importPack } from '@/lib/packs/import-pack';
import { PACK_LIMITS } from '@/lib/packs/limits';
import { PackRefusedError, type PackRefusal } from '@/lib/packs/refusals';

export const dynamic = 'force-dynamic';

// One import at a time per server: each decodes many images, and the school server has two cores.
let busy = false;

/**
 * Receives a pack zip as the raw request body (the form sends it with XMLHttpRequest, so it can
 * show upload progress) and answers with NDJSON: progress lines while the images are checked,
 * then one `done` line with the report or one `refused` line with every reason. This lives under
 * /teacher because the teacher's session cookie is only sent there.
 */
export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) return refused(403, [{ code: 'forbidden' }]);
  if (!(await getCurrentTeacher())) return refused(401, [{ code: 'forbidden' }]);
  if (busy) return refused(429, [{ code: 'busy' }]);
  const status = new URL(request.url).searchParams.get('status') === 'published' ? 'published' : 'pending';
  const declared = Number(request.headers.get('content-length'));
  if (declared > PACK_LIMITS.maxZipBytes) return refused(413, [{ code: 'zipTooLarge', params: { max: PACK_LIMITS.maxZipBytes / 1024 / 1024 } }]);
  if (!request.body) return refused(400, [{ code: 'notZip' }]);

  busy = true;
  const dir = path.join(env.dataDir, 'pack-uploads');
  const file = path.join(dir, `${randomBytes(8).toString('hex')}.zip`);
  try {
    await mkdir(dir, { recursive: true });
    await removeStaleUploads(dir);
    await saveBody(request.body, file);
  } catch (error) {
    busy = false;
    await rm(file, { force: true });
    if (error instanceof PackRefusedError) return refused(error.status, error.refusals);
    console.error('pack upload failed', error);
    return refused(400, [{ code: 'server' }]);
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        const report = await importPack(db, file, {
          imageDir: env.imageDir,
          status,
          onProgress: (p) => send({ type: 'progress', ...p }),
        });
        console.info(`pack imported: ${report.comparisons.map((c) => c.slug).join(', ')} (${status})`);
        send({ type: 'done', report });
      } catch (error) {
        if (error instanceof PackRefusedError) {
          console.info(error.message);
          send({ type: 'refused', refusals: error.refusals });
        } else {
          console.error('pack import failed', error);
          send({ type: 'refused', refusals: [{ code: 'server' }] });
        }
      } finally {
        busy = false;
        await rm(file, { force: true });
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      // no-transform keeps compression from holding the progress lines back.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}

/** Streams the body to disk (yauzl needs random access), refusing it once it passes the limit. */
async function saveBody(body: ReadableStream<Uint8Array>, file: string) {
  let received = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > PACK_LIMITS.maxZipBytes) {
        callback(new PackRefusedError([{ code: 'zipTooLarge', params: { max: PACK_LIMITS.maxZipBytes / 1024 / 1024 } }], 413));
      } else callback(null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(body as NodeWebStream<Uint8Array>), limit, createWriteStream(file, { flags: 'wx' }));
}

/** A server stopped mid-import leaves its zip behind; the next import clears it out. */
async function removeStaleUploads(dir: string) {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of await readdir(dir)) {
    const info = await stat(path.join(dir, name)).catch(() => null);
    if (info && info.mtimeMs < dayAgo) await rm(path.join(dir, name), { force: true });
  }
}

function refused(status: number, refusals: PackRefusal[]) {
  const event: ImportEvent = { type: 'refused', refusals };
  return new Response(`${JSON.stringify(event)}\n`, {
    status,
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
