/**
 * npm run bench:bots — decision time per bot level (median and p95), each
 * level playing all three seats, beside Easy measured in the same run.
 */
import { performance } from 'node:perf_hooks';
import { makeBot } from '../../game/bots';
import type { BotLevel } from '../../game/bots';
import type { Chooser } from '../../game/sim/match';
import { playMatch } from '../../game/sim/match';
import { fmt, median, quantile } from './stats';

const GAMES: Record<BotLevel, number> = { easy: 40, normal: 20, hard: Number(process.env.BENCH_HARD_GAMES ?? 2) };
const HARD_MS = Number(process.env.BENCH_HARD_MS ?? 300);

console.log(`Multipolar bot benchmark (2019 scenario, node ${process.version}; Hard budget ${HARD_MS} ms)`);
console.log('');
console.log('level    decisions   median ms   p95 ms   max ms');
for (const level of ['easy', 'normal', 'hard'] as const) {
  const times: number[] = [];
  for (let g = 0; g < GAMES[level]; g++) {
    const bot = makeBot(level, `bench${g}`, { budgetMs: HARD_MS });
    const choose: Chooser = (view, power, legal) => {
      const t = performance.now();
      const a = bot.decide(view, power, legal);
      if (legal.length > 1) times.push(performance.now() - t);
      return a;
    };
    playMatch({ scenario: '2019', seed: `bench${g}`, choose });
  }
  console.log(`${level.padEnd(8)} ${String(times.length).padStart(9)}   ${fmt(median(times)).padStart(9)}   ${fmt(quantile(times, 0.95)).padStart(6)}   ${fmt(Math.max(...times)).padStart(6)}`);
}
console.log('');
console.log('targets: Normal p95 < 20 ms; Hard p95 < 1000 ms');
