/**
 * npm run tune -- --set KEY=a,b,c [--set KEY2=…] [--scenario 2019,2014,1996,2019-short] [--games N]
 *   [--bots normal[,hard]] [--strategy A,B,…|none] [--seed S] [--workers 2] [--hard-playouts 6] [--expert-playouts 16]
 *   [--judgement POWER:TERM=N,…] [--json]
 *
 * Sweeps every combination of the named tuning numbers (game/rules/tuning.ts) over the same
 * seeds in each scenario, in worker threads, and prints for each setting side by side: each
 * power's win share per bot level (three bots of that level, the US unsteered) and the De facto
 * rate under each US strategy (the thesis lab's `alignment.defacto.rate`), with 95 % Wilson
 * intervals. The games are the lab's (game/lab/play.ts): game i has the seed `SEED:i`.
 * `--judgement` has a power's bots weigh positions otherwise (a US that judges as Expert's does,
 * say), so a setting can be judged against a better player than the bots the targets name.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { POWERS, SCENARIOS } from '../../game';
import type { ScenarioId } from '../../game';
import { BOT_LEVELS } from '../../game/bots';
import type { BotLevel } from '../../game/bots';
import {
  DEFAULT_TUNING, EXPERT_PLAYOUTS, figuresOf, HARD_PLAYOUTS, isStrategyId, isTuningKey, pctCi, settingName, settingsOf, STRATEGIES, TUNING_HELP, TUNING_KEYS,
} from '../../game/lab';
import type { RunFigures, Setting, StrategyId, TuneJob, TuneRow, TuningKey } from '../../game/lab';
import { JUDGEMENT_USAGE, parseJudgementArgs } from './judgement-arg';

function fail(msg: string): never {
  process.stderr.write(`tune: ${msg}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    set: { type: 'string', multiple: true, default: [] },
    scenario: { type: 'string', default: '2019' },
    games: { type: 'string', default: '200' },
    bots: { type: 'string', default: 'normal' },
    strategy: { type: 'string', default: 'unsteered,pressure-both,accommodate-russia,accommodate-china' },
    seed: { type: 'string', default: 'tune' },
    workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    'hard-playouts': { type: 'string', default: String(HARD_PLAYOUTS) },
    'expert-playouts': { type: 'string', default: String(EXPERT_PLAYOUTS) },
    judgement: { type: 'string', multiple: true, default: [] },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write([
    'usage: npm run tune -- --set KEY=a,b,c [--set KEY2=…] [--scenario 2019,2014,1996,2019-short] [--games N] [--bots normal[,hard][,expert]]',
    `         [--strategy ${STRATEGIES.join(',')}|none] [--seed S] [--workers N] [--hard-playouts N] [--expert-playouts N]`,
    `         [${JUDGEMENT_USAGE}] [--json]`,
    '',
    'Balance: three bots of each --bots level, the US unsteered. De facto rates: each --strategy, bots of the first level.',
    '--judgement: the named terms replace those of the power\'s own judgement (BEST_JUDGEMENT), for its bots at every level.',
    '',
    'Tuning keys (default):',
    ...TUNING_KEYS.map((k) => `  ${k} (${DEFAULT_TUNING[k]}): ${TUNING_HELP[k]}`),
    '',
  ].join('\n'));
  process.exit(0);
}

const wholeIn = (name: string, text: string, lo: number, hi: number): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < lo || n > hi) fail(`${name} must be a whole number from ${lo} to ${hi}`);
  return n;
};
const games = wholeIn('--games', values.games, 1, 100_000);
const workers = wholeIn('--workers', values.workers, 1, 64);
const hardPlayouts = wholeIn('--hard-playouts', values['hard-playouts'], 1, 1000);
const expertPlayouts = wholeIn('--expert-playouts', values['expert-playouts'], 1, 1000);
const scenarios = values.scenario.split(',').map((x) => {
  const id = x.trim();
  if (!(SCENARIOS as readonly string[]).includes(id)) fail(`--scenario takes ${SCENARIOS.join(', ')}, comma-separated`);
  return id as ScenarioId;
});
const levels = values.bots.split(',').map((x) => {
  const l = x.trim();
  if (!(BOT_LEVELS as readonly string[]).includes(l)) fail(`--bots takes ${BOT_LEVELS.join(', ')}, comma-separated`);
  return l as BotLevel;
});
const strategies: StrategyId[] = values.strategy === 'none' ? [] : values.strategy.split(',').map((x) => {
  const id = x.trim();
  if (!isStrategyId(id)) fail(`--strategy takes ${STRATEGIES.join(', ')}, comma-separated, or none`);
  return id;
});
const sets = values.set.map((text): [TuningKey, number[]] => {
  const [key, list] = text.split('=');
  if (!key || list === undefined || !isTuningKey(key)) fail(`--set takes KEY=a,b,c with KEY one of ${TUNING_KEYS.join(', ')} (got "${text}")`);
  const nums = list.split(',').map(Number);
  if (nums.length === 0 || nums.some((n) => !Number.isFinite(n))) fail(`--set ${key}: the values must be numbers`);
  return [key, nums];
});
if (new Set(sets.map(([k]) => k)).size !== sets.length) fail('--set names a key twice');
const settings: Setting[] = settingsOf(sets);
const seed = values.seed;
const hard = { playouts: hardPlayouts };
const expert = { playouts: expertPlayouts };
const judgement = parseJudgementArgs(values.judgement, fail);
const lead = levels[0] as BotLevel;

/** One run: a setting, a scenario, a US strategy and a bot level; balance runs are the unsteered ones. */
interface Run {
  readonly setting: number;
  readonly scenario: ScenarioId;
  readonly strategy: StrategyId;
  readonly level: BotLevel;
}
const runKey = (r: Run): string => `${r.setting}|${r.scenario}|${r.strategy}|${r.level}`;
const runs = new Map<string, Run>();
for (let setting = 0; setting < settings.length; setting++) {
  for (const scenario of scenarios) {
    for (const level of levels) runs.set(runKey({ setting, scenario, strategy: 'unsteered', level }), { setting, scenario, strategy: 'unsteered', level });
    for (const strategy of strategies) runs.set(runKey({ setting, scenario, strategy, level: lead }), { setting, scenario, strategy, level: lead });
  }
}

