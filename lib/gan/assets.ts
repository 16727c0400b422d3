/**
 * Fetch the demo's files (same origin, under `base`): pretrained GAN, digits, judge. The first two
 * are what the demo needs to be ready; their bytes are counted for the page's progress bar. The
 * judge only scores quality, so it comes last, after them, and the demo does not wait for it.
 */
import { DigitData } from './data';
import { DownloadMeter, type DownloadProgress } from './download';

export interface AssetFiles {
  /** The pretrained GAN's file, or null when it is missing. */
  pretrained: Promise<ArrayBuffer | null>;
  /** The digits; rejects when they cannot be fetched. */
  digits: Promise<ArrayBuffer>;
  /** The judge's file, fetched once the digits are in; null when missing or not fetched. */
  judge: Promise<ArrayBuffer | null>;
}

/**
 * Start the downloads. With `generatorFirst`, the pretrained GAN (~300 KB) comes alone and the
 * digits (~1 MB) after it: the generator and the engine are enough to show what the trained model
 * draws, seconds before the digits are in on a slow network. That costs the digits one round
 * trip. Otherwise the two come at once.
 */
export function fetchAssets(
  base: string,
  onProgress: (progress: DownloadProgress) => void,
  generatorFirst: boolean,
): AssetFiles {
  const meter = new DownloadMeter(2, onProgress);
  const counted = async (url: string): Promise<ArrayBuffer> => {
    try {
      return await meter.read(await ok(fetch(url)), url);
    } catch (err) {
      meter.skip();
      throw err;
    }
  };
  const digitsUrl = `${base}digits.bin.gz`;
  const pretrained = counted(`${base}models/gan.bin`).catch(() => null);
  if (generatorFirst) {
    // The digits' size, so the bar shows the whole download from the start. Without it
    // (offline: the service worker answers only GET) the bar waits for the digits' turn.
    void fetch(digitsUrl, { method: 'HEAD' }).then(
      (res) => res.ok && meter.announce(digitsUrl, res),
      () => {},
    );
  }
  const digits = (generatorFirst ? pretrained : Promise.resolve()).then(() => counted(digitsUrl));
  const judge = digits.then(
    () => ok(fetch(`${base}models/classifier.bin`)).then((res) => res.arrayBuffer()),
    () => null,
  );
  void Promise.allSettled([pretrained, digits]).then(() => meter.finish());
  return { pretrained, digits, judge: judge.catch(() => null) };
}

async function ok(response: Promise<Response>): Promise<Response> {
  const res = await response;
  if (!res.ok) throw new Error(`${res.url}: ${res.status}`);
  return res;
}

/** The digits ready for training, and the pretrained GAN's file. */
export async function readAssets(files: AssetFiles, seed?: number) {
  const data = await DigitData.fromGzip(
    new Uint8Array(await files.digits),
    seed ?? Math.floor(Math.random() * 1e9),
  );
  return { data, pretrained: await files.pretrained };
}
