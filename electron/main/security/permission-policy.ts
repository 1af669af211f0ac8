import { isAppUrl } from './navigation-policy';

/**
 * Every browser permission (camera, location, notifications, clipboard reading, ...) is refused, with one
 * exception: persistent storage for the app's own pages. IndexedDB holds every record the office keeps; without
 * this grant Chromium treats it as best-effort storage that it may evict when the disk runs low.
 */
export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrl);
}
