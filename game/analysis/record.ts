/** A whole bot match kept as a replay record: what the tests and the benchmark analyse. */
import { botChooser } from '../bots';
import type { BotLevel } from '../bots';
import { playMatch } from '../sim/match';
import type { Chooser } from '../sim/match';
import type { MatchRecord, RecordedAction } from '../sim/replay';
import type { Power, ScenarioId } from '../types';

export function recordBotMatch(scenario: ScenarioId, seed: string, levels: Readonly<Record<Power, BotLevel>>): MatchRecord {
  const bots = botChooser(levels, seed, { playouts: 6 });
  const actions: RecordedAction[] = [];
  const take: Chooser = (view, power, legal) => {
    const action = bots[power](view, power, legal);
    actions.push({ seat: power, action });
    return action;
  };
  const r = playMatch({ scenario, seed, choose: take });
  if (r.error) throw new Error(r.error);
  return { scenario, seed, actions };
}
