/**
 * The tutorials: a guided first round of 2019 "Eye of Sauron" as one power
 * against two bots. Typed data: each step teaches one idea, quotes the article
 * paragraph it comes from (tests check every quote is in docs/article.md),
 * points at a part of the board or the panel, and says what moves it on.
 * This file holds the model and the United States' tutorial; China's and
 * Russia's are in steps-china.ts and steps-russia.ts.
 */
import type { Paragraph, Power } from '../../game';
import type { CardId as BoardCard } from '../board/layout';

/** A part of the Phaser board (its layout boxes) or of the HTML panel. */
export type Highlight =
  | { readonly board: 'topBar' | 'pacific' | 'europe' | BoardCard }
  | { readonly panel: 'status' | 'hand' | 'actions' | 'log' };

/** What moves the tutorial to the next step; "the player" is the tutorial's power. */
export type Advance =
  /** The player reads and presses Next. */
  | { readonly kind: 'next' }
  /** The player plays their card of this turn (1–3) of round 1. */
  | { readonly kind: 'play'; readonly turn: 1 | 2 | 3 }
  /** The player answers the partner's proposal of this turn of round 1 (or the partner makes none). */
  | { readonly kind: 'answer'; readonly turn: 1 | 2 | 3 }
  /** The bots play until the player is first to act in this turn (a play, or an answer to a proposal). */
  | { readonly kind: 'watchUntilTurn'; readonly turn: 2 | 3 }
  /** The round ends (crises and upkeep), or the match does. */
  | { readonly kind: 'watchRoundEnd' }
  /** The last step: done. */
  | { readonly kind: 'finish' };

export interface Quote {
  readonly cite: Paragraph;
  /** Word for word from the paragraph. */
  readonly text: string;
}

export interface TutorialStep {
  readonly id: string;
  readonly title: string;
  /** What to look at or do, in plain sentences. */
  readonly text: string;
  readonly quote: Quote;
  readonly highlight: readonly Highlight[];
  readonly advance: Advance;
}

export const TUTORIAL_SCENARIO = '2019' as const;

/** One tutorial: the power the player takes, its fixed deal, and its steps. */
export interface Tutorial {
  readonly power: Power;
  readonly scenario: typeof TUTORIAL_SCENARIO;
  /** The same deal every time: the guide's words fit the cards a newcomer sees. */
  readonly seed: string;
  readonly steps: readonly TutorialStep[];
}

