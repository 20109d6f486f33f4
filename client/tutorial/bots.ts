/**
 * The tutorial's opponents: Easy bots, except that in round 1 China proposes
 * cooperation whenever it can and Russia accepts, so the player sees the
 * proposal and the partner's answer the guide talks about.
 */
import { makeQuickBot } from '../../game/bots';
import type { Bot, BotLevel } from '../../game/bots';
import type { Power } from '../../game';

export function tutorialBot(_level: BotLevel, power: Power, seed: string): Bot {
  const base = makeQuickBot('easy', `${seed}:${power}`);
  /** Whether the last move was the script's (it has no reasons to give) or Easy's. */
  let scripted = false;
  return {
    level: base.level,
    decide: (view, p, legal) => {
      scripted = true;
      if (view.round === 1) {
        const accept = legal.find((a) => a.kind === 'respond' && a.accept);
        if (accept) return accept;
        const propose = p === 'china' ? legal.find((a) => a.kind === 'ops' && a.op.kind === 'propose') : undefined;
        if (propose) return propose;
      }
      scripted = false;
      return base.decide(view, p, legal);
    },
    trace: () => (scripted ? null : base.trace()),
  };
}
