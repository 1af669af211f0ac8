import { describe, expect, it } from 'vitest';
import { debugSwitchesGiven } from './debug-switches';

describe('debugSwitchesGiven', () => {
  it('names each remote-debugging switch the app was started with', () => {
    const given = new Set(['lang', 'remote-debugging-port']);
    expect(debugSwitchesGiven((name) => given.has(name))).toEqual(['remote-debugging-port']);
    expect(debugSwitchesGiven((name) => name === 'remote-debugging-pipe')).toEqual(['remote-debugging-pipe']);
  });

  it('finds none in an ordinary start', () => {
    expect(debugSwitchesGiven(() => false)).toEqual([]);
  });
});
