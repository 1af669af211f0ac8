/**
 * What the harness and `npm start` tell an office when the browser UI cannot simply open: the harness is already
 * running, or there is no display. Both languages, like every other message of `npm start`, because the person at
 * the terminal may be the officer (Bahasa Indonesia) or whoever installs the laptop (English). Kept here, in plain
 * JavaScript, so `scripts/start.mjs` and the TypeScript harness (`e2e/harness/`) say the very same words.
 */

/**
 * The harness's port is taken. Almost always by a harness started earlier (its window is still open somewhere), so
 * say where that one is instead of Node's raw `EADDRINUSE` stack trace; a different program on the port is the other
 * possibility, and `HARNESS_PORT` moves ours.
 * @param {string} origin e.g. `http://127.0.0.1:5183`
 * @returns {string}
 */
export function pesanSudahBerjalan(origin) {
  const port = new URL(origin).port;
  return [
    `KopLindung (harness) sudah berjalan di ${origin}.`,
    'Pakai jendela Chromium yang sudah terbuka, atau tutup dulu (atau tekan Ctrl+C di terminalnya) sebelum menjalankannya lagi.',
    `Bila bukan KopLindung yang memakai port ${port}, jalankan dengan port lain: HARNESS_PORT=${Number(port) + 1} npm run harness`,
    '',
    `KopLindung (harness) is already running at ${origin}.`,
    'Use the Chromium window that is already open, or close it (or press Ctrl+C in its terminal) before starting it again.',
    `If another program is using port ${port}, start on another port: HARNESS_PORT=${Number(port) + 1} npm run harness`,
  ].join('\n');
}

/**
 * No display: the harness can only run headless, and nobody can see it. Opening its address in an ordinary browser
 * tab does not help, because `window.desktop` (settings, files, printing) is bound into the Chromium the harness
 * starts itself, through Playwright; a plain tab would show a page that cannot save anything. So say that, and how
 * to get a window: `npm run harness` from a desktop session.
 * @param {string} origin e.g. `http://127.0.0.1:5183`
 * @returns {string}
 */
export function pesanTanpaLayar(origin) {
  return [
    'Tidak ada layar (DISPLAY kosong): harness berjalan tanpa jendela (headless) dan tampilannya tidak dapat dilihat di sini.',
    `Membuka ${origin} di tab peramban biasa tidak cukup: window.desktop (pengaturan, berkas, cetak) hanya tersambung`,
    'di Chromium yang dibuka oleh harness sendiri melalui Playwright.',
    'Untuk membuka tampilannya, jalankan `npm run harness` di sesi desktop (dengan layar), atau setel DISPLAY lebih dulu.',
    '',
    'No display (DISPLAY is empty): the harness runs without a window (headless) and its UI cannot be seen here.',
    `Opening ${origin} in an ordinary browser tab is not enough: window.desktop (settings, files, printing) is bound`,
    'only in the Chromium that the harness opens itself, through Playwright.',
    'To open the UI, run `npm run harness` in a desktop session (with a display), or set DISPLAY first.',
  ].join('\n');
}
