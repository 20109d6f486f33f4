/**
 * The boardgame.io adapter, exercised through boardgame.io's own Client and
 * Local multiplayer (the layer the browser and server use).
 */
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { legalActions, actor, Multipolar, toMove } from '../game';
import type { MatchState, MatchView } from '../game/state';
import { card } from '../game/content';

type AnyClient = ReturnType<typeof Client>;
const G = (c: AnyClient) => c.getState()!.G as MatchView;

function table(seed = 'table') {
  const game = { ...Multipolar, seed };
  const multiplayer = Local();
  const clients = ['0', '1', '2'].map((playerID) => Client({ game, numPlayers: 3, multiplayer, playerID, debug: false }));
  clients.forEach((c) => c.start());
  return clients as [AnyClient, AnyClient, AnyClient];
}

describe('Multipolar as a boardgame.io game', () => {
  it('is named multipolar, seats exactly three and refuses unknown scenarios', () => {
    expect(Multipolar.name).toBe('multipolar');
    expect(Multipolar.minPlayers).toBe(3);
    expect(Multipolar.maxPlayers).toBe(3);
    expect(Multipolar.validateSetupData?.({ scenario: '2019' }, 3)).toBeUndefined();
    expect(Multipolar.validateSetupData?.({ scenario: '1848' as never }, 3)).toMatch(/Unknown scenario/);
    expect(Multipolar.validateSetupData?.({}, 2)).toMatch(/exactly 3/);
  });

  it('keeps secrets out of the state setup returns: nothing is dealt before the first move', () => {
    const s = InitializeGame({ game: { ...Multipolar, seed: 'x' }, numPlayers: 3 });
    const g = s.G as MatchState;
    expect(g.deck).toEqual([]);
    expect(g.eventDeck).toEqual([]);
    expect(Object.values(g.hands).flat()).toEqual([]);
  });

  it('deals on the first move; each seat sees its own hand of five and only the counts of others', () => {
    const [us, cn, ru] = table();
    us.moves.begin!();
    expect(G(us).hands.us).toHaveLength(5);
    expect(G(us).hands.china).toBeUndefined();
    expect(G(cn).hands.china).toHaveLength(5);
    expect(G(cn).hands.us).toBeUndefined();
    expect(G(ru).handSizes).toEqual({ us: 5, china: 5, russia: 5 });
    expect(G(ru).deckSize).toBeGreaterThan(0);
    // Neither pile's order reaches a seat: not in its view, not in what the server sends it.
    const view = G(ru) as unknown as Record<string, unknown>;
    expect(view.deck).toBeUndefined();
    expect(view.eventDeck).toBeUndefined();
    expect(JSON.parse(JSON.stringify(view))).not.toHaveProperty('deck');
    expect(JSON.parse(JSON.stringify(view))).not.toHaveProperty('eventDeck');
  });

  it('a proposal hands the move to the partner alone in the respond stage; the proposer cannot answer it', () => {
    const [us, cn, ru] = table('proposal');
    us.moves.begin!();
    const usCard = G(us).hands.us![0]!;
    us.moves.playOps!(usCard, { kind: 'influence', region: 'baltic' });
    const cnCard = G(cn).hands.china![0]!;
    cn.moves.playOps!(cnCard, { kind: 'propose', domain: 'political' });
    const st = cn.getState()!;
    // Only Russia is active: one seat at a time, so no seat can move for another.
    expect(st.ctx.activePlayers).toEqual({ '2': 'act' });
    const before = G(cn).tracks.political;
    cn.moves.respond!(true); // China may not answer its own proposal
    expect(G(cn).step.kind).toBe('respond');
    ru.moves.respond!(true);
    expect(G(ru).tracks.political).toBeGreaterThan(before);
    expect(ru.getState()!.ctx.activePlayers).toEqual({ '2': 'act' });
    expect(G(ru).step).toMatchObject({ kind: 'play', power: 'russia' });
  });

  it('one boardgame.io turn is one round, opened by the US', () => {
    const [us, cn, ru] = table('rounds');
    us.moves.begin!();
    const clients = { us, china: cn, russia: ru } as const;
    for (let n = 0; n < 40 && G(us).round === 1; n++) {
      const who = actor(G(us))!;
      const c = clients[who];
      const { move, args } = toMove(legalActions(G(c), who)[0]!);
      c.moves[move]!(...args);
    }
    expect(G(us).round).toBe(2);
    expect(us.getState()!.ctx.turn).toBe(2);
    expect(us.getState()!.ctx.activePlayers).toEqual({ '0': 'act' });
  });

  it('rejects an illegal move and leaves the state unchanged', () => {
    const [us] = table('illegal');
    us.moves.begin!();
    const before = us.getState()!;
    const rival = G(us).hands.us!.find((id) => card(id).affinity !== 'us' && card(id).affinity !== 'neutral');
    us.moves.playOps!('c-no-such-card', { kind: 'influence', region: 'baltic' });
    us.moves.playOps!(G(us).hands.us![0]!, { kind: 'propose', domain: 'economic' });
    if (rival) us.moves.playEvent!(rival);
    expect(us.getState()!._stateID).toBe(before._stateID);
    expect(G(us).hands.us).toEqual((before.G as MatchView).hands.us);
  });
});
