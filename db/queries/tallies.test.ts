import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/test-db';
import { customOptions, templateOptions } from '@/lib/tally/templates';
import type { DB } from '../connection';
import { comparison } from '../schema';
import { getContentVersion } from './content-version';
import { createComparison, type StoredImage } from './create-comparison';
import { getComparison } from './get-comparison';
import {
  addQuestion,
  deleteQuestion,
  listQuestions,
  resetVotes,
  setReference,
  setVotingOpen,
} from './tallies';
import { castVote, voteCounts, voterAnswers } from './tally-votes';

const fakeImage = (n: number): StoredImage => ({
  hash: n.toString(16).padStart(64, '0'),
  width: 64, height: 48, bytes: 1000, format: 'png', variantWidths: [64],
  dominantColor: '#336699', placeholder: 'data:image/webp;base64,AAAA', phash: '0'.repeat(16),
});

let db: DB;
let cleanup: () => void;
let ceo: number;
let other: number;
let runs: number[];
let otherRun: number;

function make(title: string, status: 'published' | 'pending') {
  return createComparison(db, {
    title, description: '', caseKind: 'bias', locale: 'en', status, source: 'seed',
    variants: [
      { prompt: 'a CEO', tool: 'SD', runs: [1, 2].map((i) => ({ image: fakeImage(i) })) },
      { prompt: 'a CEO, diverse group of people', tool: 'SD', runs: [3, 4].map((i) => ({ image: fakeImage(i) })) },
    ],
  }).id;
}
const runIds = (id: number) =>
  getComparison(db, { id }, 'en')!.variants.flatMap((v) => v.runs.map((r) => r.id));
const version = () => getContentVersion(db);

beforeAll(() => {
  ({ db, cleanup } = createTestDatabase());
  ceo = make('CEO', 'published');
  other = make('Pending', 'pending');
  runs = runIds(ceo);
  otherRun = runIds(other)[0]!;
});
afterAll(() => cleanup());

describe('questions', () => {
  it('adds template and custom questions in order and moves the page cache version', () => {
    const before = version();
    const a = addQuestion(db, ceo, { template: 'perceived-gender', label: null, options: templateOptions('perceived-gender') })!;
    const b = addQuestion(db, ceo, { template: null, label: 'Smiling?', options: customOptions(['Yes', 'No']) })!;
    expect(version()).toBeGreaterThan(before);
    const list = listQuestions(db, ceo);
    expect(list.map((q) => [q.id, q.position, q.votingOpen])).toEqual([[a, 0], [b, 1]].map((x) => [...x, true]));
    expect(list[1]!.options).toEqual([{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }]);
    expect(listQuestions(db, other)).toEqual([]);
  });

  it('changes only a question of the comparison named', () => {
    const q = addQuestion(db, ceo, { template: 'age', label: null, options: templateOptions('age') })!;
    expect(setVotingOpen(db, other, q, false)).toBe(false);
    expect(setVotingOpen(db, ceo, q, false)).toBe(true);
    const reference = { shares: { child: 0, older: 0.3 }, source: 'CBS 2024' };
    expect(setReference(db, ceo, q, reference)).toBe(true);
    const row = listQuestions(db, ceo).find((x) => x.id === q)!;
    expect(row).toMatchObject({ votingOpen: false, reference });
    expect(deleteQuestion(db, other, q)).toBe(false);
    expect(deleteQuestion(db, ceo, q)).toBe(true);
    expect(listQuestions(db, ceo).some((x) => x.id === q)).toBe(false);
  });
});

describe('votes', () => {
  it('counts one answer per browser per image; answering again changes it', () => {
    const q = addQuestion(db, ceo, { template: 'skin-tone', label: null, options: templateOptions('skin-tone') })!;
    const vote = (voterHash: string, runId: number, option: string) => castVote(db, { questionId: q, runId, voterHash, option });
    expect(vote('a', runs[0]!, 'lighter')).toBe('saved');
    expect(vote('a', runs[0]!, 'darker')).toBe('saved');
    expect(vote('b', runs[0]!, 'lighter')).toBe('saved');
    expect(vote('b', runs[2]!, 'medium')).toBe('saved');
    const mine = voteCounts(db, ceo).filter((c) => c.questionId === q);
    expect(mine.sort((x, y) => x.runId - y.runId || x.option.localeCompare(y.option))).toEqual([
      { questionId: q, runId: runs[0], option: 'darker', count: 1 },
      { questionId: q, runId: runs[0], option: 'lighter', count: 1 },
      { questionId: q, runId: runs[2], option: 'medium', count: 1 },
    ]);
    expect(voterAnswers(db, q, 'a')).toEqual(new Map([[runs[0], 'darker']]));
    // Votes do not touch the page cache: live numbers come from the uncached endpoint.
    const before = version();
    vote('c', runs[1]!, 'medium');
    expect(version()).toBe(before);
  });

  it('refuses unknown options, foreign images, closed questions and unpublished comparisons', () => {
    const q = addQuestion(db, ceo, { template: 'age', label: null, options: templateOptions('age') })!;
    const vote = (runId: number, option: string) => castVote(db, { questionId: q, runId, voterHash: 'x', option });
    expect(vote(runs[0]!, 'robot')).toBe('invalid');
    expect(vote(otherRun, 'child')).toBe('invalid');
    expect(castVote(db, { questionId: 99999, runId: runs[0]!, voterHash: 'x', option: 'child' })).toBe('invalid');
    setVotingOpen(db, ceo, q, false);
    expect(vote(runs[0]!, 'child')).toBe('closed');
    setVotingOpen(db, ceo, q, true);
    expect(vote(runs[0]!, 'child')).toBe('saved');
    db.update(comparison).set({ status: 'hidden' }).where(eq(comparison.id, ceo)).run();
    expect(vote(runs[0]!, 'older')).toBe('invalid');
    db.update(comparison).set({ status: 'published' }).where(eq(comparison.id, ceo)).run();
  });

  it('reset empties one question only; deleting a question takes its votes along', () => {
    const q1 = addQuestion(db, ceo, { template: 'perceived-gender', label: null, options: templateOptions('perceived-gender') })!;
    const q2 = addQuestion(db, ceo, { template: 'perceived-gender', label: null, options: templateOptions('perceived-gender') })!;
    for (const q of [q1, q2]) castVote(db, { questionId: q, runId: runs[1]!, voterHash: 'r', option: 'man' });
    expect(resetVotes(db, other, q1)).toBeNull();
    expect(resetVotes(db, ceo, q1)).toBe(1);
    const counts = voteCounts(db, ceo);
    expect(counts.some((c) => c.questionId === q1)).toBe(false);
    expect(counts.some((c) => c.questionId === q2)).toBe(true);
    deleteQuestion(db, ceo, q2);
    expect(voteCounts(db, ceo).some((c) => c.questionId === q2)).toBe(false);
  });
});

describe('addQuestion', () => {
  it('adds nothing to a comparison that is gone', () => {
    expect(addQuestion(db, 424242, { template: 'age', label: null, options: templateOptions('age') })).toBeNull();
  });
});
