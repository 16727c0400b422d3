/**
 * Heatmap colours for a distance 0–1: light blue for "same" to the site's dark blue for "nothing in
 * common". One hue, changing mostly in lightness, so the order also reads in greyscale and with
 * colour-vision deficiencies; every cell also shows its number.
 */
const STOPS: Array<[number, [number, number, number]]> = [
  [0, [241, 247, 251]],
  [0.5, [120, 170, 205]],
  [1, [29, 53, 87]],
];

export function heatColour(distance: number): { background: string; color: string } {
  const d = Math.min(1, Math.max(0, distance));
  const i = d <= STOPS[1]![0] ? 0 : 1;
  const [[d0, c0], [d1, c1]] = [STOPS[i]!, STOPS[i + 1]!];
  const t = (d - d0) / (d1 - d0);
  const rgb = c0.map((c, k) => Math.round(c + (c1[k]! - c) * t));
  // White text only where the background is dark enough for 4.5:1; the heatmap's CSS steps
  // (variation.module.css) follow the same rule, with step 0.7 darkened a little to reach it.
  return { background: `rgb(${rgb.join(' ')})`, color: d >= 0.7 ? '#ffffff' : '#1b1f24' };
}
