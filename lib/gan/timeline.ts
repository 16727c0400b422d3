/**
 * Which grid snapshots to keep for the timeline: at most `max`, spread over the whole run.
 * When full, every other one is dropped and the spacing doubles, so early steps (where the
 * picture changes fastest) stay as well represented as late ones.
 */
export class Timeline<T> {
  private items: { step: number; value: T }[] = [];
  private spacing: number;

  constructor(
    private readonly max = 60,
    private readonly firstSpacing = 10,
  ) {
    this.spacing = firstSpacing;
  }

  /** Whether a snapshot at `step` is due. */
  due(step: number): boolean {
    const last = this.items.at(-1);
    return !last || step - last.step >= this.spacing;
  }

  add(step: number, value: T): void {
    this.items.push({ step, value });
    if (this.items.length > this.max) {
      this.items = this.items.filter((_, i) => i % 2 === 0);
      this.spacing *= 2;
    }
  }

  get steps(): number[] {
    return this.items.map((i) => i.step);
  }

  get all(): readonly { step: number; value: T }[] {
    return this.items;
  }

  clear(): void {
    this.items = [];
    this.spacing = this.firstSpacing;
  }
}
