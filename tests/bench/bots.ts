/**
 * npm run bench:bots — decision time per bot level (median and p95), each
 * level playing all three seats, beside Easy measured in the same run.
 */
import { performance } from 'node:perf_hooks';
import { makeBot } from '../../game/bots';
import type { BotLevel, ExpertOptions } from '../../game/bots';
import { EXPERT_MAX_PLAYOUTS, EXPERT_MS, EXPERT_PLAYOUTS } from '../../game/bots';
import { HARD_PLAYOUTS } from '../../game/bots/hard';
import type { HardOptions } from '../../game/bots/hard';
import type { Chooser } from '../../game/sim/match';
import { playMatch } from '../../game/sim/match';
import { fmt, median, quantile } from './stats';

const HARD_GAMES = Number(process.env.BENCH_HARD_GAMES ?? 2);
/** The server's and hot-seat's Hard budget (server/config.ts HARD_BOT_MS, client/hotseat/match.ts). */
const HARD_MS = Number(process.env.BENCH_HARD_MS ?? 250);
/** Playouts each budgeted Hard decision ran: what the budget buys on this machine. */
const bought: number[] = [];
const EXPERT_GAMES = Number(process.env.BENCH_EXPERT_GAMES ?? 1);
/** The server's Expert budget (server/config.ts EXPERT_BOT_MS) and the page's (client/hotseat/searchThinker.ts). */
const EXPERT_BUDGET = Number(process.env.BENCH_EXPERT_MS ?? EXPERT_MS);
/** Sweeps each budgeted Expert decision ran. */
const swept: number[] = [];

/**
 * The budgeted Hard stops at six playouts or at its budget, whichever comes first, so its row
 * shows what players meet; Hard with a fixed six playouts (the simulator's balance runs) shows
 * what a full search costs, however long it takes.
 */
const ROWS: readonly { name: string; level: BotLevel; games: number; hard?: HardOptions; expert?: ExpertOptions }[] = [
  { name: 'easy', level: 'easy', games: 40 },
  { name: 'normal', level: 'normal', games: 20 },
  { name: 'hard', level: 'hard', games: HARD_GAMES, hard: { budgetMs: HARD_MS, onSearch: (n) => bought.push(n) } },
  { name: 'hard×6', level: 'hard', games: HARD_GAMES, hard: { playouts: HARD_PLAYOUTS } },
  { name: 'expert', level: 'expert', games: EXPERT_GAMES, expert: { budgetMs: EXPERT_BUDGET, onSearch: (n) => swept.push(n) } },
  { name: `expert×${EXPERT_PLAYOUTS}`, level: 'expert', games: EXPERT_GAMES, expert: { playouts: EXPERT_PLAYOUTS } },
];

console.log(`Multipolar bot benchmark (2019 scenario, node ${process.version}; Hard budget ${HARD_MS} ms, Expert budget ${EXPERT_BUDGET} ms)`);
console.log('');
console.log('level    decisions   median ms   p95 ms   max ms');
const medians: Record<string, number> = {};
for (const { name, level, games, hard, expert } of ROWS) {
  const times: number[] = [];
  for (let g = 0; g < games; g++) {
    const bot = makeBot(level, `bench${g}`, hard, expert);
    const choose: Chooser = (view, power, legal) => {
      const t = performance.now();
      const a = bot.decide(view, power, legal);
      if (legal.length > 1) times.push(performance.now() - t);
      return a;
    };
    playMatch({ scenario: '2019', seed: `bench${g}`, choose });
  }
  medians[name] = median(times);
  console.log(`${name.padEnd(8)} ${String(times.length).padStart(9)}   ${fmt(median(times)).padStart(9)}   ${fmt(quantile(times, 0.95)).padStart(6)}   ${fmt(Math.max(...times)).padStart(6)}`);
}
console.log('');
console.log(`hard×6 / normal, medians: ${fmt((medians['hard×6'] as number) / (medians['normal'] as number), 0)}×   (one six-playout search costs that many Normal decisions)`);
console.log(`playouts a ${HARD_MS} ms Hard decision ran: median ${median(bought)}, p10 ${quantile(bought, 0.1)}, p90 ${quantile(bought, 0.9)} (at most ${HARD_PLAYOUTS}, the balance runs' fixed number)`);
console.log(`sweeps a ${EXPERT_BUDGET} ms Expert decision ran: median ${median(swept)}, p10 ${quantile(swept, 0.1)}, p90 ${quantile(swept, 0.9)} (at most ${EXPERT_MAX_PLAYOUTS}; the balance runs fix ${EXPERT_PLAYOUTS}); one sweep plays out every surviving candidate (eight, halved after sweeps 4, 8 and 16, never below two)`);
console.log('targets: Normal p95 < 20 ms; Hard p95 < 1000 ms; Expert p95 within its budget plus one sweep');
