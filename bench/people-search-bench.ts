import type { AnggotaRepository } from '../renderer/db/anggota-repository';
import type { PeopleSearchOutput } from './bench-types';
import type { PeopleQuery } from './people-queries';
import { timingStats } from './timing-stats';

interface Sample {
  readonly category: string;
  readonly query: string;
  readonly ms: number;
  readonly hits: number;
}

/**
 * Times `AnggotaRepository.search` — what the people page calls as the officer types — for each query in turn, from
 * the call until the sorted rows are in hand. A few untimed searches first, so the figures describe a page in use.
 */
export async function peopleSearchBench(repo: AnggotaRepository, queries: readonly PeopleQuery[]): Promise<PeopleSearchOutput> {
  for (const q of queries.slice(0, 5)) await repo.search(q.query);
  const samples: Sample[] = [];
  for (const q of queries) {
    const started = performance.now();
    const result = await repo.search(q.query);
    samples.push({ category: q.category, query: q.query, ms: Math.round((performance.now() - started) * 100) / 100, hits: result.rows.length });
  }
  const categories = [...new Set(samples.map((s) => s.category))];
  const byCategory = Object.fromEntries(
    categories.map((c) => {
      const own = samples.filter((s) => s.category === c);
      return [
        c,
        { ...timingStats(own.map((s) => s.ms)), meanHits: own.reduce((n, s) => n + s.hits, 0) / own.length, zeroHits: own.filter((s) => s.hits === 0).length },
      ];
    }),
  );
  return {
    ...timingStats(samples.map((s) => s.ms)),
    byCategory,
    slowest: [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5),
    samplesList: samples,
  };
}
