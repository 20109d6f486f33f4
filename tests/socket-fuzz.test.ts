/**
 * Socket fuzz against a real server process: 10,000 generated events
 * (fast-check) from a stranger, a spectator and three seated players, over
 * event names, move names (every member of Object.prototype and `__proto__`
 * among them), argument shapes (objects whose toString is not a function,
 * huge strings, deep arrays, any JSON), action types, seat ids, credentials,
 * state ids and match ids. After each batch of 200:
 * - the server answers /healthz;
 * - match L, whose three seats only the test's own players hold, is exactly what
 *   their legal moves made: its stored state id counts those moves, and the mover's
 *   state is the stored state seen through its seat;
 * - match N, which nobody joined, has not moved past its deal;
 * - match F, whose seated players send the fuzz with their own credentials, is
 *   still a well-formed match state (a well-formed legal move may advance it).
 * At the end nothing reached the process safety net or failed inside a handler,
 * and server bots still play (nothing was written onto Object.prototype).
 */
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import type { State } from 'boardgame.io';
import fc from 'fast-check';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARDS } from '../game/content';
import { MOVE_NAMES, toMove } from '../game/game';
import { actor, legalActions } from '../game/rules/actions';
import type { MatchState } from '../game/state';
import { DOMAINS, PARTNERS, REGIONS, seatOf, THEATERS } from '../game/types';
import { viewFor } from '../game/view';
import { playMatch } from '../game/sim/match';
import { randomChooser } from '../game/sim/random';
import { SCENARIOS } from '../game/types';
import { UpdateMessage } from '../game/wire/moves';
import { withGameLog } from '../server/storage/sqlite';
import * as v from 'valibot';
import { stateProblem } from '../server/quarantine';
import type { RunningServer } from './e2e/harness';
import { startServer } from './e2e/harness';
import type { SocketPlayer } from './support/socket-player';
import { createMatch, SocketPlayers } from './support/socket-player';

const BATCHES = 50;
const BATCH_SIZE = 200;

const dataDir = mkdtempSync(join(tmpdir(), 'multipolar-fuzz-'));
let server: RunningServer;
let db: Database.Database;
const players = new SocketPlayers();
const fuzzers: Socket[] = [];

beforeAll(async () => {
  // A budget no fuzz batch reaches: the budget itself is tested in tests/socket-auth.test.ts.
  server = await startServer({ DATA_DIR: dataDir, BOT_DELAY_MS: '0', STANDIN_AFTER_MS: '600000', LOBBY_RATE_PER_MIN: '100000', SOCKET_EVENTS_PER_SEC: '1000000' });
});
afterAll(async () => {
  players.closeAll();
  for (const s of fuzzers) s.close();
  db?.close();
  await server?.stop();
});

const PROTO_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];
const RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener']);

