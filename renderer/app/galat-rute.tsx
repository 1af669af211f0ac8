import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { laporGalat } from '../log/lapor-galat';
import { HalamanGalat } from './halaman-galat';

/**
 * The router's error element: React Router catches a render error inside a route itself (its default page shows
 * the raw message, personal data included, in English), so the route tree gets the same calm page and the same
 * masked log entry as the app's error boundary.
 */
export function GalatRute() {
  const error = useRouteError();
  useEffect(() => {
    laporGalat('route', isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error);
  }, [error]);
  return <HalamanGalat />;
}
