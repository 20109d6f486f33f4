/**
 * "How to play" (#/help): the rules written for a player, in the order a
 * first game needs them. Every number is read from the rules (game/index.ts); the
 * developers' document (docs/rules.md) stays reachable as the full reference.
 */
import {
  ALIGNMENT_NAMES, ALIGNMENT_THRESHOLDS, BOARD, CARDS, BRINK, DEFAULT_TUNING as T, CRISIS_THRESHOLD, DEFACTO_MIN_TRACK, derived, DOMAIN_NAMES, DOMAINS,
  FLASHPOINT, MAX_CHINA_TECH, MAX_FORCES, MAX_HOSTILITY, MAX_INFLUENCE, MAX_METER, MAX_THEATER_TENSION, MAX_TRACK, MAX_US_POOL, POWER_NAMES, SCENARIO_DATA, SCENARIOS, TENSION_NAMES,
  regionsOf, THEATER_NAMES, TREATY_MIN,
} from '../../game';
import { h } from '../ui/dom';
import { forceCount } from '../ui/words';

type Block = HTMLElement | string;
const section = (id: string, title: string, ...body: Block[]): HTMLElement => h('section', { id: `help-${id}`, 'aria-labelledby': `help-${id}-h` }, h('h2', { id: `help-${id}-h` }, title), ...body);
const p = (...c: (string | HTMLElement)[]): HTMLElement => h('p', {}, ...c);
const ul = (items: (string | HTMLElement)[]): HTMLElement => h('ul', {}, items.map((i) => h('li', {}, i)));
const b = (t: string): HTMLElement => h('strong', {}, t);

