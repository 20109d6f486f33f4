/**
 * npm run -s simulate -- --games N --scenario 2019|2014|1996 --seed S [--first K] [--json]
 *
 * Plays N complete games through the real boardgame.io reducer and prints
 * win rates, Brink losses, alignment reached, crises and error counts.
 * `--strategy A,B,…` (or `all`) plays the thesis lab's paired runs — the same
 * N games under each US strategy — and prints its verdict on P16.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { MatchResult } from '../../game/sim';
import { playMatch } from '../../game/sim';
import { randomChooser } from '../../game/sim';
import type { SimulationReport } from '../../game/sim';
import { summarise } from '../../game/sim';
import type { ScenarioId } from '../../game';
import type { Power } from '../../game';
import { POWER_NAMES, POWERS, SCENARIOS } from '../../game';
import { BOT_LEVELS, botChooser, judgementFor } from '../../game/bots';
import { JUDGEMENT_USAGE, parseJudgementArgs } from './judgement-arg';
import type { BotLevel, Judgement } from '../../game/bots';
import { isStrategyId, labSummary, p16Verdict, playLabGame, runLab, STRATEGIES } from '../../game/lab';
import type { GameRow, LabRun, StrategyId } from '../../game/lab';

function fail(msg: string): never {
  process.stderr.write(`simulate: ${msg}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '100' },
    // Game i has the seed `SEED:i`; --first K plays games K to K+N-1, so a long measurement can be
    // run in parts (on several machines or days) and the parts added up.
    first: { type: 'string', default: '0' },
    scenario: { type: 'string', default: '2019' },
    seed: { type: 'string', default: 'multipolar' },
    json: { type: 'boolean', default: false },
    bots: { type: 'string' },
    'hard-ms': { type: 'string', default: '250' }, // the server's Hard budget (server/config.ts)
    'hard-playouts': { type: 'string' },
    'expert-ms': { type: 'string', default: '1000' }, // the server's Expert budget (server/config.ts)
    'expert-playouts': { type: 'string' },
    // How one power's bot weighs a position, whatever its level: "us:rival=0.35,income=0.65".
    judgement: { type: 'string', multiple: true },
    strategy: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(`usage: npm run -s simulate -- --games N --scenario 2019|2014|1996 --seed S [--first K] [--bots easy|normal|hard|expert|us=L,china=L,russia=L] [--hard-ms MS | --hard-playouts N] [--expert-ms MS | --expert-playouts N] [${JUDGEMENT_USAGE}] [--strategy ${STRATEGIES.join('|')}|A,B,…|all] [--json]\n`);
  process.exit(0);
}
const games = Number(values.games);
if (!Number.isInteger(games) || games < 1 || games > 1_000_000) fail('--games must be a whole number from 1 to 1000000');
const first = Number(values.first);
if (!Number.isInteger(first) || first < 0 || first > 1_000_000) fail('--first must be a whole number from 0 to 1000000');
const scenario = values.scenario as ScenarioId;
if (!SCENARIOS.includes(scenario)) fail(`--scenario must be one of ${SCENARIOS.join(', ')}`);
const seed = values.seed ?? 'multipolar';
const strategyList: readonly StrategyId[] | null = values.strategy === undefined ? null
  : values.strategy === 'all' ? STRATEGIES
  : values.strategy.split(',').map((x) => {
    const id = x.trim();
    if (!isStrategyId(id)) fail(`--strategy must be one of ${STRATEGIES.join(', ')}, several of them separated by commas, or all`);
    return id;
  });
if (strategyList && new Set(strategyList).size !== strategyList.length) fail('--strategy names a strategy twice');
if (first && strategyList && strategyList.length > 1) fail('--first plays part of one run: name one --strategy, or none');
const strategy = strategyList?.length === 1 ? strategyList[0] ?? null : null;
// A US strategy steers the US bot: the thesis lab's games (game/lab), Normal bots unless --bots says otherwise.
const bots = values.bots === undefined ? (strategyList ? parseBots('normal') : null) : parseBots(values.bots);
const hardMs = Number(values['hard-ms']);
if (!Number.isFinite(hardMs) || hardMs <= 0) fail('--hard-ms must be a positive number of milliseconds');
// A fixed number of playouts makes a Hard run the same on any machine under any load.
const hardPlayouts = values['hard-playouts'] === undefined ? undefined : Number(values['hard-playouts']);
if (hardPlayouts !== undefined && (!Number.isInteger(hardPlayouts) || hardPlayouts < 1 || hardPlayouts > 1000)) fail('--hard-playouts must be a whole number from 1 to 1000');
const hard = hardPlayouts === undefined ? { budgetMs: hardMs } : { playouts: hardPlayouts };
const expertMs = Number(values['expert-ms']);
if (!Number.isFinite(expertMs) || expertMs <= 0) fail('--expert-ms must be a positive number of milliseconds');
// As for Hard: a fixed number of sweeps plays the same games on any machine.
const expertPlayouts = values['expert-playouts'] === undefined ? undefined : Number(values['expert-playouts']);
if (expertPlayouts !== undefined && (!Number.isInteger(expertPlayouts) || expertPlayouts < 1 || expertPlayouts > 1000)) fail('--expert-playouts must be a whole number from 1 to 1000');
const expert = expertPlayouts === undefined ? { budgetMs: expertMs } : { playouts: expertPlayouts };
const judgementTerms = parseJudgementArgs(values.judgement ?? [], fail);
if (Object.keys(judgementTerms).length && (!bots || strategyList)) fail('--judgement weighs a bot of --bots, outside the lab\'s --strategy runs');
/** Each named power's whole judgement: its own (BEST_JUDGEMENT, at every level) with the terms replaced. */
const judgement: Partial<Record<Power, Judgement>> = {};
for (const p of POWERS) {
  const terms = judgementTerms[p];
  if (!terms || !bots) continue;
  const level = bots[p];
  if (level === 'easy') fail(`--judgement: ${p} is played by Easy, which weighs nothing`);
  judgement[p] = judgementFor(p, terms);
}

