/** Test fixtures: states built through the real rules, changed with immer. */
import { produce } from 'immer';
import type { Action } from '../../game/rules/actions';
import { whyNot } from '../../game/rules/actions';
import { applyAction } from '../../game/rules/apply';
import type { Rng } from '../../game/rules/rng';
import { initialState } from '../../game/setup';
import type { MatchState } from '../../game/state';
import type { Power, ScenarioId } from '../../game/types';
import type { CardId } from '../../game/content/types';

/** Keeps piles in their listed order: deterministic deals for tests. */
export const noShuffle: Rng = { shuffle: (xs) => [...xs] };

/** A state right after the opening deal. */
export function begun(scenario: ScenarioId = '2019', rng: Rng = noShuffle): MatchState {
  return act(initialState(scenario), 'us', { kind: 'begin' }, rng);
}

/** Apply a legal action; throws with the rules' own reason if it is not legal. */
export function act(s: MatchState, power: Power, action: Action, rng: Rng = noShuffle): MatchState {
  const reason = whyNot(s, power, action);
  if (reason) throw new Error(`${power} may not ${JSON.stringify(action)}: ${reason.message}`);
  return produce(s, (d) => applyAction(d, power, action, rng));
}

/** Change a state directly (to set up a situation). */
export const tweak = (s: MatchState, f: (d: MatchState) => void): MatchState => produce(s, f);

/** Put `cards` in `power`'s hand and make it that power's turn. */
export function withTurn(s: MatchState, power: Power, cards: CardId[], turn = 1): MatchState {
  return tweak(s, (d) => {
    d.hands[power] = [...cards];
    d.step = { kind: 'play', power, turn };
  });
}
