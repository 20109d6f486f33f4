/**
 * npm run bench:engine — complete games per second and the mean cost of one
 * move through the real boardgame.io reducer, beside a no-op move of a minimal
 * boardgame.io game measured in the same run (the framework's floor).
 */
import { performance } from 'node:perf_hooks';
import type { Game } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { legalActions, actor } from '../../game/rules/actions';
import { moveAction, startMatch } from '../../game/sim/match';
import { prng } from '../../game/sim/prng';
import type { ScenarioId } from '../../game/types';
import { seatOf } from '../../game/types';
import { viewFor } from '../../game/view';
import { fmt, mean, median, quantile } from './stats';

const GAMES = Number(process.env.BENCH_GAMES ?? 300);

/** One random game; returns total ms and the ms spent inside the reducer per move. */
function timedGame(scenario: ScenarioId, seed: string): { ms: number; moveMs: number[] } {
  const pick = prng(seed);
  const t0 = performance.now();
  const { reducer } = startMatch(scenario, seed);
  let { state } = startMatch(scenario, seed);
  const moveMs: number[] = [];
  while (state.ctx.gameover === undefined) {
    const power = actor(state.G)!;
    const legal = legalActions(viewFor(state.G, seatOf(power)), power);
    const action = moveAction(seatOf(power), pick.pick(legal));
    const m0 = performance.now();
    state = reducer(state, action);
    moveMs.push(performance.now() - m0);
  }
  return { ms: performance.now() - t0, moveMs };
}

/**
 * The floor: a no-op move of a minimal game, same player count and settings.
 * `endTurn` also passes the turn, as nearly every move of ours does.
 */
function floorMoveMs(n: number, endTurn = false): number[] {
  const game: Game<{ n: number }> = {
    name: 'floor',
    disableUndo: true,
    setup: () => ({ n: 0 }),
    moves: { noop: ({ events }) => { if (endTurn) events.endTurn(); } },
  };
  const reducer = CreateGameReducer({ game });
  let state = InitializeGame({ game, numPlayers: 3 });
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = { type: 'MAKE_MOVE', payload: { type: 'noop', args: [], playerID: state.ctx.currentPlayer } };
    const t = performance.now();
    state = reducer(state, a as never);
    out.push(performance.now() - t);
  }
  return out;
}

// Warm up the JIT on both before measuring.
for (let i = 0; i < 20; i++) timedGame('2019', `warm${i}`);
floorMoveMs(2000);
floorMoveMs(2000, true);

const results: Record<string, { games: number[]; moves: number[] }> = {};
for (const scenario of ['2019', '2014', '1996'] as const) {
  const games: number[] = [];
  const moves: number[] = [];
  const n = scenario === '2019' ? GAMES : Math.ceil(GAMES / 3);
  for (let i = 0; i < n; i++) {
    const r = timedGame(scenario, `bench:${scenario}:${i}`);
    games.push(r.ms);
    moves.push(...r.moveMs);
  }
  results[scenario] = { games, moves };
}
const allMoves = Object.values(results).flatMap((r) => r.moves);
const floor = floorMoveMs(allMoves.length);
const floorTurn = floorMoveMs(allMoves.length, true);

console.log(`Multipolar engine benchmark (${GAMES} games of 2019, random legal play, node ${process.version})`);
console.log('');
console.log('scenario  games/s   median ms/game   p95 ms/game   moves/game');
for (const [sc, r] of Object.entries(results)) {
  const perGame = r.moves.length / r.games.length;
  console.log(
    `${sc.padEnd(8)}  ${fmt(1000 / mean(r.games), 0).padStart(7)}   ${fmt(median(r.games)).padStart(14)}   ${fmt(quantile(r.games, 0.95)).padStart(11)}   ${fmt(perGame, 0).padStart(10)}`,
  );
}
const ours = mean(allMoves) * 1000;
const base = mean(floor) * 1000;
console.log('');
console.log(`mean move (our game, reducer only):     ${fmt(ours, 1)} µs`);
console.log(`mean move (no-op minimal game, floor):  ${fmt(base, 1)} µs`);
const baseTurn = mean(floorTurn) * 1000;
console.log(`mean move (no-op that passes the turn): ${fmt(baseTurn, 1)} µs`);
console.log(`ratio to the floor:                     ${fmt(ours / base)}×   (target ≤ 3×)`);
console.log(`ratio to the turn-passing floor:        ${fmt(ours / baseTurn)}×`);
console.log(`median complete 2019 game:              ${fmt(median(results['2019']!.games))} ms   (target < 30 ms)`);
