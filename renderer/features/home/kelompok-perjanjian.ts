import type { PerjanjianRecord } from '../../db/synced-records';
import type { ProgramDenganCapaian } from '../program/use-capaian-program';

/** Programs resting on the same agreements, shown under them; `perjanjian` empty for programs with none. */
export interface KelompokPerjanjian {
  readonly key: string;
  readonly perjanjian: readonly PerjanjianRecord[];
  readonly programs: ProgramDenganCapaian[];
}

/**
 * Groups the programs by the agreements they rest on (the head of office asks "how far are we under each
 * agreement?"): one group per set of live agreements, so a program under two agreements is shown once, under
 * both names. Groups follow the agreements' order (newest signed first); programs without one come last.
 */
export function kelompokkanPerPerjanjian(programs: readonly ProgramDenganCapaian[], agreements: readonly PerjanjianRecord[]): KelompokPerjanjian[] {
  const urutan = new Map(agreements.map((a, i) => [a.id, i]));
  const groups = new Map<string, KelompokPerjanjian>();
  for (const p of programs) {
    const ids = p.program.perjanjianIds.filter((id) => urutan.has(id)).sort((a, b) => urutan.get(a)! - urutan.get(b)!);
    const key = ids.join(',');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, perjanjian: ids.map((id) => agreements[urutan.get(id)!]!), programs: [] }));
    g.programs.push(p);
  }
  const rank = (g: KelompokPerjanjian) => (g.perjanjian.length === 0 ? Number.MAX_SAFE_INTEGER : urutan.get(g.perjanjian[0]!.id)!);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}
