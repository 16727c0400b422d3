/** One point of the training curves (values of one step, as the worker reported them). */
export interface HistoryPoint {
  step: number;
  dLoss: number;
  gLoss: number;
  dReal: number;
  dFake: number;
}

/** Enough points for a smooth chart; more would only cost render time. */
export const MAX_POINTS = 400;

/**
 * Append `point`; past MAX_POINTS drop every other old point, so the curve always spans the
 * whole run at an even density. A point from an earlier step (after a reset) starts over.
 */
export function addPoint(history: readonly HistoryPoint[], point: HistoryPoint): HistoryPoint[] {
  const last = history[history.length - 1];
  if (last && point.step < last.step) return [point];
  if (last && point.step === last.step) return [...history.slice(0, -1), point];
  if (history.length < MAX_POINTS) return [...history, point];
  const thinned = history.filter((_, i) => i % 2 === 0);
  return [...thinned, point];
}
