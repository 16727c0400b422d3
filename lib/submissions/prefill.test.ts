import { describe, expect, it } from 'vitest';
import { prefillFromQuery } from './prefill';

describe('prefillFromQuery', () => {
  it('takes prompt, case kind, tool and model from the link', () => {
    expect(
      prefillFromQuery({
        prompt: 'a CEO\nat work',
        caseKind: 'bias',
        tool: 'DALL·E',
        model: ['3', '2'],
      }),
    ).toEqual({
      title: '',
      caseKind: 'bias',
      prompt: 'a CEO\nat work',
      tool: 'DALL·E',
      model: '3',
    });
  });
  it('ignores unknown case kinds, strips control characters and cuts to the limits', () => {
    const p = prefillFromQuery({
      caseKind: 'memes',
      tool: `x\u0000y${'z'.repeat(200)}`,
      prompt: 'p'.repeat(5000),
    });
    expect(p.caseKind).toBe('');
    expect(p.tool).toMatch(/^xyz+$/);
    expect(p.tool).toHaveLength(80);
    expect(p.prompt).toHaveLength(2000);
  });
});
