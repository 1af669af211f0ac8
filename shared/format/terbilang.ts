import angkaTerbilang from '@develoka/angka-terbilang-js';

/**
 * A whole number in Indonesian words, as official documents write dates and amounts ("dua ribu dua puluh enam").
 * The words come from @develoka/angka-terbilang-js, whose Indonesian was checked against the cases in the test
 * (sebelas, seratus, seribu, belasan ribu …); only its "milyar" is corrected to the KBBI spelling "miliar".
 */
export function terbilang(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`terbilang: ${value} is not a whole number ≥ 0`);
  return angkaTerbilang(String(value)).replace(/\bmilyar\b/g, 'miliar');
}

/** "dua ribu dua puluh enam" → "Dua Ribu Dua Puluh Enam": dates in words on a berita acara are written this way. */
export function hurufAwalBesar(words: string): string {
  return words.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}
