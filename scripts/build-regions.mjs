#!/usr/bin/env node
/**
 * Writes the region assets (renderer/public/regions/, gitignored) from idn-area-data. Runs at postinstall and
 * before every build, so it does nothing when the outputs are newer than the package and these scripts; pass
 * --force to rebuild anyway.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributionText, transformRegions } from './regions-transform.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'renderer', 'public', 'regions');
const indexFile = join(outDir, 'index.json');

const mtime = async (file) => (await stat(file).catch(() => null))?.mtimeMs ?? null;

/** Fresh when index.json (written last) is newer than every input, names this version, and every kab file is there. */
async function upToDate(inputs, version) {
  const built = await mtime(indexFile);
  if (built === null) return false;
  const newestInput = Math.max(...(await Promise.all(inputs.map(mtime))).map((t) => t ?? Infinity));
  if (built < newestInput) return false;
  try {
    const index = JSON.parse(await readFile(indexFile, 'utf8'));
    const expected = index.provinsi.reduce((n, p) => n + p.kabupaten.length, 0);
    const files = await readdir(join(outDir, 'kab'));
    return index.source === `idn-area-data ${version}` && files.length === expected && (await mtime(join(outDir, 'ATTRIBUTION.txt'))) !== null;
  } catch {
    return false;
  }
}

/** Moves `staging` to `target`, retiring what is there; retried because a parallel run may swap in between. */
async function swapIn(staging, target, retired) {
  for (let attempt = 0; ; attempt++) {
    await rm(retired, { recursive: true, force: true });
    await rename(target, retired).catch(() => undefined);
    try {
      await rename(staging, target);
      break;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
  await rm(retired, { recursive: true, force: true });
}

async function main() {
  const started = performance.now();
  let packageJson;
  try {
    packageJson = createRequire(join(root, 'package.json')).resolve('idn-area-data/package.json');
  } catch {
    // A production-only install (--omit=dev) has no idn-area-data; it builds nothing, so it must not fail here.
    if (process.env.npm_lifecycle_event === 'postinstall') {
      console.warn('build-regions: idn-area-data is not installed (dev dependency); skipped');
      return;
    }
    throw new Error('idn-area-data is not installed: run npm install');
  }
  const dataDir = join(dirname(packageJson), 'data');
  const { version } = JSON.parse(await readFile(packageJson, 'utf8'));
  const csvNames = ['provinces', 'regencies', 'districts', 'villages'];
  const inputs = [
    packageJson,
    join(dataDir, 'LICENSE.md'),
    ...csvNames.map((n) => join(dataDir, `${n}.csv`)),
    fileURLToPath(import.meta.url),
    join(root, 'scripts', 'regions-transform.mjs'),
    join(root, 'scripts', 'parse-csv.mjs'),
  ];

  if (!process.argv.includes('--force') && (await upToDate(inputs, version))) {
    console.log(`build-regions: up to date (idn-area-data ${version})`);
    return;
  }

  const texts = await Promise.all(csvNames.map((n) => readFile(join(dataDir, `${n}.csv`), 'utf8')));
  const [provinces, regencies, districts, villages] = texts;
  const { index, kabupaten } = transformRegions({ provinces, regencies, districts, villages }, version);

  // Built beside the output and swapped in by rename, so a build running at the same time (postinstall and a
  // bench, say) never sees a half-written folder and a stale kab file never survives a data update.
  const cache = join(root, 'node_modules', '.cache');
  const staging = join(cache, `regions-${process.pid}`);
  const retired = join(cache, `regions-old-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'kab'), { recursive: true });
  await Promise.all(kabupaten.map((k) => writeFile(join(staging, 'kab', `${k.kode}.json`), JSON.stringify(k))));
  await writeFile(join(staging, 'ATTRIBUTION.txt'), attributionText(await readFile(join(dataDir, 'LICENSE.md'), 'utf8'), version));
  await writeFile(join(staging, 'index.json'), JSON.stringify(index));
  await mkdir(dirname(outDir), { recursive: true });
  await swapIn(staging, outDir, retired);
  const ms = Math.round(performance.now() - started);
  console.log(`build-regions: wrote ${index.provinsi.length} provinces, ${kabupaten.length} kab/kota from idn-area-data ${version} in ${ms} ms`);
}

main().catch((error) => {
  console.error(`build-regions: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
