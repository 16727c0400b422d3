/** Tests: a tiny synthetic digits file (40 digits, 10 held out), for code that needs no real digits. */
import { DigitData } from '../data';
import { encodeDigits } from '../data-format';

/** `stride` varies the pixel pattern (pixel i is i × stride mod 256). */
export function syntheticDigits(stride = 37): DigitData {
  const count = 40;
  const pixels = Uint8Array.from({ length: count * 784 }, (_, i) => (i * stride) % 256);
  const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
  return new DigitData(encodeDigits({ count, heldOut: 10, labels, pixels }));
}
