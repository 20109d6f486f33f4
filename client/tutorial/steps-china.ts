/**
 * China's tutorial: round 1 of 2019 as China, second to act, against a US
 * and a Russian bot (Russia's bot accepts what China proposes in round 1).
 * Each claim follows game/rules/ (tests/tutorial.test.ts checks the numbers).
 */
import { DEFAULT_TUNING, TECH_MILESTONES } from '../../game';
import { listed } from '../ui/words';
import type { Tutorial, TutorialStep } from './steps';
import { TUTORIAL_SCENARIO } from './steps';

/** "3 pays 3 prestige, 5 pays 4 and 6 pays 4": the milestones as the rules' table has them. */
const MILESTONES = listed(TECH_MILESTONES.map((m, i) => `${m.level} pays ${DEFAULT_TUNING[m.worth]}${i === 0 ? ' prestige' : ''}`));

const STEPS: readonly TutorialStep[] = [
  {
    id: 'welcome',
    title: 'You are China',
    text: 'It is 2019. The United States and Russia are played by bots; in this round the US moves first, then you, then Russia. Over six rounds the highest prestige wins. China scores for Pacific regions it controls (the Taiwan Strait 2), for technology milestones, for the spheres bargain, for crises won, and for how it stands with Washington. The China card on the board is yours.',
    quote: { cite: 'P4', text: 'The Chinese leadership saw Russia as a useful counterforce to the domineering US' },
    highlight: [{ board: 'china' }, { board: 'topBar' }],
    advance: { kind: 'next' },
  },
  {
    id: 'technology',
    title: 'Technology and export controls',
    text: `Your technology runs 0–6 and starts at 2. Own research (a Technological op) raises it 1, or 2 with a card of 3+ ops; reaching ${MILESTONES}. The US may impose export controls for two rounds: your research then gains 1 less, and you feel the US threat 1 more — but a joint technology project with Russia rises 1 more.`,
    quote: { cite: 'P9', text: 'This can change as China is losing access to Western technology due to new restrictions.' },
    highlight: [{ board: 'china' }],
    advance: { kind: 'next' },
  },
  {
    id: 'pacific',
    title: 'The Pacific and Taiwan',
    text: 'Your theater has five regions. A power controls one when its influence is at least the highest rival’s plus the region’s stability. The Taiwan Strait (★) is the flashpoint: influence placed there raises Pacific tension, and at 4 a crisis erupts there: your Pacific forces and your influence there against the whole US pool and its influence. The South China Sea and the Senkaku/Diaoyu islands are in your sphere.',
    quote: { cite: 'P13', text: 'that is China invades Taiwan while Russia conducts a large-scale military operation in Europe' },
    highlight: [{ board: 'pacific' }],
    advance: { kind: 'next' },
  },
  {
    id: 'eye',
    title: 'The Eye of Sauron is on you',
    text: 'The US card shows its hostility toward you (3 at the start) and its focus, the Eye, on China. The threat you feel is hostility + 1 for the Eye (+1 more under export controls): 4 at the start. At 3 or more you are threatened. US pressure on the power it focuses on raises hostility by 2 instead of 1.',
    quote: { cite: 'P5', text: 'The metaphorical Eye of Sauron is now firmly on China.' },
    highlight: [{ board: 'us' }],
    advance: { kind: 'next' },
  },
  {
    id: 'caution',
    title: 'Beijing’s caution',
    text: 'Threatened, you score 1 a round once the alliance is De facto. Not threatened, you score 1 a round for calm relations instead, but each step you and Russia accept costs you 1 prestige, and at the round’s end the pair’s highest cooperation track slips by 3. US hostility eases by 1 every round unless Washington renews it.',
    quote: { cite: 'P4', text: 'Beijing was cautious in advancing its strategic bonds with Moscow' },
    highlight: [{ board: 'us' }, { board: 'cooperation' }],
    advance: { kind: 'next' },
  },
  {
    id: 'propose',
    title: 'Propose a cooperation step',
    text: 'Play a card for its event (your own or a neutral card) or for ops in one domain; a US or Russian card played for ops fires its owner’s event too. Propose a step on a track and Russia answers at once: accepted, the track rises 1 (+1 with a 3+ ops card, +1 while both of you are threatened; at most 2). A step pays nobody prestige: it builds the alliance.',
    quote: { cite: 'P6', text: 'a rapid enhancement of Sino-Russian cooperation in four crucial areas: economic, technologic, political and military' },
    highlight: [{ panel: 'hand' }, { panel: 'actions' }, { board: 'cooperation' }],
    advance: { kind: 'play', turn: 1 },
  },
  {
    id: 'answer',
    title: 'Russia answers; the ladder',
    text: 'Watch Russia’s answer in the log, then the US and Russia move. The tracks’ total sets the alignment: Quasi-alliance from 12, De facto from 22 with every track 3+. From De facto up, a partner’s forces join the other’s crises, and each threatened partner scores 1 a round.',
    quote: { cite: 'P5', text: 'it needs strong allies to withstand American pressure. Russia is the only available option.' },
    highlight: [{ panel: 'log' }, { board: 'alignment' }],
    advance: { kind: 'watchUntilTurn', turn: 2 },
  },
  {
    id: 'bargain',
    title: 'The spheres bargain',
    text: 'With Political cooperation 4+ you may propose the spheres bargain (a Political op, 2+ ops, once): Beijing recognises Crimea and Moscow endorses your sea claims. Accepted: you and Russia gain 2 prestige each, Political +1, and you +1 influence in the South China Sea and the Senkaku/Diaoyu islands. Play your second card — the bargain, research or the Pacific.',
    quote: { cite: 'P11', text: 'Moscow could endorse Chinese sovereignty claims in the South China Sea and over the Senkaku/Diaoyu islands' },
    highlight: [{ panel: 'actions' }, { board: 'pacific' }],
    advance: { kind: 'play', turn: 2 },
  },
  {
    id: 'treaty',
    title: 'The treaty is far off',
    text: 'A mutual-defence treaty makes a De jure alliance and pays you and Russia 3 prestige once, at signing. It needs a De facto alliance and Political and Military cooperation 7+ each (they are 4 now) and a card of 2+ ops; while none is signed, the US scores 1 every round.',
    quote: { cite: 'P12', text: 'In the near term, Russia and China are unlikely to adopt legally binding mutual defense obligations à la NATO’s Article 5.' },
    highlight: [{ board: 'alignment' }],
    advance: { kind: 'watchUntilTurn', turn: 3 },
  },
  {
    id: 'play3',
    title: 'Your last card this round',
    text: 'Mind the tension: deploying forces or placing influence at the Taiwan Strait raises Pacific tension, and the power that pushes a theater to 4 answers for its crisis. Global tension runs from Détente (1) to Brink (5): whoever pushes it to 5 loses at once.',
    quote: { cite: 'P13', text: 'the US does not have the capacity to deal simultaneously with a resurgent Russia in Europe and the Chinese challenge in the Pacific' },
    highlight: [{ panel: 'actions' }, { board: 'topBar' }],
    advance: { kind: 'play', turn: 3 },
  },
  {
    id: 'upkeep',
    title: 'The end of the round',
    text: 'Crises resolve, then upkeep: a partner not threatened lets the highest track slip by 3, regions score, threatened partners score their alliance from De facto up, unthreatened ones score 1 for calm, and US hostility eases by 1. Watch the log.',
    quote: { cite: 'P4', text: 'Although China had its problems with the US, they were still deemed manageable' },
    highlight: [{ board: 'us' }, { panel: 'log' }],
    advance: { kind: 'watchRoundEnd' },
  },
  {
    id: 'done',
    title: 'That is a round as China',
    text: 'You have played a whole round. Play on to the end of this match, try the tutorial as Russia or the United States from the menu, or start your own game. How to play, in the top bar, has every rule and limit.',
    quote: { cite: 'P5', text: 'Beijing will either have to capitulate to the US or take a stand.' },
    highlight: [],
    advance: { kind: 'finish' },
  },
];

export const CHINA_TUTORIAL: Tutorial = { power: 'china', scenario: TUTORIAL_SCENARIO, seed: 'tutorial-2019-china-5', steps: STEPS };
