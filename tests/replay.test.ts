/**
 * Replay: a played match rebuilt from its record equals, state for state, the
 * match as it was played; the link form round-trips; the server builds the
 * record from boardgame.io's stored log (real SQLite) and refuses live matches.
 */
import type { LogEntry, State } from 'boardgame.io';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { botChooser } from '../game/bots';
import type { Chooser } from '../game/sim/match';
import { moveAction, playMatch, startMatch } from '../game/sim/match';
import { randomChooser } from '../game/sim/random';
import type { MatchRecord, RecordedAction } from '../game/sim/replay';
import { actionsFromLog, decodeRecord, encodeRecord, replay } from '../game/sim/replay';
import type { MatchState } from '../game/state';
import { SCENARIOS, seatOf } from '../game/types';
import type { ScenarioId } from '../game/types';
import { editLogEntry, replayRecord, replayRoute } from '../server/replay';
import { applyEdit, linkable } from '../game/sim/replay';
import type { ServerEdit } from '../game/sim/replay';
import { WORLD_EVENTS } from '../game/content';
import { actor, legalActions } from '../game/rules/actions';
import { prng } from '../game/sim/prng';
import { SQLiteStorage } from '../server/storage/sqlite';

/** Play a whole match, keeping every state seen and every action taken. */
function played(scenario: ScenarioId, seed: string, choose: Chooser | ReturnType<typeof botChooser>) {
  const actions: RecordedAction[] = [];
  const seen: MatchState[] = [];
  const pick = (p: Parameters<Chooser>[1]): Chooser => (typeof choose === 'function' ? choose : choose[p]);
  const result = playMatch({
    scenario,
    seed,
    choose: (view, power, legal) => {
      const action = pick(power)(view, power, legal);
      actions.push({ seat: power, action });
      return action;
    },
    observe: (G) => seen.push(G),
  });
  return { result, seen, record: { scenario, seed, actions } satisfies MatchRecord };
}

describe('replay through the real reducer', () => {
  it('rebuilds a bot match exactly: every frame equals the state seen during play, down to the final one', () => {
    const { result, seen, record } = played('2019', 'replay-bots', botChooser({ us: 'normal', china: 'easy', russia: 'normal' }, 'replay-bots'));
    expect(result.error).toBeUndefined();
    expect(result.outcome).not.toBeNull();
    const r = replay(record);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.frames).toHaveLength(record.actions.length + 1);
    expect(r.value.frames).toEqual(seen);
    expect(r.value.frames.at(-1)).toEqual(result.final);
    expect(r.value.frames.at(-1)?.outcome).toEqual(result.outcome);
  });

  it('refuses a record with a move out of turn or an illegal move', () => {
    const { record } = played('2019', 'bad', randomChooser('bad'));
    const outOfTurn = { ...record, actions: [record.actions[0]!, { ...record.actions[1]!, seat: 'russia' as const }] };
    expect(replay(outOfTurn)).toMatchObject({ ok: false, error: expect.stringMatching(/Action 2 is by russia/) });
    const illegal: MatchRecord = { ...record, actions: [record.actions[0]!, { seat: record.actions[1]!.seat, action: { kind: 'split', pacific: 2 } }] };
    expect(replay(illegal)).toMatchObject({ ok: false, error: expect.stringMatching(/not legal/) });
  });

  it('round-trips the link form for random games in every scenario, and the link stays under two characters a move', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS), fc.string({ minLength: 1, maxLength: 10 }), (scenario, seed) => {
        const { record, result } = played(scenario, seed, randomChooser(seed));
        const text = encodeRecord(record);
        // Under two characters a move beside the header: a 2019 match is a link of about 110 characters.
        expect(text.length).toBeLessThan(2 * record.actions.length + 28 + encodeURIComponent(seed).length);
        expect(text).toMatch(/^[A-Za-z0-9._~%!*'()-]+$/);
        const back = decodeRecord(text);
        if (!back.ok) throw new Error(back.error);
        expect(back.value.record).toEqual(record);
        expect(back.value.frames.at(-1)).toEqual(result.final);
      }),
      { numRuns: 15 },
    );
  });

  it('answers a damaged link with a sentence, never an exception', () => {
    const { record } = played('2019', 'dmg', randomChooser('dmg'));
    const text = encodeRecord(record);
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ minLength: 0, maxLength: 3 }), (at, junk) => {
        const broken = text.slice(0, at) + junk + text.slice(at + 1);
        const r = decodeRecord(broken);
        if (!r.ok) expect(r.error).toMatch(/\w/);
      }),
      { numRuns: 60 },
    );
    // A link made under other rules (here: another final state) is refused, not shown as another game.
    const parts = text.split('.');
    const otherRules = [...parts.slice(0, 4), 'zzzz'].join('.');
    expect(decodeRecord(otherRules)).toMatchObject({ ok: false, error: expect.stringMatching(/other rules/) });
    expect(decodeRecord('hello')).toMatchObject({ ok: false });
    expect(decodeRecord('1.2019.x.')).toMatchObject({ ok: false });
    expect(decodeRecord('1.2019.x..')).toMatchObject({ ok: false });
  });
});