// Values built by JSON.parse, as a socket delivers them: `__proto__` is then an own key.
const nasty = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(
    JSON.parse('{"toString": 1}'),
    JSON.parse('{"toString": {}, "valueOf": {}}'),
    JSON.parse('{"__proto__": {"isConnected": true, "toString": 1}}'),
    JSON.parse('{"constructor": {"name": {"toString": 1}}, "toJSON": 1}'),
    JSON.parse('{"kind": "influence", "region": "korea", "__proto__": {"x": 1}}'),
    [[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]],
    JSON.parse(`${'['.repeat(400)}${']'.repeat(400)}`),
    null,
    -0,
    1e308,
    '',
  ) },
  // Huge strings, rarely: a few megabytes per run in all.
  { weight: 1, arbitrary: fc.constant('x'.repeat(200_000)) },
  { weight: 8, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 8, arbitrary: fc.string({ maxLength: 40 }) },
);
const cardId = fc.constantFrom(...CARDS.map((c) => c.id));
const op = fc.oneof(
  fc.record({ kind: fc.constant('propose'), domain: fc.constantFrom(...DOMAINS) }),
  fc.constantFrom('bargain', 'treaty', 'research', 'exportControls', 'wedge', 'diplomacy').map((kind) => ({ kind })),
  fc.record({ kind: fc.constantFrom('sanction', 'pressure', 'accommodate', 'focus'), target: fc.constantFrom(...PARTNERS, 'none') }),
  fc.record({ kind: fc.constant('influence'), region: fc.constantFrom(...REGIONS) }),
  fc.record({ kind: fc.constantFrom('deploy', 'rally'), theater: fc.constantFrom(...THEATERS) }),
);
const args = fc.oneof(
  fc.constant([]),
  fc.tuple(cardId),
  fc.tuple(cardId, op),
  fc.tuple(fc.boolean()),
  fc.tuple(fc.integer({ min: -2, max: 14 })),
  fc.tuple(cardId, nasty),
  fc.array(nasty, { maxLength: 3 }),
  nasty,
);
const wellFormedMove: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.constant([MOVE_NAMES.begin, []] as [string, unknown]),
  cardId.map((c) => [MOVE_NAMES.event, [c]] as [string, unknown]),
  fc.tuple(cardId, op).map((a) => [MOVE_NAMES.ops, a] as [string, unknown]),
  fc.boolean().map((b) => [MOVE_NAMES.respond, [b]] as [string, unknown]),
  fc.integer({ min: 0, max: 12 }).map((n) => [MOVE_NAMES.split, [n]] as [string, unknown]),
);
const moveName = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...Object.values(MOVE_NAMES)) }, { weight: 3, arbitrary: fc.constantFrom(...PROTO_NAMES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const actionType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('MAKE_MOVE') },
  { weight: 2, arbitrary: fc.constantFrom('GAME_EVENT', 'UNDO', 'REDO', 'SYNC', 'UPDATE', 'RESET', 'PATCH', 'PLUGIN', 'STRIP_TRANSIENTS') },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_NAMES) },
);
const seatID = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('0', '1', '2') },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '3', '-1', '00', ' 0', 0, 1) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTO_NAMES) },
  { weight: 1, arbitrary: nasty },
);
/** Resolved when sent: the sender's own seat credentials, another seat's, or a value. */
type Creds = 'own' | 'other' | { value: unknown };
const creds: fc.Arbitrary<Creds> = fc.oneof(fc.constant('own' as const), fc.constant('other' as const), nasty.map((value) => ({ value })));
type StateRef = 'current' | { value: unknown };
const stateRef: fc.Arbitrary<StateRef> = fc.oneof({ weight: 3, arbitrary: fc.constant('current' as const) }, { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -3, max: 1_000_000 }), fc.double(), nasty).map((value) => ({ value })) });
type MatchRef = 'L' | 'F' | 'N' | { value: unknown };
const matchRef: fc.Arbitrary<MatchRef> = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('L' as const, 'F' as const, 'N' as const) }, { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 70 }), nasty).map((value) => ({ value })) });

const update = fc.record({
  kind: fc.constant('update' as const),
  from: fc.integer({ min: 0, max: 4 }),
  type: actionType,
  /** A move name with args of the shape that move takes, or any name with any args. */
  move: fc.oneof({ weight: 2, arbitrary: wellFormedMove }, { weight: 3, arbitrary: fc.tuple(moveName, args) }),
  /** 'own': the sender's seat in the action and as the argument (the stranger and spectator say '0'). */
  seats: fc.oneof({ weight: 3, arbitrary: fc.constant('own' as const) }, { weight: 2, arbitrary: fc.tuple(seatID, seatID) }),
  creds,
  stateID: stateRef,
  matchID: matchRef,
  /** Replace the whole action by a value. */
  raw: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: nasty }),
  /** Fields a SYNC/UPDATE/PATCH action would carry. */
  extra: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.record({ state: nasty, patch: nasty }) }),
});
const sync = fc.record({
  kind: fc.constant('sync' as const),
  from: fc.integer({ min: 0, max: 4 }),
  matchID: matchRef,
  seat: seatID,
  creds,
  numPlayers: fc.oneof(fc.constant(3), nasty),
});
const other = fc.record({
  kind: fc.constant('other' as const),
  from: fc.integer({ min: 0, max: 4 }),
  event: fc.oneof(fc.constant('chat'), fc.constantFrom(...PROTO_NAMES), fc.string({ minLength: 1, maxLength: 20 })).filter((e) => !RESERVED.has(e)),
  args: fc.array(fc.oneof(matchRef.map((m) => (typeof m === 'string' ? m : m.value)), nasty), { maxLength: 4 }),
});
const event = fc.oneof({ weight: 6, arbitrary: update }, { weight: 3, arbitrary: sync }, { weight: 1, arbitrary: other });
type FuzzEvent = typeof event extends fc.Arbitrary<infer T> ? T : never;

