/**
 * What an action does, in one line, until the rules' own forecast is plugged
 * in through the Actions region's `describe` prop. Read from the view (current
 * influence, stability, who controls) and the rules' exported limits.
 */
import type { Action, MatchView, Op, Power } from '../../game';
import { BOARD, card, CRISIS_THRESHOLD, DOMAIN_NAMES, MAX_CHINA_TECH, MAX_HOSTILITY, MAX_INFLUENCE, MAX_TRACK, POWER_NAMES, POWERS, regionController, THEATER_NAMES } from '../../game';
import { possessive, theaterName, theName } from './words';

export interface ActionText {
  /** One line under the button: what it does (later: the forecast). */
  readonly short: string;
  /** Everything, for the confirmation and the description. */
  readonly full: string;
  readonly warning?: string;
}
export type Describe = (a: Action) => ActionText | null;

function influenceText(v: MatchView, power: Power, ops: number, region: Extract<Op, { kind: 'influence' }>['region']): ActionText {
  const cap = MAX_INFLUENCE;
  const row = v.influence[region];
  const ctrl = regionController(v, region);
  const amount = ctrl && ctrl !== power ? Math.max(1, ops - 1) : ops;
  const after = Math.min(cap, row[power] + amount);
  const rivals = POWERS.filter((p) => p !== power).map((p) => `${POWER_NAMES[p]} ${row[p]}`).join(', ');
  const r = BOARD[region];
  const top = Math.max(...POWERS.filter((p) => p !== power).map((p) => row[p]));
  const control = after >= top + r.stability ? 'you would control it' : `control needs ${top + r.stability} (top rival ${top} + stability ${r.stability})`;
  const fp = r.flashpoint ? ` Flashpoint: raises ${THEATER_NAMES[r.theater]} tension (crisis at ${CRISIS_THRESHOLD}).` : '';
  const short = `You ${row[power]} → ${after} of ${cap}; ${rivals}. ${control[0]?.toUpperCase()}${control.slice(1)}.`;
  return {
    short,
    full: `${short}${ctrl && ctrl !== power ? ` ${theName(ctrl, true)} controls it, so you place 1 less.` : ''}${fp}`,
    warning: after === cap ? `This reaches the cap of ${cap} influence in ${r.name}.` : undefined,
  };
}

function opText(v: MatchView, power: Power, ops: number, op: Op): string {
  switch (op.kind) {
    case 'influence': return influenceText(v, power, ops, op.region).short;
    case 'propose': return `${theName(power === 'china' ? 'russia' : 'china', true)} accepts or declines at once; accepted: ${DOMAIN_NAMES[op.domain]} cooperation rises (now ${v.tracks[op.domain]} of ${MAX_TRACK}) and you gain prestige. The card is spent either way.`;
    case 'bargain': return 'Beijing recognises Crimea, Moscow endorses the sea claims: both gain prestige and influence, if the partner accepts.';
    case 'treaty': return 'The mutual-defence treaty: a De jure alliance and prestige for both, if the partner accepts.';
    case 'sanction': return `Hostility toward ${POWER_NAMES[op.target]} +1 (now ${v.hostility[op.target]} of ${MAX_HOSTILITY}); ${POWER_NAMES[op.target]} loses prestige.`;
    case 'research': return `China’s technology rises (now ${v.chinaTech} of ${MAX_CHINA_TECH})${v.exportControls ? ', by less under export controls' : ''}.`;
    case 'exportControls': return 'Two rounds of export controls: China’s own research stalls; hostility toward China +1.';
    case 'pressure': return `Hostility toward ${POWER_NAMES[op.target]} rises (now ${v.hostility[op.target]} of ${MAX_HOSTILITY}${v.focus === op.target ? ', twice as fast under the focus' : ''}); ${POWER_NAMES[op.target]} loses prestige; tension rises in its theater.`;
    case 'focus': return op.target === 'none' ? 'The Eye of Sauron turns away from everyone.' : `The Eye of Sauron turns on ${POWER_NAMES[op.target]}: pressure on it raises hostility twice as fast.`;
    case 'wedge': return 'Works only on a resentful Russia or when the pair is not driven together: the highest track falls and you gain prestige. Otherwise it fails.';
    case 'accommodate': return `Hostility toward ${POWER_NAMES[op.target]} falls sharply and you gain prestige, but you leave its sphere and may never pressure it again.`;
    case 'diplomacy': return `Russia’s Standing rises (now ${v.standing}; Dependency ${v.dependency}).`;
    case 'deploy': return power === 'us' ? `Forces to your global pool (now ${v.usPool}); ${THEATER_NAMES[op.theater]} tension +1.` : `Forces in ${theaterName(op.theater)} (now ${v.forces[power === 'china' ? 'china' : 'russia'][op.theater]}); its tension +1.`;
    case 'rally': return `+1 influence in up to ${ops} ${THEATER_NAMES[op.theater]} regions where you already have influence.`;
  }
}

/** The built-in description of an action for `power` in view `v`. */
export function describeAction(v: MatchView, power: Power): Describe {
  return (a) => {
    if (a.kind === 'event') {
      const c = card(a.card);
      return { short: c.text, full: `${c.text} (${c.cite})` };
    }
    if (a.kind !== 'ops') return null;
    const c = card(a.card);
    const rival = c.affinity !== 'neutral' && c.affinity !== power ? `Played for ops, this card also fires ${possessive(c.affinity)} event: ${c.text}` : undefined;
    if (a.op.kind === 'influence') {
      const t = influenceText(v, power, c.ops, a.op.region);
      return { ...t, warning: [t.warning, rival].filter(Boolean).join(' ') || undefined };
    }
    const short = opText(v, power, c.ops, a.op);
    return { short, full: short, warning: rival };
  };
}
