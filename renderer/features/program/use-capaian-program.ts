import { useLiveQuery } from 'dexie-react-hooks';
import type { CapaianTarget } from '../../../shared/program/hitung-capaian';
import { useApp } from '../../app/app-context';
import type { ProgramRecord, TargetRecord } from '../../db/synced-records';

/** A target with how far it is. */
export interface TargetDenganCapaian {
  readonly target: TargetRecord;
  readonly capaian: CapaianTarget;
}

/** A program with its targets and their achievement, newest period first. */
export interface ProgramDenganCapaian {
  readonly program: ProgramRecord;
  readonly targets: readonly TargetDenganCapaian[];
}

/**
 * Live achievement of the given programs (all live programs when none is named): one read of the counting data
 * serves every target, and the figures follow each change in the database (an enrollment made terdaftar, a
 * participation recorded, a file imported). undefined while loading. The app's one CapaianRepository reads and
 * counts incrementally: after one change it re-reads the summaries that changed and recomputes only the targets
 * (and the cooperatives in them) that change touched, so the Beranda follows an enrollment made terdaftar at
 * district size without counting every enrollment again.
 */
export function useCapaianProgram(programId?: string): ProgramDenganCapaian[] | undefined {
  const { program, target, capaian } = useApp();
  return useLiveQuery(async () => {
    const programs = programId ? [await program.get(programId)].filter((p): p is ProgramRecord => p !== undefined) : await program.list();
    const data = await capaian.getData();
    return Promise.all(
      programs.map(async (p) => ({
        program: p,
        targets: (await target.listForProgram(p.id)).map((t) => ({ target: t, capaian: capaian.compute(p, t, data) })),
      })),
    );
  }, [program, target, capaian, programId]);
}