/** "normal" for every seat, or per power: "us=hard,china=normal,russia=easy". */
function parseBots(text: string): Record<Power, BotLevel> {
  const isLevel = (x: string): x is BotLevel => (BOT_LEVELS as readonly string[]).includes(x);
  if (isLevel(text)) return { us: text, china: text, russia: text };
  const out: Partial<Record<Power, BotLevel>> = {};
  for (const part of text.split(',')) {
    const [k, v] = part.split('=').map((x) => x.trim());
    if (!k || !v || !(POWERS as readonly string[]).includes(k) || !isLevel(v)) {
      fail(`--bots takes ${BOT_LEVELS.join('|')}, or us=LEVEL,china=LEVEL,russia=LEVEL (got "${text}")`);
    }
    out[k as Power] = v;
  }
  for (const p of POWERS) if (!out[p]) fail(`--bots: no level given for ${p}`);
  return out as Record<Power, BotLevel>;
}

const showProgress = !values.json && process.stderr.isTTY;
// Several strategies: the lab's paired runs (game i under each strategy has the same seed) and its verdict.
if (strategyList && strategyList.length > 1 && bots) runPaired(strategyList, bots);
else runSingle();

function runPaired(strategyList: readonly StrategyId[], bots: Record<Power, BotLevel>): void {
  const runs: LabRun[] = strategyList.map((id, k) => {
    if (showProgress) process.stderr.write(`${id} (${k + 1}/${strategyList.length})\n`);
    return runLab({ scenario, strategy: id, levels: bots, seed, games });
  });
  const verdict = p16Verdict(runs);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ scenario, seed, games, bots, strategies: strategyList, lab: runs.map((r) => r.summary), verdict })}\n`);
  } else {
    process.stdout.write([
      `Multipolar thesis lab — scenario ${scenario}, ${games} games per strategy, seed "${seed}" (bots: US ${bots.us}, China ${bots.china}, Russia ${bots.russia})`,
      '', ...verdict.headline, ...verdict.findings, '', ...verdict.figures, ...verdict.untested, '',
    ].join('\n'));
  }
}

function runSingle(): void {
  const results: MatchResult[] = [];
  const labRows: GameRow[] = [];
  const labConfig = strategy && bots ? { scenario, strategy, levels: bots, seed } : null;
  const start = performance.now();
  for (let i = first; i < first + games; i++) {
    const gameSeed = `${seed}:${i}`;
    if (labConfig) {
      const { row, result } = playLabGame(labConfig, i);
      labRows.push(row);
      results.push(result);
    } else {
      const choose = bots ? botChooser(bots, gameSeed, hard, expert, judgement) : randomChooser(gameSeed);
      results.push(playMatch({ scenario, seed: gameSeed, choose }));
    }
    const played = i - first + 1;
    if (showProgress && (played % 10 === 0 || played === games)) {
      const done = played / games;
      const bar = '#'.repeat(Math.round(done * 30)).padEnd(30, '.');
      process.stderr.write(`\r[${bar}] ${played}/${games}`);
    }
  }
  if (showProgress) process.stderr.write('\n');
  const report = {
    ...summarise(results, scenario, seed, performance.now() - start),
    ...(first ? { first } : {}),
    ...(bots ? { bots } : {}),
    ...(bots && Object.values(bots).includes('hard') ? { hard } : {}),
    ...(bots && Object.values(bots).includes('expert') ? { expert } : {}),
    ...(Object.keys(judgement).length ? { judgement } : {}),
    ...(labConfig ? { strategy: labConfig.strategy, lab: labSummary(labConfig, labRows) } : {}),
  };

  if (values.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    process.stdout.write(table(report));
  }
}

function pct(n: number, of: number): string {
  return `${n}`.padStart(6) + `  ${((100 * n) / (of || 1)).toFixed(1).padStart(5)}%`;
}

function table(r: SimulationReport & { bots?: Record<Power, BotLevel> }): string {
  const weighed = Object.entries(judgement).map(([p, w]) => `; ${POWER_NAMES[p as Power]} weighs ${Object.entries(w).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('');
  const who = (r.bots ? `bots: US ${r.bots.us}, China ${r.bots.china}, Russia ${r.bots.russia}` : 'random legal play') + (strategy ? `; US strategy ${strategy}` : '') + weighed;
  const lines = [
    `Multipolar simulation — scenario ${r.scenario}, ${r.games} games${first ? ` (${first} to ${first + r.games - 1})` : ''}, seed "${r.seed}" (${who})`,
    '',
    'Wins',
    `  United States ${pct(r.wins.us, r.games)}`,
    `  China         ${pct(r.wins.china, r.games)}`,
    `  Russia        ${pct(r.wins.russia, r.games)}`,
    `  ended at the Brink ${pct(r.brink, r.games)}`,
    '',
    'Alignment at the end',
    `  Strategic Partnership ${pct(r.alignmentAtEnd.partnership, r.games)}`,
    `  Quasi-alliance        ${pct(r.alignmentAtEnd.quasi, r.games)}`,
    `  De facto alliance     ${pct(r.alignmentAtEnd.defacto, r.games)}`,
    `  De jure alliance      ${pct(r.alignmentAtEnd.dejure, r.games)}`,
    '',
    `Treaty signed in round: ${Object.entries(r.treatyRound).map(([round, n]) => `${round}: ${n}`).join(', ') || 'never'}`,
    '',
    'Prestige per game by source',
    ...POWERS.map((p) => `  ${POWER_NAMES[p].padEnd(14)}${Object.entries(r.prestigeBySource[p]).map(([k, v]) => `${k} ${v}`).join(', ')}`),
    '',
    'Lead over the best rival at the end (games not ended at the Brink; ±8 includes beyond)',
    ...POWERS.map((p) => `  ${POWER_NAMES[p].padEnd(14)}${Object.entries(r.margin[p]).sort(([a], [b]) => Number(a) - Number(b)).map(([k, v]) => `${Number(k) > 0 ? '+' : ''}${k}: ${v}`).join(', ')}`),
    'Victories settled by a tie-break (fewer crises started / lot)',
    ...POWERS.map((p) => `  ${POWER_NAMES[p].padEnd(14)}${r.tieBreaks[p].crises} / ${r.tieBreaks[p].lot}`),
    '',
    `Crises: Pacific ${r.crises.pacific}, Europe ${r.crises.europe}, two-front ${r.crises.twoFront}`,
    `Rounds played (mean): ${r.rounds.mean}`,
    `Invalid moves: ${r.invalidMoves}   Errors: ${r.errors}   ${r.msPerGame} ms per game`,
    '',
  ];
  return lines.join('\n');
}