const STEPS: readonly TutorialStep[] = [
  {
    id: 'welcome',
    title: 'You are the United States',
    text: 'It is 2019. China and Russia are played by bots. Over six rounds each power plays cards to gain prestige; the highest prestige wins. This guide walks you through the first round. The top bar shows the round, whose turn it is, global tension and prestige.',
    quote: { cite: 'P5', text: 'The metaphorical Eye of Sauron is now firmly on China.' },
    highlight: [{ board: 'topBar' }],
    advance: { kind: 'next' },
  },
  {
    id: 'event',
    title: 'The world moves first',
    text: 'Each round opens with a world event that touches everyone. This round’s event is in the status box, with the paragraph it comes from.',
    quote: { cite: 'P3', text: 'Yet from the mid-2000s Russia’s relations with the US and its Western allies began to deteriorate' },
    highlight: [{ panel: 'status' }],
    advance: { kind: 'next' },
  },
  {
    id: 'tracks',
    title: 'Four tracks of cooperation',
    text: 'Moscow and Beijing cooperate on four tracks, each 0–10: Economic, Technological, Political and Military. Technology starts lowest. Only China and Russia raise them by choice — but your pressure can drive them up anyway.',
    quote: { cite: 'P6', text: 'a rapid enhancement of Sino-Russian cooperation in four crucial areas: economic, technologic, political and military' },
    highlight: [{ board: 'cooperation' }],
    advance: { kind: 'next' },
  },
  {
    id: 'alignment',
    title: 'The alignment ladder',
    text: 'The tracks’ total sets how close the two are, rung by rung: Strategic Partnership, Quasi-alliance, De facto alliance; a signed treaty makes a De jure alliance. You score 1 each round the treaty stays unsigned. From De facto up, each partner you threaten scores 1 a round; signing the treaty pays each 3.',
    quote: { cite: 'P2', text: 'The contemporary quasi-alliance between Moscow and Beijing is already more than two decades old.' },
    highlight: [{ board: 'alignment' }],
    advance: { kind: 'next' },
  },
  {
    id: 'hand',
    title: 'Your hand',
    text: 'Each card has an ops value (the number, 1–4), an affinity (whose card it is), a domain and an event. Every card is a piece of the article: its source is on the card.',
    quote: { cite: 'P7', text: 'Two bridges across the Amur River symbolise Russia’s growing closeness to China.' },
    highlight: [{ panel: 'hand' }],
    advance: { kind: 'next' },
  },
  {
    id: 'play1',
    title: 'Play a card: event or ops',
    text: 'Choose a card, then an action in Actions. Play your own or a neutral card for its event, or any card for its ops in one domain: influence in a region, pressure, sanctions, forces. A China or Russia card played for ops fires their event too — the panel warns you. A safe start: influence where the line under the action says “US takes …”, since a region held scores every round.',
    quote: { cite: 'P16', text: 'a recent Pentagon-commissioned white paper suggests the US should “foster distrust and unease between the Russian Federation and China.”' },
    highlight: [{ panel: 'hand' }, { panel: 'actions' }],
    advance: { kind: 'play', turn: 1 },
  },
  {
    id: 'proposal',
    title: 'Proposals and the partner’s answer',
    text: `Now watch China and Russia. They raise a track by a proposal: the proposer spends a card, and the partner accepts or declines at once. Accepting raises the track. A step pays nobody prestige of its own: the alliance it builds pays a partner only while the US threatens it, so your pressure is their reason to climb. Follow it in the log and on the tracks.`,
    quote: { cite: 'P12', text: 'the military cooperation between Moscow and Beijing, including arms purchases, joint exercises and strategic consultations, has been steadily increasing in scope, scale and complexity' },
    highlight: [{ panel: 'log' }, { board: 'cooperation' }],
    advance: { kind: 'watchUntilTurn', turn: 2 },
  },
  {
    id: 'hostility',
    title: 'Pressure drives them together',
    text: 'The US card shows your hostility toward each partner (0–5) and your focus, the “Eye”. Pressure and sanctions raise hostility. At 3 or more toward both — where you start — the two are driven together: each step they accept rises 1 more.',
    quote: { cite: 'P16', text: 'Russia and China are being driven toward an alliance by the most elementary law of international politics: that of the balance of power.' },
    highlight: [{ board: 'us' }],
    advance: { kind: 'next' },
  },
  {
    id: 'easing',
    title: 'Easing off',
    text: 'A threat fades unless you renew it: hostility eases by 1 at every round’s end. Durable accommodation (a card of 3+ ops) cuts hostility toward one partner by 3. Play your second card.',
    quote: { cite: 'P16', text: 'The only way to prevent this is for the US to reach durable accommodation with Russia or China, or both.' },
    highlight: [{ board: 'us' }, { panel: 'actions' }],
    advance: { kind: 'play', turn: 2 },
  },
  {
    id: 'tension',
    title: 'Tension and the Brink',
    text: 'Each theater has a tension gauge; at its threshold a crisis erupts at the flashpoint (★). Global tension runs from Détente (1) to Brink (5): the power whose action pushes it to 5 loses at once. Crises in both theaters split your forces.',
    quote: { cite: 'P13', text: 'the US does not have the capacity to deal simultaneously with a resurgent Russia in Europe and the Chinese challenge in the Pacific' },
    highlight: [{ board: 'topBar' }, { board: 'pacific' }, { board: 'europe' }],
    advance: { kind: 'watchUntilTurn', turn: 3 },
  },
  {
    id: 'play3',
    title: 'Your last card this round',
    text: 'Play your third card. Mind the tension: an action that pushes a theater to its threshold makes the crisis yours, and pushing global tension to the Brink loses the match.',
    quote: { cite: 'P13', text: 'The Sino-Russian axis is already beginning to seriously complicate American military planning.' },
    highlight: [{ panel: 'actions' }, { board: 'topBar' }],
    advance: { kind: 'play', turn: 3 },
  },
  {
    id: 'upkeep',
    title: 'The end of the round',
    text: 'When all have played three cards, crises resolve and upkeep follows: alignment is recomputed, regions score, and Russia’s Dependency is weighed against its Standing — a Russia that feels junior cools on the alliance.',
    quote: { cite: 'P14', text: 'As long as Russia keeps a great-power mindset and wields nuclear weapons, it will not be junior to China politically.' },
    highlight: [{ board: 'russia' }, { panel: 'log' }],
    advance: { kind: 'watchRoundEnd' },
  },
  {
    id: 'done',
    title: 'That is a round',
    text: 'You have played a whole round. Play on to the end of this match, or start your own from the menu. How to play, in the top bar, has every rule and limit; the full reference gives each rule’s source paragraph.',
    quote: { cite: 'P1', text: 'could mark the return of the “old-fashioned” great power alliances between equals' },
    highlight: [],
    advance: { kind: 'finish' },
  },
];

export const US_TUTORIAL: Tutorial = { power: 'us', scenario: TUTORIAL_SCENARIO, seed: 'tutorial-2019', steps: STEPS };
