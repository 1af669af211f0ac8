import type { PrintableWindow } from '../print/printable-window';
import type { IpcCaller } from '../handlers/ipc-caller';

/** What a FakeWindow was asked to do, and what it answers. For unit tests of handlers and the dispatcher. */
export interface FakeWindow extends PrintableWindow {
  readonly prints: { landscape: boolean }[];
  readonly pdfs: { landscape: boolean }[];
  /** The next print's answer; a function may throw. */
  printAnswer: () => Promise<{ printed: boolean; failure?: string }>;
  /** The next PDF's bytes; a function may throw. */
  pdfAnswer: () => Promise<Uint8Array>;
}

/** A window that prints nothing and records every request; prints succeed and PDFs are empty unless told. */
export function fakeWindow(): FakeWindow {
  const window: FakeWindow = {
    prints: [],
    pdfs: [],
    printAnswer: async () => ({ printed: true }),
    pdfAnswer: async () => new Uint8Array(),
    print: (options) => {
      window.prints.push({ ...options });
      return window.printAnswer();
    },
    printToPdf: (options) => {
      window.pdfs.push({ ...options });
      return window.pdfAnswer();
    },
  };
  return window;
}

/** The app's own page, as the Electron app serves it. */
export const APP_PAGE_URL = 'app://koplindung/index.html#/';

/** A caller at `url` (undefined: a sender without a frame) with a window that records what it is asked. */
export function fakeCaller(url: string | undefined, window: PrintableWindow = fakeWindow()): IpcCaller {
  return { url, window };
}
