import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { BenchSession } from './scenarios';

/** Debian's Chromium; the bench never downloads a browser. KOERS_BENCH_CHROME points elsewhere. */
const CHROME = process.env.KOERS_BENCH_CHROME ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/**
 * Lighthouse runs per page (KOERS_BENCH_LIGHTHOUSE_RUNS): the page's figures are those of its median run by
 * performance score, as Lighthouse's own docs advise on a noisy machine.
 */
const RUNS = Number(process.env.KOERS_BENCH_LIGHTHOUSE_RUNS ?? 3);
/** Lighthouse sometimes fails to record a load on a busy machine (NO_NAVSTART and the like); such a run is repeated. */
const ATTEMPTS = 3;
/** A folder for every run's full Lighthouse result (JSON, for the Lighthouse viewer), when set: for finding what to improve. */
const REPORTS_DIR = process.env.KOERS_BENCH_LIGHTHOUSE_REPORTS;

/** One page's Lighthouse figures: scores 0–100, times in ms. */
export interface LighthouseScore {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** The performance score of every run, the reported one being the median. */
  performanceRuns: number[];
}

interface LighthousePage {
  page: string;
  path: string;
  /** The session cookie of the person who visits it; none for the login page. */
  cookie?: string;
}

/** The trainer's session nearest to now: the roster they would open on a programme day. */
async function trainerSession(db: DataSource, trainer: BenchSession): Promise<string> {
  const [session] = await db.query(
    `SELECT s.id FROM session s JOIN session_staff st ON st.session_id = s.id AND st.person_id = $1
      WHERE s.kind = 'programme_day' ORDER BY abs(extract(epoch FROM s.starts_at - now())) LIMIT 1`,
    [trainer.personId],
  );
  return session.id;
}

/** The three pages issue #21 sets targets for, each as a first visit of the person who would open it. */
export async function lighthousePages(db: DataSource, sessions: { participant: BenchSession; trainer: BenchSession }): Promise<LighthousePage[]> {
  return [
    { page: 'login page', path: '/inloggen' },
    { page: 'Mijn programma (participant)', path: '/programma', cookie: sessions.participant.cookie },
    { page: 'session roster (trainer)', path: `/sessies/${await trainerSession(db, sessions.trainer)}/aanwezigheid`, cookie: sessions.trainer.cookie },
  ];
}

/**
 * Lighthouse's defaults (a mid-range phone, simulated slow 4G and a 4× slower CPU) on performance and
 * accessibility, in a fresh Chromium per run: an empty cache and profile, a first visit. A logged-in visit sends the
 * session cookie with every request, as the browser of someone who logged in yesterday does.
 */
export async function measureLighthouse(baseUrl: string, pages: LighthousePage[]): Promise<LighthouseScore[]> {
  const scores: LighthouseScore[] = [];
  for (const page of pages) {
    const runs: Omit<LighthouseScore, 'performanceRuns'>[] = [];
    for (let run = 1; run <= RUNS; run++) {
      for (let attempt = 1; ; attempt++) {
        const lhr = await lighthouseRun(`${baseUrl}${page.path}`, page.cookie);
        if (lhr.runtimeError && attempt < ATTEMPTS) {
          console.warn(`Lighthouse on ${page.path} failed (${lhr.runtimeError.code}); again`);
          continue;
        }
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        if (REPORTS_DIR) {
          await mkdir(REPORTS_DIR, { recursive: true });
          await writeFile(path.join(REPORTS_DIR, `${page.path.split('/')[1]}-${run}.json`), JSON.stringify(lhr));
        }
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        runs.push({
          page: page.page,
          path: page.path,
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          fcpMs: Math.round(audit('first-contentful-paint')),
          lcpMs: Math.round(audit('largest-contentful-paint')),
          cls: Number(audit('cumulative-layout-shift').toFixed(3)),
          tbtMs: Math.round(audit('total-blocking-time')),
        });
        break;
      }
    }
    const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
    scores.push({ ...median, performanceRuns: runs.map((r) => r.performance) });
  }
  return scores;
}

async function lighthouseRun(url: string, cookie: string | undefined) {
  // Both are ES modules; the API compiles to CommonJS, where `import()` stays a real dynamic import (module nodenext).
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-lighthouse-'));
  const chrome = await launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, userDataDir, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...(cookie && { extraHeaders: { Cookie: cookie } }),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

export const lighthouseTable = (scores: LighthouseScore[]) => [
  `| Lighthouse (mobile, slow 4G, median of ${RUNS}) | performance | accessibility | FCP ms | LCP ms | CLS | TBT ms |`,
  '|---|---:|---:|---:|---:|---:|---:|',
  ...scores.map((s) => `| ${s.page} | ${s.performance} (${s.performanceRuns.join(', ')}) | ${s.accessibility} | ${s.fcpMs} | ${s.lcpMs} | ${s.cls} | ${s.tbtMs} |`),
];
