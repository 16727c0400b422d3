import { describe, expect, it } from 'vitest';
import { displayFromCookie } from './config';

describe('displayFromCookie', () => {
  it('reads only the exact value "projector" as projector mode', () => {
    expect(displayFromCookie('projector')).toBe('projector');
    expect(displayFromCookie(undefined)).toBe('normal');
    expect(displayFromCookie('Projector')).toBe('normal');
    expect(displayFromCookie('')).toBe('normal');
  });
});
