/**
 * Russia's tutorial: round 1 of 2019 as Russia, last to act, against a US and
 * a Chinese bot. China's bot proposes on each of its turns of round 1 (see
 * bots.ts), so the player answers proposals before each of their cards.
 * Each claim follows game/rules/ (tests/tutorial.test.ts checks the numbers).
 */
import type { Tutorial, TutorialStep } from './steps';
import { TUTORIAL_SCENARIO } from './steps';

const STEPS: readonly TutorialStep[] = [
  {
    id: 'welcome',
    title: 'You are Russia',
    text: 'It is 2019. The United States and China are played by bots; in this round the US moves first, then China, then you. Over six rounds the highest prestige wins. Russia scores for European regions it controls, for its Standing as a great power, for Crimea recognised in the spheres bargain, for crises won, and for how it stands with Washington. The Russia card on the board is yours.',
    quote: { cite: 'P3', text: 'Yet from the mid-2000s Russia’s relations with the US and its Western allies began to deteriorate' },
    highlight: [{ board: 'russia' }, { board: 'topBar' }],
    advance: { kind: 'next' },
  },
  {
    id: 'standing',
    title: 'Standing against Dependency',
    text: 'Your card weighs Dependency on China against Standing, 0–10 each; both start at 5. While Standing is at least level, you score 1 each round. Once Dependency is higher you are resentful: no Standing prestige, the pair’s highest track decays by 1 each round, and the US can foster distrust between you and China even while you are driven together. Every accepted Economic step raises Dependency by 1.',
    quote: { cite: 'P14', text: 'One frequently-heard objection to the possibility of a Sino-Russian alliance is that Russia would be a dependent and hence resentful partner.' },
    highlight: [{ board: 'russia' }],
    advance: { kind: 'next' },
  },
  {
    id: 'diplomacy',
    title: 'Great-power diplomacy',
    text: 'Your own answer to dependence is great-power diplomacy, a Political op only Russia has: Standing +1, or +2 with a card of 3+ ops. It keeps you a partner, not a junior one.',
    quote: { cite: 'P14', text: 'As long as Russia keeps a great-power mindset and wields nuclear weapons, it will not be junior to China politically.' },
    highlight: [{ board: 'russia' }, { panel: 'actions' }],
    advance: { kind: 'next' },
  },
  {
    id: 'europe',
    title: 'Europe and Ukraine',
    text: 'Your theater has five regions; you hold Crimea (the Black Sea coast). A power controls a region when its influence is at least the highest rival’s plus its stability. Ukraine (★) is the flashpoint: influence placed there raises European tension, and at 4 a crisis erupts there, your European forces (4) and influence against the whole US pool. Crimea and the Caucasus are in your sphere.',
    quote: { cite: 'P13', text: 'the US does not have the capacity to deal simultaneously with a resurgent Russia in Europe and the Chinese challenge in the Pacific' },
    highlight: [{ board: 'europe' }],
    advance: { kind: 'next' },
  },
  {
    id: 'answer1',
    title: 'China proposes: your answer',
    text: 'China spends a card to propose a cooperation step; you accept or decline at once, and its card is spent either way. Accepted, the track rises 1 (+1 with a 3+ ops card, +1 while both of you are threatened; at most 2). A step pays nobody prestige: it builds the alliance. But an Economic step also raises your Dependency by 1, past your Standing while they are level.',
    quote: { cite: 'P7', text: 'In the economic sphere, China is already Russia’s top trading partner' },
    highlight: [{ panel: 'actions' }, { board: 'cooperation' }, { board: 'russia' }],
    advance: { kind: 'answer', turn: 1 },
  },
  {
    id: 'play1',
    title: 'Play a card',
    text: 'Play a card for its event (your own or a neutral card) or for ops in one domain: diplomacy, influence, forces, or a proposal to China. A US or Chinese card played for ops fires its owner’s event too — the panel warns you.',
    quote: { cite: 'P14', text: 'Russia has been Europe’s resource periphery for centuries while acting politically as a great power.' },
    highlight: [{ panel: 'hand' }, { panel: 'actions' }],
    advance: { kind: 'play', turn: 1 },
  },
  {
    id: 'threat',
    title: 'The US threat, and calm',
    text: 'The US card shows its hostility toward you, 3 at the start: at 3 or more you are threatened (the Eye, on China, adds 1 to China’s threat, not yours). Threatened, you score 1 a round once the alliance is De facto (22+ on the tracks, every track 3+). Hostility eases by 1 at every round’s end: if the US does not renew it, you score 1 for calm instead, but the pair’s highest track slips by 3.',
    quote: { cite: 'P4', text: 'Post-Ukraine, Russia faced growing hostility and isolation from the West and pushed for closer ties with China.' },
    highlight: [{ board: 'us' }, { board: 'alignment' }],
    advance: { kind: 'watchUntilTurn', turn: 2 },
  },
  {
    id: 'answer2',
    title: 'A joint project',
    text: 'China proposes again. Technology is the pair’s weakest track, and a De facto alliance needs every track at 3+. Under US export controls a joint technology project rises 1 more. Accept or decline.',
    quote: { cite: 'P9', text: 'Technology is currently the weakest link in Sino-Russian cooperation.' },
    highlight: [{ panel: 'actions' }, { board: 'cooperation' }],
    advance: { kind: 'answer', turn: 2 },
  },
  {
    id: 'neutrality',
    title: 'Friendly neutrality',
    text: 'Your second card. The Pacific is China’s theater: if you push it into a crisis that China then loses, you pay China’s lost prestige. From De facto up, your forces in the Pacific add to China’s strength there, and China’s in Europe to yours.',
    quote: { cite: 'P10', text: 'Russia has tended to support China or display friendly neutrality' },
    highlight: [{ panel: 'actions' }, { board: 'pacific' }],
    advance: { kind: 'play', turn: 2 },
  },
  {
    id: 'answer3',
    title: 'The spheres bargain',
    text: 'China’s last proposal is the spheres bargain if its hand allows (a card of 2+ ops): Beijing recognises Crimea, Moscow endorses China’s sea claims. Accepted: you and China gain 2 prestige each, Political +1, and you +1 influence in Crimea.',
    quote: { cite: 'P11', text: 'Beijing would formally recognize Crimea as part of Russia' },
    highlight: [{ panel: 'actions' }, { board: 'europe' }],
    advance: { kind: 'answer', turn: 3 },
  },
  {
    id: 'play3',
    title: 'Your last card this round',
    text: 'You act last in this round. Mind the tension: forces deployed to Europe, influence at Ukraine and the exercises you propose raise European tension, and the power that pushes a theater to 4 answers for its crisis. Whoever pushes global tension to the Brink (5) loses at once.',
    quote: { cite: 'P3', text: 'culminating in the Ukraine crisis of 2014 and the US election meddling scandal' },
    highlight: [{ panel: 'actions' }, { board: 'topBar' }],
    advance: { kind: 'play', turn: 3 },
  },
  {
    id: 'upkeep',
    title: 'The end of the round',
    text: 'Crises resolve, then upkeep weighs your Dependency against your Standing: level or better, +1; resentful, the highest track decays. Regions score, and US hostility eases by 1. Watch your card and the log.',
    quote: { cite: 'P14', text: 'economic asymmetry is not equal to political subordination' },
    highlight: [{ board: 'russia' }, { panel: 'log' }],
    advance: { kind: 'watchRoundEnd' },
  },
  {
    id: 'done',
    title: 'That is a round as Russia',
    text: 'You have played a whole round. Play on to the end of this match, try the tutorial as China or the United States from the menu, or start your own game. How to play, in the top bar, has every rule and limit.',
    quote: { cite: 'P15', text: 'the return of great power politics which many admit is now happening may also revive the “old-fashioned” great power alliances between equals' },
    highlight: [],
    advance: { kind: 'finish' },
  },
];

export const RUSSIA_TUTORIAL: Tutorial = { power: 'russia', scenario: TUTORIAL_SCENARIO, seed: 'tutorial-2019-russia-5', steps: STEPS };
