/**
 * When every form checks its fields: at *Simpan*, then as the officer corrects what it named. Not on blur: an
 * error line appearing under the field just left, while the mouse button was down on *Simpan*, moved the button
 * before the button came up, the click fell on the form and nothing was saved — with no word why. Checking at
 * Simpan is also how government forms are advised to behave (the officer finishes typing before being told off),
 * and `useSaveBlocker` brings the first field at fault into view and says what blocks. Live hints that are not
 * errors (the NIK's holder, the wage in Rupiah) stay live.
 */
export const periksaSaatSimpan = { mode: 'onSubmit', reValidateMode: 'onChange' } as const;
