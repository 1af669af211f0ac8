import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from './permission-policy';

describe('isPermissionGranted', () => {
  it('grants persistent storage to the app, so the records are not evicted', () => {
    expect(isPermissionGranted('persistent-storage', 'app://koplindung/index.html')).toBe(true);
  });

  it('refuses persistent storage to any other origin', () => {
    expect(isPermissionGranted('persistent-storage', 'https://example.com/')).toBe(false);
    expect(isPermissionGranted('persistent-storage', undefined)).toBe(false);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'display-capture',
    'unknown',
  ])('refuses %s even to the app', (permission) => {
    expect(isPermissionGranted(permission, 'app://koplindung/index.html')).toBe(false);
  });
});
