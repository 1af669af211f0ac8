/**
 * Every IPC channel name, grouped as the `window.desktop` facade groups them. Kept apart from the schemas so the
 * preload can build the facade from names alone without bundling a validation library.
 * Names follow `area:verb-noun`.
 */
export const ipcChannels = {
  app: {
    getInfo: 'app:get-info',
  },
  settings: {
    get: 'settings:get',
    saveOfficeProfile: 'settings:save-office-profile',
    saveTarifIuran: 'settings:save-tarif-iuran',
    setLocale: 'settings:set-locale',
    saveDokumen: 'settings:save-dokumen',
    setPetugasAktif: 'settings:set-petugas-aktif',
    repairDeviceId: 'settings:repair-device-id',
    setRetensiTerhapus: 'settings:set-retensi-terhapus',
    setIzinkanImporTanpaEnkripsi: 'settings:set-izinkan-impor-tanpa-enkripsi',
  },
  database: {
    getState: 'database:get-state',
    saveState: 'database:save-state',
  },
  cadangan: {
    getKey: 'cadangan:get-key',
    list: 'cadangan:list',
    save: 'cadangan:save',
    read: 'cadangan:read',
    getSpace: 'cadangan:get-space',
  },
  shell: {
    openExternal: 'shell:open-external',
  },
  files: {
    saveText: 'files:save-text',
    saveBytes: 'files:save-bytes',
    openFile: 'files:open-file',
    beginWorkbook: 'files:begin-workbook',
    appendRows: 'files:append-rows',
    finishWorkbook: 'files:finish-workbook',
    abortWorkbook: 'files:abort-workbook',
  },
  print: {
    printDocument: 'print:print-document',
    savePdf: 'print:save-pdf',
  },
  log: {
    write: 'log:write',
    saveForSupport: 'log:save-for-support',
  },
} as const;

export type IpcChannels = typeof ipcChannels;
export type IpcNamespace = keyof IpcChannels;
export type IpcChannelName = { [N in IpcNamespace]: IpcChannels[N][keyof IpcChannels[N]] }[IpcNamespace];

/** Flat list of [namespace, method, channel] triples, for code that wires every channel generically. */
export function listChannels(): ReadonlyArray<readonly [string, string, IpcChannelName]> {
  const out: Array<readonly [string, string, IpcChannelName]> = [];
  for (const [ns, methods] of Object.entries(ipcChannels)) {
    for (const [method, channel] of Object.entries(methods)) out.push([ns, method, channel as IpcChannelName]);
  }
  return out;
}
