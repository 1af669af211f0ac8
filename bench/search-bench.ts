import type { KoperasiRepository } from '../renderer/db/koperasi-repository';
import type { SearchStats } from './bench-types';
import { percentile } from './percentile';
import type { BenchQuery, QueryCategory } from './search-queries';

interface Sample {
  readonly query: BenchQuery;
  readonly ms: number;
  readonly hits: number;
}

const stats = (samples: readonly Sample[]): SearchStats => ({
  queries: samples.length,
  p50Ms: percentile(
    samples.map((s) => s.ms),
    50,
  ),
  p95Ms: percentile(
    samples.map((s) => s.ms),
    95,
  ),
  maxMs: Math.max(...samples.map((s) => s.ms)),
  meanHits: samples.reduce((n, s) => n + s.hits, 0) / samples.length,
  zeroHitQueries: samples.filter((s) => s.hits === 0).length,
});

/** What the cooperative picker shows (SHOWN in koperasi-picker.tsx). */
const PICKER_SHOWN = 8;

const describe = (q: BenchQuery) => {
  const { query, limit: _limit, ...filters } = q.search;
  const f = Object.entries(filters)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${String(v)}`);
  return [`"${query}"`, ...f].join(' ');
};

async function timeAll(repo: KoperasiRepository, queries: readonly BenchQuery[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const query of queries) {
    const started = performance.now();
    const rows = await repo.search(query.search);
    samples.push({ query, ms: performance.now() - started, hits: rows.length });
  }
  return samples;
}

const byCategory = (samples: readonly Sample[]) => {
  const categories = [...new Set(samples.map((s) => s.query.category))];
  return Object.fromEntries(categories.map((c) => [c, stats(samples.filter((s) => s.query.category === c))])) as Partial<Record<QueryCategory, SearchStats>>;
};

/**
 * Times each search through the repository the registry page calls, one after another as typing would, from the
 * call until the sorted rows are in hand. A few untimed searches first, so the numbers describe a page in use.
 */
export async function searchBench(repo: KoperasiRepository, queries: { readonly target: readonly BenchQuery[]; readonly stress: readonly BenchQuery[] }) {
  for (const q of queries.target.slice(0, 5)) await repo.search(q.search);
  const target = await timeAll(repo, queries.target);
  const stress = await timeAll(repo, queries.stress);
  // The cooperative picker (koperasi-picker.tsx): every typed text without filters again, limited to the 8 it shows.
  const typed = [
    ...new Set([...queries.target, ...queries.stress].filter((q) => q.search.query.trim() && Object.keys(q.search).length === 1).map((q) => q.search.query)),
  ];
  const picker = await timeAll(
    repo,
    typed.map((query) => ({ category: 'pemilih-koperasi', search: { query, limit: PICKER_SHOWN } })),
  );
  const slowest = [...target, ...stress]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6)
    .map((s) => ({ query: describe(s.query), ms: s.ms, hits: s.hits }));
  const all = [...target, ...stress, ...picker].map((s) => ({
    category: s.query.category,
    query: describe(s.query),
    ms: Math.round(s.ms * 10) / 10,
    hits: s.hits,
  }));
  return { ...stats(target), stress: stats(stress), byCategory: byCategory([...target, ...stress, ...picker]), slowest, samples: all };
}
