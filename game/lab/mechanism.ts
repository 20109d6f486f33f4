/**
 * The rules that build P16's mechanism into the model (docs/rules.md, game/rules).
 * A lab run can only find what these rules let happen: the page and
 * docs/lab.md list them under "The runs test the model, not the world".
 */
import type { Paragraph } from '../types';

export interface MechanismRule {
  /** The rule, as it works in the game. */
  readonly rule: string;
  /** What it encodes from the article, and where. */
  readonly encodes: string;
  readonly cite: Paragraph;
  /** Where it lives in the code. */
  readonly source: string;
}

export const MECHANISM: readonly MechanismRule[] = [
  {
    rule: 'The threat: a partner’s threat is US hostility toward it (raised by pressure, sanctions, export controls and every crisis fought with the US), +1 where the Eye of Sauron rests and +1 for China under export controls; at 3+ the partner is threatened, and both threatened are driven together.',
    encodes: 'The balance-of-power law: what Moscow and Beijing respond to is the US threat.',
    cite: 'P16',
    source: 'game/rules/derived.ts threat, threatened, drivenTogether; round.ts resolveCrisis',
  },
  {
    rule: 'A threat fades: US hostility toward each partner eases by 1 at every round’s end unless the US renews it.',
    encodes: '“As long as the US is perceived ... as threatening”: the pair is driven together only while the US keeps pressing.',
    cite: 'P16',
    source: 'game/rules/round.ts upkeep; tuning.ts hostilityEase',
  },
  {
    rule: 'Cooperation pays against a threat: the alliance’s income (1 a round from De facto up) and a cooperation card’s prestige go only to a threatened partner; an accepted step pays no prestige of its own.',
    encodes: 'China “needs strong allies to withstand American pressure”: the alliance is worth what it protects against.',
    cite: 'P5',
    source: 'game/rules/threat-pay.ts; round.ts scoreAlignment; effects.ts prestige',
  },
  {
    rule: 'Without a threat the ties loosen: at a round’s end each partner that is not threatened lets the highest track slip by 3, and an unthreatened China loses 1 prestige for each step it joins; an unthreatened partner scores 1 a round.',
    encodes: 'Beijing’s caution about a combative Russia, and problems with Washington “still deemed manageable”.',
    cite: 'P4',
    source: 'game/rules/round.ts upkeep, scoreAlignment; threat-pay.ts cooperationPays',
  },
  {
    rule: 'Driven together, an accepted step rises 1 more; no track rises by itself.',
    encodes: 'Dual pressure makes cooperation cheaper, but the partners still choose it.',
    cite: 'P16',
    source: 'game/rules/ops.ts stepGain',
  },
  {
    rule: 'Durable accommodation (3+ ops): hostility toward the target −3; the US withdraws from its sphere, the flashpoint aside, for good and may never pressure it again; it scores no prestige of its own.',
    encodes: 'Accommodation lowers hostility (ending “driven together”) and locks the sphere away.',
    cite: 'P16',
    source: 'game/rules/ops.ts accommodate',
  },
  {
    rule: 'Foster distrust (wedge) works only on a resentful Russia or when the pair is not driven together; otherwise it fails. It scores the US nothing.',
    encodes: 'Fostering distrust is naïve while the US threatens both.',
    cite: 'P16',
    source: 'game/rules/ops.ts wedgeFails',
  },
  {
    rule: 'Pressure raises hostility by 1, by 2 on the power the Eye of Sauron is focused on; the US may not accommodate the focused power.',
    encodes: 'Where Washington looks decides whom it pushes toward the other.',
    cite: 'P5',
    source: 'game/rules/ops.ts pressure, focus',
  },
  {
    rule: 'Export controls stall China’s own research but make joint Sino-Russian technology projects bigger.',
    encodes: 'Western technology denial pushes Beijing to Moscow on the weakest track.',
    cite: 'P9',
    source: 'game/rules/ops.ts exportControls, stepGain',
  },
  {
    rule: 'Resentment: when Russia’s Dependency exceeds its Standing its highest track decays by 1 a round and the wedge can work.',
    encodes: 'Junior-partner fear is the one crack in the pair.',
    cite: 'P14',
    source: 'game/rules/derived.ts resentful; round.ts upkeep',
  },
  {
    rule: 'From De facto alliance up, the partner’s forces join each crisis; crises in both theaters at once make the US split its one pool.',
    encodes: 'The alliance pays in war, and the US cannot fight two fronts.',
    cite: 'P13',
    source: 'game/rules/derived.ts partnerSupports; round.ts crisisStrength',
  },
];
