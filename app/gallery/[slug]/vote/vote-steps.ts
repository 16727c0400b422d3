/**
 * Where a voter is: which question (by position) and which picture of it (1-based), all in the
 * URL so the page works as plain links and form posts, and "back" in the browser does the obvious.
 * Query strings: `q=<question id>&i=<n>`, or `done=1` after the last picture.
 */
export type Position = { question: number; image: number };
export type Params = Record<string, string | string[] | undefined>;

export function parsePosition(params: Params, questionIds: readonly number[], imageCount: number): Position | 'done' {
  if (params.done === '1') return 'done';
  const q = Number(single(params.q));
  const index = questionIds.indexOf(q);
  const i = Math.trunc(Number(single(params.i)));
  return {
    question: index >= 0 ? index : 0,
    image: Number.isFinite(i) && i >= 1 && i <= imageCount ? i : 1,
  };
}

export function queryFor(at: Position | 'done', questionIds: readonly number[]): string {
  return at === 'done' ? 'done=1' : `q=${questionIds[at.question]}&i=${at.image}`;
}

export function nextPosition(at: Position, questionCount: number, imageCount: number): Position | 'done' {
  if (at.image < imageCount) return { ...at, image: at.image + 1 };
  if (at.question + 1 < questionCount) return { question: at.question + 1, image: 1 };
  return 'done';
}

export function previousPosition(at: Position, imageCount: number): Position | null {
  if (at.image > 1) return { ...at, image: at.image - 1 };
  if (at.question > 0) return { question: at.question - 1, image: imageCount };
  return null;
}

/** What the vote form may send back as where to go next (it is echoed into a redirect). */
export const NEXT_QUERY = /^(q=[1-9]\d{0,15}&i=[1-9]\d{0,4}|done=1)$/;

function single(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}
