/**
 * Fetch the demo's files (same origin, under `base`): digits, pretrained GAN, judge. Their bytes
 * are counted for the page's progress bar; the judge's variables are made later, once the backend
 * is chosen.
 */
import { loadJudge, type Classifier } from './classifier';
import { DigitData } from './data';
import { DownloadMeter, type DownloadProgress } from './download';

export interface AssetFiles {
  /** The pretrained GAN's file, or null when it is missing. */
  pretrained: Promise<ArrayBuffer | null>;
  /** The digits and the judge's file (null when missing); rejects when the digits fail. */
  rest: Promise<{ digits: ArrayBuffer; judgeFile: ArrayBuffer | null }>;
  /** True once `rest` has settled. */
  readonly restIn: boolean;
}

/**
 * Start the downloads. With `generatorFirst`, the pretrained GAN (~300 KB) comes alone and the
 * digits and judge (~1.2 MB) after it: the generator and the engine are enough to show what the
 * trained model draws, seconds before the digits are in on a slow network. That costs the rest
 * one round trip. Otherwise all three come at once.
 */
export function fetchAssets(
  base: string,
  onProgress: (progress: DownloadProgress) => void,
  generatorFirst: boolean,
): AssetFiles {
  const meter = new DownloadMeter(3, onProgress);
  const bytes = async (url: string): Promise<ArrayBuffer> => {
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      return await meter.read(res, url);
    } catch (err) {
      meter.skip();
      throw err;
    }
  };
  const digitsUrl = `${base}digits.bin.gz`;
  const judgeUrl = `${base}models/classifier.bin`;
  const pretrained = bytes(`${base}models/gan.bin`).catch(() => null);
  if (generatorFirst) {
    // The sizes of the files that wait, so the bar shows the whole download from the start.
    // Without them (offline: the service worker answers only GET) the bar waits for their turn.
    for (const url of [digitsUrl, judgeUrl]) {
      void fetch(url, { method: 'HEAD' }).then(
        (res) => res.ok && meter.announce(url, res),
        () => {},
      );
    }
  }
  const after = generatorFirst ? pretrained : Promise.resolve();
  const rest = after
    .then(() => Promise.all([bytes(digitsUrl), bytes(judgeUrl).catch(() => null)]))
    .then(async ([digits, judgeFile]) => {
      await pretrained;
      meter.finish();
      return { digits, judgeFile };
    });
  const files = { pretrained, rest, restIn: false };
  void rest.then(
    () => (files.restIn = true),
    () => (files.restIn = true),
  );
  return files;
}

/** The digits ready for training, and the judge's maker. */
export async function readAssets(files: AssetFiles, seed?: number) {
  const { digits, judgeFile } = await files.rest;
  const data = await DigitData.fromGzip(
    new Uint8Array(digits),
    seed ?? Math.floor(Math.random() * 1e9),
  );
  return {
    data,
    pretrained: await files.pretrained,
    /** The judge on the current backend, or null when its file is missing or broken. */
    judge(): Classifier | null {
      if (!judgeFile) return null;
      try {
        return loadJudge(judgeFile);
      } catch {
        return null;
      }
    },
  };
}