// Batches small enough to spread the work evenly, large enough to keep the messages few.
const batch = Math.max(1, Math.min(25, Math.ceil(games / 8)));
const jobs: TuneJob[] = [];
for (const run of runs.values()) {
  for (let from = 0; from < games; from += batch) {
    jobs.push({ ...run, overrides: settings[run.setting] ?? {}, hard, expert, judgement, seed, from, to: Math.min(games, from + batch) });
  }
}

const rowsByRun = new Map<string, TuneRow[][]>();
const showProgress = !values.json && process.stderr.isTTY;
const started = Date.now();

function bootWorker(): Worker {
  // Node 20 does not hand a worker the parent's TypeScript loader: the worker registers tsx itself.
  const entry = new URL('./tune-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true });
}

async function sweep(): Promise<void> {
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: Math.min(workers, jobs.length) }, () => bootWorker());
  await Promise.all(pool.map((w) => new Promise<void>((resolve, reject) => {
    const give = (): void => {
      const id = next++;
      const job = jobs[id];
      if (!job) {
        resolve();
        return;
      }
      w.postMessage({ id, job });
    };
    w.on('message', (msg: { id: number; rows?: TuneRow[]; error?: string }) => {
      const job = jobs[msg.id];
      if (!job || !msg.rows) {
        reject(new Error(`job ${msg.id} failed: ${msg.error ?? 'no rows'}`));
        return;
      }
      const key = runKey(job);
      const list = rowsByRun.get(key) ?? [];
      list[job.from / batch] = msg.rows;
      rowsByRun.set(key, list);
      done += 1;
      if (showProgress) process.stderr.write(`\r${done}/${jobs.length} batches, ${Math.round((Date.now() - started) / 1000)} s`);
      give();
    });
    w.on('error', reject);
    give();
  })));
  await Promise.all(pool.map((w) => w.terminate()));
  if (showProgress) process.stderr.write('\n');
}

const figures = (r: Run): RunFigures => figuresOf((rowsByRun.get(runKey(r)) ?? []).flat());

/** The balance targets of docs/balance.md, to flag a share out of range. */
const TARGET: Record<BotLevel, readonly [number, number] | null> = { easy: null, normal: [0.28, 0.38], hard: [0.25, 0.42], expert: [0.25, 0.42] };

function report(): void {
  const out = settings.map((setting, i) => ({
    setting,
    name: settingName(setting),
    scenarios: Object.fromEntries(scenarios.map((scenario) => [scenario, {
      balance: Object.fromEntries(levels.map((level) => [level, figures({ setting: i, scenario, strategy: 'unsteered', level })])),
      strategies: Object.fromEntries(strategies.map((strategy) => [strategy, figures({ setting: i, scenario, strategy, level: lead })])),
    }])),
  }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ games, seed, levels, strategies, hardPlayouts, expertPlayouts, judgement, settings: out })}\n`);
    return;
  }
  const lines: string[] = [
    `Multipolar tuning sweep — ${games} games a run, seed "${seed}", ${settings.length} setting${settings.length === 1 ? '' : 's'}, ${workers} worker${workers === 1 ? '' : 's'}, ${Math.round((Date.now() - started) / 1000)} s`,
    ...Object.entries(judgement).map(([p, w]) => `${p} weighs ${Object.entries(w).map(([k, v]) => `${k} ${v}`).join(', ')}`),
    `Shares in % with 95 % Wilson intervals. Wins: three bots of the level, the US unsteered (! = outside the balance target). De facto: bots ${lead}, the US on each strategy.`,
  ];
  for (const scenario of scenarios) {
    lines.push('', `Scenario ${scenario}`);
    out.forEach((o, i) => {
      lines.push(`  [${i + 1}] ${o.name}`);
      const sc = o.scenarios[scenario];
      if (!sc) return;
      for (const level of levels) {
        const f = sc.balance[level];
        if (!f) continue;
        const range = TARGET[level];
        const cells = POWERS.map((p) => {
          const s = f.wins[p];
          const off = range && (s.rate < range[0] || s.rate > range[1]) ? '!' : ' ';
          return `${p} ${pctCi(s)}${off}`;
        });
        lines.push(`      wins ${level.padEnd(6)} ${cells.join('  ')}  brink ${(100 * f.brink.rate).toFixed(1)}${f.errors ? `  ERRORS ${f.errors}` : ''}`);
      }
      if (strategies.length) {
        lines.push(`      De facto   ${strategies.map((st) => `${st} ${pctCi(sc.strategies[st]?.defacto ?? figuresOf([]).defacto)}`).join('  ')}`);
        lines.push(`      treaty     ${strategies.map((st) => `${st} ${pctCi(sc.strategies[st]?.dejure ?? figuresOf([]).dejure)}`).join('  ')}`);
      }
    });
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

sweep().then(report).catch((err: unknown) => {
  process.stderr.write(`tune: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