interface Match {
  matchID: string;
  credentials: Record<string, string>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stored = (matchID: string) => {
  const row = db.prepare('SELECT state, log_count, metadata FROM matches WHERE id = ?').get(matchID) as { state: string; log_count: number | null; metadata: string };
  return { state: withGameLog((sql) => db.prepare(sql), matchID, JSON.parse(row.state) as State, row.log_count), metadata: JSON.parse(row.metadata) as { players: Record<string, { credentials?: string }> } };
};

describe('the wire schema', () => {
  it('accepts every legal move of random matches (the fence never refuses a player)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS), fc.integer(), (scenario, seed) => {
        const choose = randomChooser(seed);
        const result = playMatch({
          scenario,
          seed,
          choose: (view, power, legal) => {
            for (const a of legal) {
              const { move, args: moveArgs } = toMove(a);
              const seat = seatOf(power);
              const message = [{ type: 'MAKE_MOVE', payload: { type: move, args: moveArgs, playerID: seat, credentials: 'k3y_-' } }, 7, 'ABC123', seat];
              expect(v.safeParse(UpdateMessage, message).success).toBe(true);
            }
            return choose(view, power, legal);
          },
        });
        expect(result.error).toBeUndefined();
      }),
      { numRuns: 6 },
    );
  });
});

