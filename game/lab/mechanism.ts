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
    rule: 'Driven together: while US hostility is 3+ toward both China and Russia, accepted cooperation steps are bigger (+1) and at each round’s end the weakest track rises by 1 on its own.',
    encodes: 'The balance-of-power law: dual pressure makes cooperation cheaper and deepens the alignment.',
    cite: 'P16',
    source: 'game/rules/derived.ts drivenTogether; ops.ts stepGain; round.ts upkeep',
  },
  {
    rule: 'Durable accommodation (3+ ops): hostility toward the target −3; the US withdraws from its sphere for good and may never pressure it again; US +2 prestige.',
    encodes: 'Accommodation lowers hostility (ending “driven together”) and locks the sphere away.',
    cite: 'P16',
    source: 'game/rules/ops.ts accommodate',
  },
  {
    rule: 'Foster distrust (wedge) works only on a resentful Russia or when the pair is not driven together; otherwise it fails.',
    encodes: 'Fostering distrust is naïve while the US threatens both.',
    cite: 'P16',
    source: 'game/rules/ops.ts wedgeFails',
  },
  {
    rule: 'The US scores 1 prestige each round it is not hostile to both, and 1 each round the treaty is unsigned.',
    encodes: 'Easing the pressure is rewarded, and the treaty is the “true alliance” the US must avoid.',
    cite: 'P16',
    source: 'game/rules/round.ts upkeep (alignment income)',
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
