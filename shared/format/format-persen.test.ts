import { describe, expect, it } from 'vitest';
import { formatPersen } from './format-persen';

describe('formatPersen', () => {
  it('writes rates with a decimal comma in Indonesian', () => {
    expect(formatPersen(0.24, 'id')).toBe('0,24%');
    expect(formatPersen(3.7, 'id')).toBe('3,7%');
    expect(formatPersen(2, 'id')).toBe('2%');
    expect(formatPersen(0.0024, 'id')).toBe('0,0024%');
  });

  it('writes a decimal point in English', () => {
    expect(formatPersen(1.74, 'en')).toBe('1.74%');
  });
});
