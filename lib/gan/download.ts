/**
 * Counts the bytes of several downloads as they arrive, so the GAN demo can show "0,8 van 1,2 MB"
 * instead of a bare spinner: on busy school Wi-Fi its files take half a minute on the first
 * visit. Worker-safe (no DOM).
 */

export interface DownloadProgress {
  loaded: number;
  /** Sum of every file's announced size; null until all have announced one, or when one cannot. */
  total: number | null;
}

export class DownloadMeter {
  private loaded = 0;
  /** Each file's size by name, null when it has none we can count. */
  private sizes = new Map<string, number | null>();
  private unnamed = 0;
  private skipped = false;
  private lastReport = -Infinity;

  /**
   * @param files how many responses `read` will get: the total is only known once each of them
   *   has announced its size, so the bar never runs backwards when a later file adds to it
   * @param report called at most every `everyMs` while bytes arrive, and once when all are in
   */
  constructor(
    private readonly files: number,
    private readonly report: (progress: DownloadProgress) => void,
    private readonly everyMs = 250,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get progress(): DownloadProgress {
    const sizes = [...this.sizes.values()];
    const known = !this.skipped && sizes.length === this.files && !sizes.includes(null);
    return { loaded: this.loaded, total: known ? sizes.reduce<number>((a, b) => a + b!, 0) : null };
  }

  /**
   * A file's size learned before its download starts (the headers of a HEAD request), so the
   * total is known sooner. Ignored when it has no size or the download has announced one.
   */
  announce(name: string, res: Response): void {
    const size = announcedSize(res);
    if (size === null || this.sizes.has(name)) return;
    this.sizes.set(name, size);
    this.report(this.progress);
  }

  /** The whole body of `res`, counted chunk by chunk; `name` as in an earlier `announce`. */
  async read(res: Response, name = `#${this.unnamed++}`): Promise<ArrayBuffer> {
    if (!this.sizes.has(name)) this.sizes.set(name, announcedSize(res));
    if (!res.body) return res.arrayBuffer(); // a response without a body: nothing to count
    const counted = res.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform: (chunk, out) => {
          this.add(chunk.byteLength);
          out.enqueue(chunk);
        },
      }),
    );
    return new Response(counted).arrayBuffer();
  }

  /** A file that will not be read (it failed): the total can no longer be known. */
  skip(): void {
    this.skipped = true;
    this.report(this.progress);
  }

  /** Report the final figure, whatever the time since the last one. */
  finish(): void {
    this.report(this.progress);
  }

  private add(bytes: number): void {
    this.loaded += bytes;
    const t = this.now();
    if (t - this.lastReport < this.everyMs) return;
    this.lastReport = t;
    this.report(this.progress);
  }
}

/**
 * The body's size in bytes as it will be read, or null. A compressed response's Content-Length
 * counts the compressed bytes while the body yields more, so it cannot be used.
 */
function announcedSize(res: Response): number | null {
  const encoding = res.headers.get('content-encoding');
  if (encoding && encoding !== 'identity') return null;
  const length = Number(res.headers.get('content-length') ?? NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}