describe('socket fuzz', () => {
  it(`${BATCHES * BATCH_SIZE} hostile events: the server stays up and every match holds only what its own seats made`, async () => {
    db = new Database(join(dataDir, 'multipolar.sqlite'), { readonly: true, fileMustExist: false });
    const newL = async () => {
      const m = await createMatch(server.url, { scenario: '2019' }, ['0', '1', '2']);
      const seats = ['0', '1', '2'].map((id) => players.connect(server.url, m.matchID, id, m.credentials[id]));
      await Promise.all(seats.map((p) => p.until(() => p.stateID >= 1, 10_000)));
      return { ...m, seats, expected: seats[0]!.stateID };
    };
    let L = await newL();
    const F: Match = await createMatch(server.url, { scenario: '1996' }, ['0', '1', '2']);
    const fWatch = players.connect(server.url, F.matchID, null);
    const { matchID: nID } = await (await fetch(`${server.url}/games/multipolar/create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ numPlayers: 3 }) })).json() as { matchID: string };
    const nWatch = players.connect(server.url, nID, null);
    const { matchID: sentinel } = await (await fetch(`${server.url}/games/multipolar/create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ numPlayers: 3 }) })).json() as { matchID: string };
    await fWatch.until(() => fWatch.stateID >= 1, 10_000);
    await nWatch.until(() => nWatch.stateID >= 1, 10_000);
    const nDealt = nWatch.stateID;

    // Senders: a stranger, a spectator of L, and F's three seats.
    const seatOfSender = [null, null, '0', '1', '2'] as const;
    const sentinelSyncs = [0, 0, 0, 0, 0];
    for (let i = 0; i < 5; i++) {
      const s = io(`${server.url}/multipolar`, { transports: ['websocket'], reconnection: false });
      fuzzers.push(s);
      s.on('sync', (matchID: unknown) => {
        if (matchID === sentinel) sentinelSyncs[i]! += 1;
      });
      await new Promise<void>((resolve) => s.on('connect', () => resolve()));
    }
    fuzzers[1]!.emit('sync', L.matchID, null, null, 3);
    for (const i of [2, 3, 4]) fuzzers[i]!.emit('sync', F.matchID, seatOfSender[i], F.credentials[seatOfSender[i]!], 3);

    const resolveMatch = (m: MatchRef) => (m === 'L' ? L.matchID : m === 'F' ? F.matchID : m === 'N' ? nID : m.value);
    const resolveCreds = (c: Creds, from: number) => {
      const own = seatOfSender[from] ?? '0';
      if (c === 'own') return F.credentials[own];
      if (c === 'other') return F.credentials[String((Number(own) + 1) % 3)];
      return c.value;
    };
    const currentOf = (m: MatchRef) => (m === 'L' ? L.seats[0]!.stateID : m === 'N' ? nDealt : fWatch.stateID);
    const send = (e: FuzzEvent) => {
      const s = fuzzers[e.from]!;
      if (e.kind === 'sync') return s.emit('sync', resolveMatch(e.matchID), e.seat, resolveCreds(e.creds, e.from), e.numPlayers);
      if (e.kind === 'other') return s.emit(e.event, ...e.args);
      const stateID = e.stateID === 'current' ? currentOf(e.matchID) : e.stateID.value;
      const [payloadSeat, argSeat] = e.seats === 'own' ? [seatOfSender[e.from] ?? '0', seatOfSender[e.from] ?? '0'] : e.seats;
      const action = e.raw ?? { type: e.type, payload: { type: e.move[0], args: e.move[1], playerID: payloadSeat, credentials: resolveCreds(e.creds, e.from) }, ...(e.extra ?? {}) };
      return s.emit('update', action, stateID, resolveMatch(e.matchID), argSeat);
    };
    let fStateID = fWatch.stateID;
    let batch = 0;
    let sent = 0;

    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }), async (events) => {
        batch += 1;
        for (const e of events) send(e);
        sent += events.length;
        // Each socket's events are decided in order: a sync of the sentinel match after them answers when they all are.
        const want = sentinelSyncs.map((n) => n + 1);
        for (const s of fuzzers) s.emit('sync', sentinel, null, null, 3);
        for (let i = 0; i < 400 && sentinelSyncs.some((n, k) => n < want[k]!); i++) await pause(25);
        expect(sentinelSyncs).toEqual(want);
        expect(fuzzers.every((s) => s.connected)).toBe(true);

        const health = await fetch(`${server.url}/healthz`);
        expect(health.status).toBe(200);

        // L: one legal move by its acting seat; the stored match is exactly the test's own moves.
        if (L.seats[0]!.over) L = await newL();
        await Promise.all(L.seats.map((p) => p.until(() => p.stateID === L.expected, 5000)));
        const power = actor(L.seats[0]!.state!.G)!;
        const mover: SocketPlayer = L.seats[Number(seatOf(power))]!;
        const legal = legalActions(mover.state!.G, power);
        const { move, args: moveArgs } = toMove(legal[batch % legal.length]!);
        mover.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args: moveArgs, playerID: mover.playerID, credentials: L.credentials[mover.playerID!] } }, L.expected, L.matchID, mover.playerID);
        L.expected += 1;
        await mover.until(() => mover.stateID === L.expected, 5000);
        const l = stored(L.matchID);
        expect(l.state._stateID).toBe(L.expected);
        expect(mover.state!.G).toEqual(viewFor(l.state.G as MatchState, mover.playerID));

        // N: nobody joined, nobody moved it; no credentials appeared.
        const n = stored(nID);
        expect(n.state._stateID).toBe(nDealt);
        expect(Object.values(n.metadata.players).some((p) => p.credentials)).toBe(false);

        // F: still a match state; at most one move per batch got through (the rest were stale).
        const f = stored(F.matchID);
        expect(stateProblem(f.state, true)).toBeNull();
        expect(f.state._stateID).toBeGreaterThanOrEqual(fStateID);
        expect(f.state._stateID).toBeLessThanOrEqual(fStateID + 1);
        await fWatch.until(() => fWatch.stateID === f.state._stateID, 5000);
        fStateID = f.state._stateID;
      }),
      { numRuns: BATCHES, endOnFailure: true },
    );
    expect(sent).toBe(BATCHES * BATCH_SIZE);

    // Nothing was caught by the last line, and no handler failed.
    const h = (await (await fetch(`${server.url}/healthz`)).json()) as { faults: Record<string, number>; socket: { failed: Record<string, number>; refused: Record<string, number> } };
    expect(h.faults).toEqual({});
    expect(h.socket.failed).toEqual({});
    // Server bots still play: a person with two bots gets past the bots' turns.
    const bots = await createMatch(server.url, { scenario: '1996', seats: { '1': 'easy', '2': 'easy' } }, ['0']);
    const us = players.connect(server.url, bots.matchID, '0', bots.credentials['0']).play();
    await us.until(() => us.state !== null && (us.state.G.log.some((e) => e.power === 'china' || e.power === 'russia') || us.over), 20_000);
  }, 120_000);
});
