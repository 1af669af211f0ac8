/**
 * ExcelJS's browser build without its bundled polyfills (core-js, regenerator): Electron's Chromium needs none,
 * and the file is smaller. It is the same UMD build in the page, in a Worker and in Node (unit tests), so every
 * test writes the workbook with the code the app runs. Its API is the package's own.
 */
declare module 'exceljs/dist/exceljs.bare.min.js' {
  export * from 'exceljs';
}
