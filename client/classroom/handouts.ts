/**
 * Role briefs (#/classroom/handouts): a printable page per power, generated
 * from the game's own sources so it never disagrees with them: how the power
 * scores and its special actions are the rows of docs/rules.md's tables that
 * name it, its cards are the cards whose event favours it, and the
 * paragraphs to read are quoted from docs/article.md. Only the aims (the
 * question each role asks) are written here, for the classroom.
 */
import { card as cardOf, CARDS, POWER_NAMES, POWERS } from '../../game';
import type { Paragraph, Power } from '../../game';
import articleText from '../../docs/article.md?raw';
import rulesText from '../../docs/rules.md?raw';
import { h } from '../ui/dom';

interface Role {
  /** What the role wants, in a sentence or two a student can hold on to. */
  readonly aims: string;
  /** The article's paragraphs this role reads before the lesson. */
  readonly read: readonly Paragraph[];
}

const ROLES: Readonly<Record<Power, Role>> = {
  us: {
    aims: 'Keep Moscow and Beijing from becoming a true alliance while holding your regions in the Pacific and in Europe. Pressure works, but pressure on both at once drives them together: choose where to look (the focus) and when to ease off.',
    read: ['P5', 'P13', 'P15', 'P16'],
  },
  china: {
    aims: 'Rise without being cornered: build technology and Pacific influence, and draw Russia close enough to stand with you, while Russia’s growing dependence on you becomes your leverage rather than its grievance.',
    read: ['P4', 'P5', 'P9', 'P14'],
  },
  russia: {
    aims: 'Gain from the partnership without becoming the junior partner: keep your Standing ahead of your Dependency on China, hold your regions in Europe, and decide how far towards a true alliance you want to go.',
    read: ['P3', 'P7', 'P11', 'P14'],
  },
};

/** Plain text of a Markdown cell: emphasis, code and links dropped to their words. */
const plain = (md: string) => md.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/[*`_]/g, '').trim();

/** The rows of the Markdown table under `heading` in `doc`, as cells. */
function tableRows(doc: string, heading: string): string[][] {
  const at = doc.indexOf(`\n## ${heading}`);
  if (at < 0) return [];
  const rows: string[][] = [];
  for (const line of doc.slice(at).split('\n').slice(2)) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('|') || /^\|[-| ]+\|$/.test(line)) continue;
    rows.push(line.split('|').slice(1, -1).map(plain));
  }
  return rows.slice(1); // the header row
}

/** Article paragraphs by id: `**P7.** text`. */
function paragraphs(doc: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.matchAll(/^\*\*(P\d+)\.\*\*\s*(.+)$/gm)) out.set(m[1]!, m[2]!);
  return out;
}

export interface Handout {
  readonly power: Power;
  readonly aims: string;
  readonly scoring: string;
  readonly actions: readonly { readonly domain: string; readonly name: string; readonly effect: string }[];
  readonly cards: readonly { readonly title: string; readonly ops: number; readonly note: string; readonly cite: Paragraph }[];
  readonly reading: readonly { readonly id: Paragraph; readonly text: string }[];
  /** The guided first round as this power (the home page's Tutorials). */
  readonly tutorial: string;
}

/** Each power's tutorial route: the United States' is the plain #/tutorial. */
const TUTORIAL_ROUTE: Readonly<Record<Power, string>> = { us: '#/tutorial', china: '#/tutorial/china', russia: '#/tutorial/russia' };

export function handouts(rules = rulesText, article = articleText): Handout[] {
  const scoring = tableRows(rules, 'The powers and how they win');
  const ops = tableRows(rules, 'Operations');
  const text = paragraphs(article);
  return POWERS.map((power) => {
    const name = POWER_NAMES[power];
    const short = power === 'us' ? 'US' : name;
    const mine = (who: string) => who.split(/,\s*/).some((w) => w === short || w.startsWith(`${short} `) || w === name);
    return {
      power,
      aims: ROLES[power].aims,
      scoring: scoring.find((r) => r[0] === name)?.[2] ?? '',
      actions: ops.filter((r) => mine(r[2] ?? '')).map((r) => ({ domain: r[0]!, name: r[1]!, effect: r[3]! })),
      cards: CARDS.filter((c) => c.affinity === power).map((c) => cardOf(c.id)).map((c) => ({ title: c.title, ops: c.ops, note: c.note, cite: c.cite })),
      reading: ROLES[power].read.map((id) => ({ id, text: text.get(id) ?? '' })),
      tutorial: TUTORIAL_ROUTE[power],
    };
  });
}

function page(x: Handout): HTMLElement {
  return h('article', { class: `handout handout-${x.power}`, 'data-power': x.power, 'aria-label': `Role brief: ${POWER_NAMES[x.power]}` },
    h('header', {}, h('span', { class: `power-tag tag-${x.power}` }, 'Role brief'), h('h2', {}, POWER_NAMES[x.power])),
    h('h3', {}, 'Your aims'), h('p', { class: 'aims' }, x.aims),
    h('h3', {}, 'How you score'), h('p', { class: 'scoring' }, `Prestige for ${x.scoring}`),
    h('p', { class: 'hint' }, 'The highest prestige after the last round wins; whoever pushes global tension to 5 (the Brink) loses at once.'),
    h('h3', {}, 'Your special actions'),
    h('ul', { class: 'brief-actions' }, x.actions.map((a) => h('li', {}, h('strong', {}, a.name), ` (${a.domain}): ${a.effect}`))),
    h('h3', {}, 'Your cards'),
    h('p', { class: 'cards' }, x.cards.map((c) => `${c.title} (${c.ops})`).join(' · ')),
    h('p', { class: 'hint tutorial-line' }, 'Practise first: the guided tutorial as ', h('strong', {}, POWER_NAMES[x.power]),
      ' (home page → Tutorials; ', h('a', { href: x.tutorial }, x.tutorial), '), about 10 minutes.'),
    h('h3', {}, 'Read before the lesson'),
    h('div', { class: 'reading' }, x.reading.map((r) => h('p', {}, h('strong', {}, `${r.id}. `), r.text))));
}

export function showHandouts(root: HTMLElement): () => void {
  const print = h('button', { type: 'button', id: 'print-handouts' }, 'Print (one page per power)');
  print.addEventListener('click', () => window.print());
  root.append(h('main', { class: 'classroom-page handouts-page' },
    h('nav', { class: 'no-print' }, h('a', { href: '#/classroom' }, '← Classroom')),
    h('h1', { class: 'no-print' }, 'Role briefs'),
    h('p', { class: 'hint no-print' }, 'One page per power, to hand out before the lesson: its aims, how it scores, its special actions, its cards and the paragraphs of the article to read.'),
    h('div', { class: 'row no-print' }, print),
    handouts().map(page)));
  return () => undefined;
}
