/** The package ships plain CommonJS without types: one function, a number (or its digits) in, Indonesian words out. */
declare module '@develoka/angka-terbilang-js' {
  export default function angkaTerbilang(target: number | string, settings?: { decimal: string }): string;
}
