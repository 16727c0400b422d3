import 'server-only';
import { SUBMISSION_LIMITS } from '@/lib/validation/submission-limits';
import { SubmissionError } from './errors';
import type { UploadedFile } from './check-files';

/**
 * Reads a multipart/form-data request body, refusing it as soon as it is larger than `maxBytes`:
 * first by its Content-Length, then by counting the bytes as they stream in (a sender can lie about
 * or omit the length). Returns the JSON `payload` field and every file part; file names and
 * declared types are dropped here, since only the bytes decide what a file is.
 */
export async function readSubmissionBody(
  request: Request,
  maxBytes: number,
): Promise<{ payload: unknown; files: UploadedFile[] }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;/i.test(type) || !request.body) throw badRequest();
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge();

  let received = 0;
  let overLimit = false;
  const limited = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) {
          overLimit = true;
          controller.error(new Error('body too large'));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  let form: FormData;
  try {
    form = await new Response(limited, { headers: { 'content-type': type } }).formData();
  } catch {
    throw overLimit ? tooLarge() : badRequest();
  }

  const raw = form.get('payload');
  if (typeof raw !== 'string') throw badRequest();
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    throw badRequest();
  }
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value !== 'string') files.push({ field, size: value.size, data: value });
  }
  return { payload, files };
}

const badRequest = () => new SubmissionError([{ path: 'form', code: 'badRequest' }], 400);
// The limit users know is the images' total; maxBytes adds room for the rest of the body.
const tooLarge = () =>
  new SubmissionError(
    [
      {
        path: 'form',
        code: 'submissionTooLarge',
        params: { max: SUBMISSION_LIMITS.maxTotalBytes / 1024 / 1024 },
      },
    ],
    413,
  );
