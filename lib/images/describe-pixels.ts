import 'server-only';
import { PHASH_SIZE, phashFromGrey } from './phash';
import { fromPixels, type Pixels } from './sharp-setup';

/**
 * The small facts a gallery card needs besides the files: placeholder, dominant colour, phash.
 * Each works on a thumbnail of the decoded pixels, so together they cost a fraction of one
 * variant encode.
 */

/** True unless some pixel is at least partly transparent. Exact: a JS scan is cheaper than sharp. */
export function isOpaque({ data, channels }: Pixels): boolean {
  if (channels !== 2 && channels !== 4) return true;
  for (let i = channels - 1; i < data.length; i += channels) if (data[i] !== 255) return false;
  return true;
}

/** A ~16 px wide WebP as a data URL (a few hundred bytes); the page scales it up, blurred. */
export async function placeholderOf(pixels: Pixels, keepAlpha: boolean): Promise<string> {
  const thumbnail = keepAlpha ? fromPixels(pixels) : fromPixels(pixels).removeAlpha();
  const webp = await thumbnail
    .resize(16, 16, { fit: 'inside', withoutEnlargement: true })
    .blur(0.6)
    .webp({ quality: 50 })
    .toBuffer();
  return `data:image/webp;base64,${webp.toString('base64')}`;
}

/** sharp's dominant colour (the fullest bin of a 4096-bin histogram), as '#rrggbb'. */
export async function dominantColorOf(pixels: Pixels): Promise<string> {
  // Statistics of the full image would also compute a sharpness convolution we do not need.
  const { data, info } = await fromPixels(pixels)
    .resize(64, 64, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { r, g, b } = (await fromPixels({ data, ...info }).stats()).dominant;
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Transparent areas count as white, so the hash follows what a viewer sees on the page. */
export async function phashOf(pixels: Pixels): Promise<string> {
  const grey = await fromPixels(pixels)
    .flatten({ background: '#ffffff' })
    .greyscale()
    .resize(PHASH_SIZE, PHASH_SIZE, { fit: 'fill' })
    .raw()
    .toBuffer();
  return phashFromGrey(grey);
}
