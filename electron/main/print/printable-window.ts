/**
 * The window an IPC call came from, as far as printing goes. Electron builds it from `event.sender` (webContents),
 * the e2e harness from the Playwright page, and the unit tests from a fake, so the print handlers run unchanged
 * in all three.
 */
export interface PrintableWindow {
  /**
   * Opens the system print dialog for the window's page. `printed` is false when the officer cancels; `failure`
   * says why when the printer or the driver refused.
   */
  print(options: { readonly landscape: boolean }): Promise<{ printed: boolean; failure?: string }>;
  /** The page as an A4 PDF (print stylesheet, backgrounds, the CSS page size). */
  printToPdf(options: { readonly landscape: boolean }): Promise<Uint8Array>;
}