export function helpContents(): HTMLElement {
  const cap = { influence: MAX_INFLUENCE, forces: MAX_FORCES, usPool: MAX_US_POOL };
  const tension = TENSION_NAMES.slice(1).map((n, i) => `${i + 1} ${n}`).join(', ');
  const ops = CARDS.map((c) => c.ops);
  const opsRange = `${Math.min(...ops)}–${Math.max(...ops)}`;
  const rounds = SCENARIOS.map((s) => `${SCENARIO_DATA[s].startYear} “${SCENARIO_DATA[s].title}”: ${SCENARIO_DATA[s].rounds} rounds`).join('; ');
  return h('article', { class: 'help' },
    h('h1', {}, 'How to play Multipolar'),
    p('Three powers — the ', b('United States'), ', ', b('China'), ' and ', b('Russia'), ' — play cards for prestige while Moscow and Beijing decide how close to draw. The game follows Artyom Lukin’s article, ',
      h('a', { href: '#/article' }, '“The Implications of a True Russia-China Alliance”'), '; the paragraph behind each card and rule is given as P1, P2 …'),
    h('nav', { 'aria-label': 'On this page', class: 'help-toc' }, ul([
      ['goal', 'The goal'], ['turn', 'A turn'], ['proposals', 'Proposals'], ['control', 'Regions and control'], ['limits', 'Limits'],
      ['crises', 'Crises'], ['brink', 'The Brink'], ['alliance', 'The alliance ladder and the treaty'], ['choice', 'The US’s choice'], ['end', 'The end, and ties'], ['screen', 'On screen'], ['words', 'Words'],
    ].map(([id, t]) => h('a', { href: `#help-${id}`, 'data-anchor': `help-${id}` }, t as string)))),

    section('goal', 'The goal',
      p(`The highest prestige after the last round wins (${rounds}; a round is two years). Each power scores differently:`),
      ul([
        h('span', {}, b(`${POWER_NAMES.us}: `), `every region it controls, anywhere (1 each); ${T.noTreatyPrestige} each round Moscow and Beijing have not signed the treaty; crises won. ${T.accommodationPrestige ? `${T.accommodationPrestige} for a durable accommodation with one of them. ` : 'A durable accommodation scores nothing of its own: it pays in the alliance it holds back. '}Pressure and sanctions score nothing for the US: they cost their target prestige and raise US hostility, which drives Moscow and Beijing together.`),
        h('span', {}, b(`${POWER_NAMES.china}: `), `Pacific regions it controls (the Taiwan Strait counts double); technology milestones (its technology runs 0–${MAX_CHINA_TECH}); ${T.alliancePrestige} a round from De facto alliance up while the US threatens China; ${T.calmPrestige} a round while it does not (relations still manageable); the spheres bargain; crises won. An accepted step costs a China the US does not threaten ${T.chinaCaution} (Beijing’s caution).`),
        h('span', {}, b(`${POWER_NAMES.russia}: `), `Europe regions it controls; ${T.standingPrestige} each round its Standing is at least level with its Dependency on China; ${T.alliancePrestige} a round from De facto alliance up while the US threatens Russia; ${T.calmPrestige} a round while it does not; Crimea recognised in the spheres bargain; crises won.`),
      ])),

    section('turn', 'A turn',
      p('A round opens with a ', b('world event'), ' that touches everyone. Then each power takes three turns, in the order shown in the status box (China and Russia take turns to act last). On a turn you play ', b('one card'), ' from your hand of five, in one of two ways:'),
      ul([
        h('span', {}, b('For its event'), ' — if the card is yours or neutral (some events need a condition; the button says why when it cannot be played).'),
        h('span', {}, b('For ops'), ` — the card’s number (${opsRange}) spent on one operation: influence in a region, a cooperation proposal, pressure, sanctions, forces, research and so on. A rival’s card played for ops `, b('also fires the rival’s event'), ', for the rival.'),
      ]),
      p('Choose a card in your hand; the Actions list shows what it can do, its event first, then its ops grouped under headings. Each button says what it does; those not possible now are folded away with the reason. On a phone the influence groups are folded too, each naming its regions: tap one to open it. ', b('Nothing is played by clicking the map'), ': a click there only shows a region and what your card can do in it.'),
      p(b('The forecast: '), 'the line under each button says what it will do, worked out by the rules — “US hostility to CN 3→5 · China −1 prestige · Pacific tension 3→4” reads: US hostility toward China goes from 3 to 5, China loses a point of prestige, Pacific tension goes from 3 to 4. Focus or hover over the button (on a touch screen, tap “More” beside the line) for the whole forecast: what depends on the partner’s answer or on the next world event, and any crisis it sets off. An action that cannot succeed, ends the game at the Brink or gives something up for good says so in yellow and is always confirmed; a card in your hand every play of which ends the game at the Brink with you the loser says so on the card.')),

    section('proposals', 'Proposals',
      p('China and Russia raise their cooperation tracks (', DOMAINS.map((d) => DOMAIN_NAMES[d]).join(', '), ') by ', b('proposing'), ' a step to each other. The partner accepts or declines at once; accepted, the track rises (a cooperation card’s prestige pays a partner only while the US threatens it). The proposer’s card is spent either way. The spheres bargain and the mutual-defence treaty are proposals too.'),
      p(b('What a partner weighs in answering:')),
      ul([
        `the alliance’s ${T.alliancePrestige} a round (from De facto up) pays a partner only while the US threatens it, and an unthreatened partner’s highest track slips ${T.calmDecay} a round anyway;`,
        `an accepted step costs a China the US leaves alone ${T.chinaCaution} prestige (Beijing’s caution);`,
        'an Economic step raises Russia’s Dependency by 1, toward resentment and the loss of its Standing point;',
        'a Military step raises tension in the proposer’s theater.',
      ]),
      p(`So a partner the US does not threaten has little reason to say yes, and a threatened one much (the treaty pays ${T.treatyPrestige} each once, threatened or not). Before you propose, the forecast says what accepting would do; in a game on this device, a bot’s answer comes with its reasons in the log (“why?”).`)),

    section('control', 'Regions and control',
      p(`Each theater — the ${THEATER_NAMES.pacific} and ${THEATER_NAMES.europe} — has ${regionsOf('pacific').length} regions, each with a stability number. A power `, b('controls'), ' a region when its influence there is at least the highest rival’s ', b('plus the stability'), '. Influence placed where a rival is in control counts one less.'),
      p(`Each theater has a flashpoint (★): ${BOARD[FLASHPOINT.pacific].name} and ${BOARD[FLASHPOINT.europe].name}. Influence there raises the theater’s tension.`)),

    section('limits', 'Limits',
      h('table', { class: 'help-limits' },
        h('tbody', {},
          [
            ['Influence per power per region', `at most ${cap.influence}`],
            ['Cooperation tracks', `0–${MAX_TRACK} each`],
            ['US hostility toward China, toward Russia', `0–${MAX_HOSTILITY} each (hostile at ${derived.HOSTILE}+)`],
            ['Russia’s Dependency and Standing', `0–${MAX_METER} each`],
            ['China’s technology', `0–${MAX_CHINA_TECH}`],
            ['Forces: China and Russia, per theater', `at most ${cap.forces}`],
            ['Forces: the US global pool', `at most ${cap.usPool}`],
            ['Theater tension', `0–${MAX_THEATER_TENSION}; a crisis erupts at ${CRISIS_THRESHOLD}`],
            ['Global tension', tension],
          ].map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k as string), h('td', {}, v as string))))),
      h('p', { class: 'warn' }, `Because influence stops at ${cap.influence}, a region where two powers both hold ${cap.influence} can never be controlled again by anyone: the leader would need ${cap.influence} plus the stability.`)),

    section('crises', 'Crises',
      p(`After the action turns, each theater at tension ${CRISIS_THRESHOLD}+ erupts at its flashpoint: the US against China in the Pacific, against Russia in Europe. `, b('Strength'), ` = forces in the theater (the US: its whole pool) + influence at the flashpoint + from De facto alliance up, the partner’s forces in that theater. The stronger side gains prestige and influence at the flashpoint; the loser loses prestige (but if the other partner pushed the theater into the crisis, that partner pays); win or lose, the US pool loses ${forceCount(T.usCrisisWear)} and the challenger ${forceCount(T.challengerCrisisWear)} in the theater; the theater calms and global tension rises, charged to whoever pushed the theater over the threshold.`),
      p(b('Two fronts: '), 'when both theaters erupt at once, the US first splits its pool between them — it cannot be strong everywhere (P13).'),
      p('The round summary shows each crisis, with both sides’ strengths and what decided it.')),

    section('brink', 'The Brink',
      h('p', { class: 'warn' }, b(`Whoever pushes global tension to ${BRINK} (${TENSION_NAMES[BRINK]}) loses at once`), ' — great-power war is a loss for whoever starts it (P13) — and the higher of the other two on prestige wins. World events and end-of-round drift never push it there: only a player’s action can.')),

    section('alliance', 'The alliance ladder and the treaty',
      p('The sum of the four cooperation tracks sets how close Moscow and Beijing are:'),
      ul([
        `${ALIGNMENT_NAMES.partnership}: below ${ALIGNMENT_THRESHOLDS.quasi}.`,
        `${ALIGNMENT_NAMES.quasi}: total ${ALIGNMENT_THRESHOLDS.quasi}+.`,
        `${ALIGNMENT_NAMES.defacto}: total ${ALIGNMENT_THRESHOLDS.defacto}+ and every track ${DEFACTO_MIN_TRACK}+. From here the partners score each round, and stand together in crises.`,
        `${ALIGNMENT_NAMES.dejure}: the mutual-defence treaty, proposed and accepted, which needs a De facto alliance and Political and Military cooperation ${TREATY_MIN}+. It pays both partners once, and ends the US point for “no treaty”.`,
      ]),
      p(`A partner is `, b('threatened'), ` when the US threat toward it reaches ${T.hostileAt}: US hostility, +${T.focusThreat} for the partner under the focus (the “Eye of Sauron”), +${T.controlsThreat} for China under export controls. Both threatened, they are `, b('driven together'), `: their accepted steps rise ${T.drivenStepBonus} more. A threat fades unless renewed: US hostility toward each eases by ${T.hostilityEase} every round’s end. A partner not threatened lets its highest track slip by ${T.calmDecay} each round. When Russia’s Dependency exceeds its Standing, Russia is resentful: its highest track decays, and US wedge actions can work.`)),

    section('choice', 'The US’s choice: pressure or accommodation',
      p('The game turns on what the US does about the pair (P16: pressure on both drives them together; only a durable accommodation can stop it). Its four operations toward them:'),
      ul([
        h('span', {}, b('Pressure'), ' (Political): US hostility toward the target +1 (+1 more on the partner under the focus), the target −1 prestige, and its theater’s tension +1. It scores nothing for the US.'),
        h('span', {}, b('Sanctions'), ' (Economic): hostility +1, the target −1 prestige (−2 with 3+ ops), 1 less once Economic cooperation is 6+ (de-dollarised trade). Nothing for the US either.'),
        h('span', {}, b('Durable accommodation'), ` (Political, 3+ ops): hostility toward the target −${T.accommodationCut}; the US leaves that partner’s sphere for good (its flashpoint stays contested) and may never pressure or sanction it again. ${T.accommodationPrestige ? `The US scores ${T.accommodationPrestige}.` : 'No prestige of its own: it pays in the alliance it holds back.'} A partner it leaves no longer threatened scores its calm income instead of the alliance’s, and the pair’s highest track slips at each round’s end.`),
        h('span', {}, b('Foster distrust'), ' (Political, 2+ ops): cuts the pair’s highest cooperation track and raises Russia’s Dependency, but only on a resentful Russia or when the pair is not driven together; otherwise it fails.'),
      ]),
      p('So pressure on both keeps the pair driven together and scoring their alliance; easing off one of them, or accommodating it, lets their cooperation slip.')),

    section('end', 'The end, and ties',
      p('After the last round the highest prestige wins.'),
      h('p', { class: 'warn' }, b('Ties go to the power that started fewer crises'), ' — pushing a theater over the threshold can cost you a tied game — then by the tie order drawn with the deal (the log shows it at the start).')),

    section('screen', 'On screen',
      ul([
        'The map: each region’s badge shows every power’s influence; a coloured region is controlled. A click shows a region and what your card can do there.',
        'The cards beside the map (on a small phone, under Tracks) are the meters: cooperation, the alignment ladder, US hostility, Russia’s Standing and China’s technology. Hover over one or tap it for what it means and what moves it, with its numbers now; each theater’s header (tension and forces) and global tension explain themselves the same way.',
        'When a theater’s tension is at the crisis threshold, the status box warns of the crisis due at the round’s end: who fights, each side’s strength as things stand, and who is charged with the rise in global tension.',
        'After each move, what changed is ringed on the board for a moment. When it is your turn again, the status box lists what the others did since your last move (the log keeps every line).',
        h('span', {}, b('The round summary'), ', over the map at the end of each round, says where every point came from: the world event, each crisis, what the round’s end scored (regions, the alliance or its absence, calm with Washington, Standing, resentment) and each power’s gain by source. Dismiss it with its button; with nobody at this screen to act it passes on by itself.'),
        'Each power’s prestige in the status box shows its sources so far on hover, focus or tap; the log has a line for every change of prestige, with its number.',
        '“Confirm every play” asks before a play is sent (it starts on for your first three games; a play that cannot succeed, is permanent or ends at the Brink is always asked); “Bot speed” sets how fast the bots on this device move.',
        '“Board as text”, below the board, lists everything for screen readers; every action is a button, and ↑ ↓ move between them.',
      ])),

    section('words', 'Words',
      p('The game’s words, in one place (each is explained where the rules use it, above):'),
      h('dl', { class: 'help-words' }, ([
        ['Ops', `a card’s number (${opsRange}): what an operation played with it is worth — influence placed, the size of a step, forces deployed.`],
        ['Prestige', 'the score. The highest after the last round wins.'],
        ['Control', 'influence at least the highest rival’s plus the region’s stability; a controlled region scores at each round’s end.'],
        ['Tension', `each theater’s (0–${MAX_THEATER_TENSION}; a crisis at ${CRISIS_THRESHOLD}) and the world’s (global tension, 1–${BRINK}).`],
        ['Crisis', 'the US against the theater’s partner at its flashpoint, after the round’s action turns; the stronger side wins.'],
        ['The Brink', `global tension ${BRINK}: whoever pushes it there loses at once.`],
        ['Focus (Eye of Sauron)', `the partner the US concentrates on: +${T.focusThreat} to the threat it feels, and pressure on it raises hostility more (P5).`],
        ['Hostility, threat, threatened', `US hostility toward each partner (0–${MAX_HOSTILITY}); the threat adds the focus and export controls; at ${T.hostileAt}+ the partner is threatened.`],
        ['Driven together', `both partners threatened at once: their accepted steps rise ${T.drivenStepBonus} more, and the wedge fails (P16).`],
        ['Cooperation tracks', `${DOMAINS.map((d) => DOMAIN_NAMES[d]).join(', ')}: how far Moscow and Beijing work together; their total sets the alignment.`],
        ['Alignment', `the ladder from ${ALIGNMENT_NAMES.partnership} to ${ALIGNMENT_NAMES.quasi}, ${ALIGNMENT_NAMES.defacto} and the treaty (${ALIGNMENT_NAMES.dejure}).`],
        ['Dependency, Standing', 'Russia’s reliance on China and its weight of its own (P14); Standing below Dependency leaves Russia resentful, and open to the wedge.'],
        ['Friendly neutrality', 'a partner that pushes the other’s theater into a crisis the other loses pays that crisis’s prestige (P10).'],
        ['Export controls', 'a US measure for two rounds: China’s research gains 1 less and it feels the threat more, but the partners’ joint technology gains (P9).'],
        ['Durable accommodation', 'the US leaves one partner’s sphere for good and eases its hostility; it may never pressure or sanction that partner again (P16).'],
        ['Spheres bargain', 'a proposal between the partners: each recognises the other’s claims (Crimea, the seas), and both score (P11).'],
      ] as const).flatMap(([term, what]) => [h('dt', {}, term), h('dd', {}, what)]))),

    h('p', { class: 'help-more' }, h('a', { href: '#/rules', id: 'rules-reference' }, 'Full rules reference'), ' (every number and the reasons behind the design) · ', h('a', { href: '#/article' }, 'The source article')),
  );
}
