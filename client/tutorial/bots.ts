/**
 * The tutorials' opponents: Easy bots, except that in round 1 China's bot
 * proposes on each of its turns (an Economic step, a Technological project,
 * then the spheres bargain, whichever its hand allows), Russia's bot proposes
 * nothing, and a bot asked to answer accepts. So whichever power the player
 * takes, round 1 shows the proposals and answers the guide talks about, at the
 * moments its steps expect them.
 */
import { makePageBot } from '../../game/bots';
import type { Bot, BotLevel } from '../../game/bots';
import type { Action, MatchView, Power } from '../../game';

/** What China's bot proposes on each turn of round 1, in order of preference. */
const CHINA_PROPOSES: Readonly<Record<1 | 2 | 3, readonly string[]>> = {
  1: ['economic'],
  2: ['technological', 'economic'],
  3: ['bargain', 'political', 'economic'],
};

const proposal = (a: Action): string | null =>
  a.kind !== 'ops' ? null : a.op.kind === 'propose' ? a.op.domain : a.op.kind === 'bargain' ? 'bargain' : null;

/** Round 1's scripted move for `p`, or null to let the Easy bot choose. */
function scripted(view: MatchView, p: Power, legal: readonly Action[]): Action | null {
  if (view.round !== 1) return null;
  const accept = legal.find((a) => a.kind === 'respond' && a.accept);
  if (accept) return accept;
  if (p !== 'china' || view.step.kind !== 'play') return null;
  const turn = view.step.turn as 1 | 2 | 3;
  for (const want of CHINA_PROPOSES[turn] ?? []) {
    const a = legal.find((x) => proposal(x) === want);
    if (a) return a;
  }
  return legal.find((x) => proposal(x) !== null) ?? null;
}

export function tutorialBot(_level: BotLevel, power: Power, seed: string): Bot {
  const base = makePageBot('easy', `${seed}:${power}`);
  /** Whether the last move was the script's (it has no reasons to give) or Easy's. */
  let wasScripted = false;
  return {
    level: base.level,
    decide: (view, p, legal) => {
      const mine = scripted(view, p, legal);
      wasScripted = mine !== null;
      if (mine) return mine;
      // Russia's bot leaves round 1's proposals to China, so the guide's steps meet them in order.
      const options = view.round === 1 && p === 'russia' ? legal.filter((a) => proposal(a) === null) : legal;
      return base.decide(view, p, options.length ? options : legal);
    },
    trace: () => (wasScripted ? null : base.trace()),
  };
}
