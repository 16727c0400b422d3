import { env } from '@/lib/env';
import { serveImage } from '@/lib/images/serve';

/** Uploaded images live in the data directory, not public/, so a route serves them (HEAD too). */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return serveImage(env.imageDir, path, request.headers);
}
