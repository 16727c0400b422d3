import { describe, expect, it } from 'vitest';
import { NEXT_QUERY, nextPosition, parsePosition, previousPosition, queryFor } from './vote-steps';

const ids = [7, 9];

describe('vote steps', () => {
  it('reads the position from the URL, defaulting to the start', () => {
    expect(parsePosition({}, ids, 4)).toEqual({ question: 0, image: 1 });
    expect(parsePosition({ q: '9', i: '3' }, ids, 4)).toEqual({ question: 1, image: 3 });
    expect(parsePosition({ q: '8', i: '99' }, ids, 4)).toEqual({ question: 0, image: 1 });
    expect(parsePosition({ done: '1' }, ids, 4)).toBe('done');
  });
  it('walks through every picture of every question, then is done', () => {
    expect(nextPosition({ question: 0, image: 3 }, 2, 4)).toEqual({ question: 0, image: 4 });
    expect(nextPosition({ question: 0, image: 4 }, 2, 4)).toEqual({ question: 1, image: 1 });
    expect(nextPosition({ question: 1, image: 4 }, 2, 4)).toBe('done');
    expect(previousPosition({ question: 1, image: 1 }, 4)).toEqual({ question: 0, image: 4 });
    expect(previousPosition({ question: 0, image: 1 }, 4)).toBeNull();
  });
  it('only lets a next step through that is a plain position', () => {
    expect(queryFor({ question: 1, image: 2 }, ids)).toBe('q=9&i=2');
    expect(NEXT_QUERY.test('q=9&i=2')).toBe(true);
    expect(NEXT_QUERY.test('done=1')).toBe(true);
    expect(NEXT_QUERY.test('q=9&i=2&x=//evil')).toBe(false);
  });
});
