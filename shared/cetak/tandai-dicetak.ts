import { kepesertaanSchema, type Kepesertaan } from '../kepesertaan/kepesertaan-schema';
import { langkahStatus } from '../kepesertaan/status-kepesertaan';

/**
 * Whether a printed formulir may move its enrollment to "formulir dicetak": a draft that would pass the same rules
 * `changeStatus` applies (consent recorded, a wage or income, valid programs). A draft noted at an event's table
 * usually fails until the wage is asked and the consent recorded; the preview offers to mark only the others.
 */
export function bisaDitandaiDicetak(k: Kepesertaan): boolean {
  if (k.status !== 'draf' || !langkahStatus.draf.includes('formulir_dicetak')) return false;
  return kepesertaanSchema.safeParse({ ...k, status: 'formulir_dicetak' }).success;
}