/** What boardgame.io's master stores: the state after each move and the log entries it made. */
function playStored(seed: string, stopAfter = Infinity) {
  const { record } = played('2019', seed, randomChooser(seed));
  const { reducer, state: initial } = startMatch('2019', seed);
  let state = initial;
  const log: LogEntry[] = [];
  for (const { seat, action } of record.actions.slice(0, stopAfter)) {
    state = reducer(state, moveAction(seatOf(seat), action));
    log.push(...((state as State).deltalog ?? []));
  }
  return { record, initial, state, log };
}

describe('actionsFromLog and the server record', () => {
  it('reads the moves back from boardgame.io’s log, leaving out automatic turn ends', () => {
    const { record, log } = playStored('log');
    expect(log.some((e) => e.action.type === 'GAME_EVENT')).toBe(true);
    const back = actionsFromLog(log);
    if (!back.ok) throw new Error(back.error);
    expect(back.value).toEqual(record.actions);
  });

  it('builds {scenario, seed, actions} of a finished match from real SQLite storage, and refuses one still on', async () => {
    const db = new SQLiteStorage(':memory:');
    const store = (id: string, s: ReturnType<typeof playStored>) => {
      db.createMatch(id, { initialState: s.initial, metadata: { gameName: 'multipolar', players: {}, createdAt: 0, updatedAt: 0 } });
      db.setState(id, s.state, s.log);
    };
    const done = playStored('srv');
    store('DONE22', done);
    const live = playStored('srv', 10);
    store('LIVE22', live);

    const r = await replayRecord(db, 'DONE22');
    if (!r.ok) throw new Error(r.error);
    expect(r.record).toEqual(done.record);
    const rebuilt = replay(JSON.parse(JSON.stringify(r.record)) as MatchRecord);
    if (!rebuilt.ok) throw new Error(rebuilt.error);
    expect(rebuilt.value.frames.at(-1)).toEqual(done.state.G);

    expect(await replayRecord(db, 'LIVE22')).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/still being played/) });
    expect(await replayRecord(db, 'NOPE22')).toMatchObject({ ok: false, status: 404 });

    // The route the server mounts: JSON for GET /api/replay/:id, anything else passes on.
    const route = replayRoute(db);
    const call = async (method: string, path: string) => {
      const ctx = { method, path, status: 0, body: undefined as unknown };
      let passed = false;
      await route(ctx, async () => { passed = true; });
      return { ...ctx, passed };
    };
    const ok = await call('GET', '/api/replay/DONE22');
    expect(ok.status).toBe(200);
    expect(JSON.parse(JSON.stringify(ok.body))).toEqual(done.record);
    expect(await call('GET', '/api/replay/LIVE22')).toMatchObject({ status: 409, body: { error: expect.any(String) } });
    expect(await call('GET', '/api/replay/%E0%A4%A')).toMatchObject({ status: 404 });
    expect(await call('POST', '/api/replay/DONE22')).toMatchObject({ passed: true });
    expect(await call('GET', '/games/multipolar')).toMatchObject({ passed: true });
    db.close();
  });

  it('replays a classroom match with a teacher’s pushed event and the bell, stored as log entries beside the moves', async () => {
    const db = new SQLiteStorage(':memory:');
    const { reducer, state: initial } = startMatch('2019', 'class');
    db.createMatch('CLASS2', { initialState: initial, metadata: { gameName: 'multipolar', players: {}, createdAt: 0, updatedAt: 0 } });
    const pick = prng('class');
    let state = initial;
    const move = () => {
      const who = actor(state.G)!;
      const next = reducer(state, moveAction(seatOf(who), pick.pick(legalActions(state.G, who)))) as State<MatchState>;
      db.setState('CLASS2', next, next.deltalog ?? []);
      state = next;
    };
    // What the classroom service's rewrite does, plus the log entry that lets a replay redo it.
    const rewrite = (edit: ServerEdit) => {
      const G = applyEdit(state.G, edit);
      const next = { ...state, G, ctx: G.outcome ? { ...state.ctx, gameover: G.outcome } : state.ctx, _stateID: state._stateID + 1 };
      db.setState('CLASS2', next, [editLogEntry(state, edit)]);
      state = next;
    };
    for (let i = 0; i < 8; i++) move();
    rewrite({ edit: 'pushEvent', event: WORLD_EVENTS[3]!.id });
    for (let i = 0; i < 20 && state.ctx.gameover === undefined; i++) move();
    if (state.ctx.gameover === undefined) rewrite({ edit: 'scoreNow' });
    expect(state.G.outcome).not.toBeNull();

    const r = await replayRecord(db, 'CLASS2');
    if (!r.ok) throw new Error(r.error);
    expect(r.record.actions.filter((a) => 'edit' in a).length).toBeGreaterThanOrEqual(1);
    expect(linkable(r.record)).toBe(false);
    const rebuilt = replay(JSON.parse(JSON.stringify(r.record)) as MatchRecord);
    if (!rebuilt.ok) throw new Error(rebuilt.error);
    expect(rebuilt.value.frames.at(-1)).toEqual(state.G);
    db.close();
  });
});
