import { tarifIuranBawaan, tarifIuranListSchema } from '../../../shared/kepesertaan/tarif-iuran';
import { pengaturanDokumenSchema, petugasAktifSchema } from '../../../shared/settings/pengaturan-dokumen';
import { pengaturanDokumenBawaan } from '../../../shared/settings/pengaturan-dokumen-bawaan';
import { localeSchema, officeProfileSchema, RETENSI_TERHAPUS_BAWAAN, retensiTerhapusSchema, type Settings } from '../../../shared/settings/settings';
import type { SettingsStore } from './settings-store';

/**
 * Reads the settings the renderer sees. The device id (the node id of every change clock this laptop stamps) is
 * made on first read and stored, so it is stable for the life of the install. Stored values are checked again
 * with the shared schemas: a value a newer or hand-edited file made invalid reads as unset (the UI then asks for
 * it) instead of reaching the renderer in a shape the types do not promise. Rates read as the app's defaults when
 * none are stored or the stored table fails the schema, because an estimate needs some rates to work with; the
 * letterhead and signer likewise read as the ones derived from the office profile, so a document always has a head.
 */
export function readSettings(store: SettingsStore, newDeviceId: () => string): Settings {
  let deviceId = store.get('deviceId');
  if (deviceId === undefined || deviceId === '') {
    deviceId = newDeviceId();
    store.set('deviceId', deviceId);
  }
  const locale = localeSchema.safeParse(store.get('locale'));
  const stored = store.get('officeProfile');
  const profile = stored === null ? undefined : officeProfileSchema.safeParse(stored);
  const storedTarif = store.get('tarifIuran');
  const tarif = storedTarif === undefined ? undefined : tarifIuranListSchema.safeParse(storedTarif);
  const officeProfile = profile?.success ? profile.data : null;
  const storedDokumen = store.get('dokumen');
  const dokumen = storedDokumen === undefined ? undefined : pengaturanDokumenSchema.safeParse(storedDokumen);
  const petugasAktif = petugasAktifSchema.safeParse(store.get('petugasAktif') ?? '');
  return {
    deviceId,
    locale: locale.success ? locale.data : 'id',
    officeProfile,
    tarifIuran: tarif?.success ? tarif.data : tarifIuranBawaan,
    dokumen: dokumen?.success ? dokumen.data : pengaturanDokumenBawaan(officeProfile),
    petugasAktif: petugasAktif.success ? petugasAktif.data : '',
    retensiTerhapusHari: retensiTerhapusSchema.safeParse(store.get('retensiTerhapusHari')).data ?? RETENSI_TERHAPUS_BAWAAN,
    // Only an explicit `true` allows it: a missing or damaged value keeps unencrypted files out.
    izinkanImporTanpaEnkripsi: store.get('izinkanImporTanpaEnkripsi') === true,
  };
}
