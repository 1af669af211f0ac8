import { Component, type ErrorInfo, type ReactNode } from 'react';
import { laporGalat } from '../log/lapor-galat';
import { dengarGalatFatal } from '../log/penjaga-galat';
import { HalamanGalat } from './halaman-galat';

interface Keadaan {
  readonly galat: boolean;
}

/**
 * Around the whole app: a render error anywhere below, or an uncaught error on the window (penjaga-galat.ts),
 * shows the calm error page with *Simpan log untuk dukungan* instead of a blank window. The error is logged,
 * masked, for support. Records already saved are safe in IndexedDB; the page offers a reload.
 */
export class BatasGalat extends Component<{ readonly children: ReactNode }, Keadaan> {
  override state: Keadaan = { galat: false };
  private berhenti: (() => void) | undefined;

  static getDerivedStateFromError(): Keadaan {
    return { galat: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    laporGalat('react', error, info.componentStack ?? undefined);
  }

  override componentDidMount(): void {
    this.berhenti = dengarGalatFatal(() => this.setState({ galat: true }));
  }

  override componentWillUnmount(): void {
    this.berhenti?.();
  }

  override render(): ReactNode {
    return this.state.galat ? <HalamanGalat /> : this.props.children;
  }
}
