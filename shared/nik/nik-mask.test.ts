import { describe, expect, it } from 'vitest';
import { maskNik } from './nik-mask';

describe('maskNik', () => {
  it('shows the first and last 4 digits of a NIK', () => {
    expect(maskNik('3674051203900001')).toBe('3674********0001');
    expect(maskNik('3674054509950003')).toBe('3674********0003');
  });

  it('masks a NIK written with separators the same way', () => {
    expect(maskNik('3674 0512 0390 0001')).toBe('3674********0001');
    expect(maskNik('3674.0512.0390.0001')).toBe('3674********0001');
    expect(maskNik('3674-0512-0390-0001')).toBe('3674********0001');
  });

  it('keeps an empty value empty', () => {
    expect(maskNik('')).toBe('');
    expect(maskNik('   ')).toBe('');
  });

  it('shows at most the last 4 characters of anything that is not a NIK', () => {
    expect(maskNik('367405120390000')).toBe('***********0000');
    expect(maskNik('36740512039000012')).toBe('*************0012');
    expect(maskNik('36740512039000O1')).toBe('************00O1');
    expect(maskNik('12345')).toBe('*2345');
  });

  it('shows nothing of a value of 4 characters or fewer', () => {
    expect(maskNik('1234')).toBe('****');
    expect(maskNik('abc')).toBe('***');
  });
});
