/**
 * Board preview (dev only): the Phaser board in the real page layout (board
 * left, a 360 px panel right) fed with view models built by the rules, plus a
 * few states mutated to show control, high tension and the Brink.
 * Open /dev/board.html?state=midgame (start | midgame | crisis | brink).
 */
import '../styles/app.css';
import '../styles/small.css';
import { initialState } from '../../game';
import { applyAction } from '../../game';
import type { MatchState } from '../../game';
import type { RegionId } from '../../game';
import { seatOf } from '../../game';
import { viewFor } from '../../game';
import type { BoardController } from '../board';
import { createBoard } from '../board';
import type { BoardVM } from '../viewmodel';
import { boardVM, legalFor } from '../viewmodel';

const TITLE = '2019 “Eye of Sauron”';
/** The preview keeps the deck in order: shuffling is not what it shows. */
const noShuffle = { shuffle: <T,>(items: readonly T[]): T[] => [...items] };

function started(): MatchState {
  const s = initialState('2019');
  applyAction(s, 'us', { kind: 'begin' }, noShuffle);
  return s;
}

function setInfluence(s: MatchState, id: RegionId, us: number, china: number, russia: number): void {
  s.influence[id] = { us, china, russia };
}

/** Round 3: regions held, tracks at De facto, Russia resentful, the US eyeing Russia. */
function midgame(): MatchState {
  const s = started();
  s.round = 3;
  s.step = { kind: 'play', power: 'china', turn: 2 };
  setInfluence(s, 'korea', 6, 1, 0);
  setInfluence(s, 'scs', 1, 5, 0);
  setInfluence(s, 'taiwan', 3, 4, 0);
  setInfluence(s, 'caucasus', 0, 1, 5);
  setInfluence(s, 'baltic', 7, 0, 2);
  setInfluence(s, 'malacca', 2, 4, 1);
  s.tracks = { economic: 7, technological: 4, political: 6, military: 6 };
  s.hostility = { china: 4, russia: 4 };
  s.focus = 'russia';
  s.dependency = 7;
  s.standing = 5;
  s.chinaTech = 3;
  s.exportControls = 2;
  s.theaterTension = { pacific: 3, europe: 2 };
  s.globalTension = 3;
  s.prestige = { us: 9, china: 11, russia: 7 };
  return s;
}

/** Both theaters at crisis level, global tension 4: the board turns alarming. */
function crisis(): MatchState {
  const s = midgame();
  s.round = 4;
  s.step = { kind: 'split' };
  s.theaterTension = { pacific: 5, europe: 4 };
  s.globalTension = 4;
  s.tracks = { economic: 8, technological: 5, political: 8, military: 7 };
  s.forces.china.pacific = 6;
  s.forces.russia.europe = 5;
  s.usPool = 4;
  return s;
}

/** Russia pushed the world to the Brink and lost at once. */
function brink(): MatchState {
  const s = crisis();
  s.step = { kind: 'over' };
  s.globalTension = 5;
  s.treaty = true;
  s.tracks = { economic: 9, technological: 7, political: 9, military: 8 };
  s.outcome = { kind: 'brink', loser: 'russia', winner: 'china' };
  return s;
}

const STATES = { start: started, midgame, crisis, brink } as const;
type StateName = keyof typeof STATES;

function vmOf(name: StateName): BoardVM {
  const s = STATES[name]();
  const v = viewFor(s, '0');
  const who = s.step.kind === 'play' ? s.step.power : null;
  return boardVM(v, TITLE, who ? legalFor(viewFor(s, seatOf(who)), who) : []);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

async function main(): Promise<void> {
  const app = document.getElementById('app') as HTMLElement;
  const boardEl = el('div', { className: 'board', id: 'board' });
  const hoverOut = el('p', { id: 'hover' }, 'Hover a region…');
  const clickOut = el('p', { id: 'click' }, 'Click a region…');
  const perfOut = el('p', { id: 'perf' });
  const buttons = (Object.keys(STATES) as StateName[]).map((n) => {
    const b = el('button', { type: 'button', textContent: n });
    b.addEventListener('click', () => show(n));
    return b;
  });
  const perfBtn = el('button', { type: 'button', textContent: 'time 100 updates' });
  app.append(
    el('div', { className: 'play' },
      el('header', { className: 'topbar' }, el('span', { className: 'brand' }, 'Multipolar'), el('span', { className: 'scenario' }, `${TITLE} — board preview`)),
      el('div', { className: 'table' }, boardEl,
        el('aside', { className: 'panel' }, el('h2', {}, 'Preview states'), el('div', {}, ...buttons), hoverOut, clickOut, perfBtn, perfOut)),
      el('div', { className: 'mirror-slot' }, el('div', { className: 'mirror' }, el('details', {}, el('summary', {}, 'Text view of the board')))),
    ),
  );
  const params = new URLSearchParams(location.search);
  const first = (params.get('state') ?? 'start') as StateName;
  const board: BoardController = await createBoard(boardEl, {
    onRegionClick: (id) => (clickOut.textContent = `Clicked ${id}`),
    onRegionHover: (id, x, y) => (hoverOut.textContent = id ? `Hover ${id} at ${Math.round(x)},${Math.round(y)}` : 'Hover: none'),
    onHelpPoint: (id) => (hoverOut.textContent = id ? `Help ${id}` : 'Hover: none'),
  }, vmOf(STATES[first] ? first : 'start'));

  function show(n: StateName): void {
    board.update(vmOf(n));
  }

  /**
   * Time `update` alone (the view models are built first): `changing` cycles
   * through very different states, the worst case; `same` re-applies one.
   */
  function timeUpdates(n = 100): { changing: number; same: number } {
    const vms = (Object.keys(STATES) as StateName[]).map(vmOf);
    const mean = (pick: (i: number) => BoardVM): number => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) board.update(pick(i));
      return (performance.now() - t0) / n;
    };
    const changing = mean((i) => vms[i % vms.length] as BoardVM);
    const same = mean(() => vms[0] as BoardVM);
    perfOut.textContent = `update(vm), mean of ${n}: ${changing.toFixed(3)} ms changing state, ${same.toFixed(3)} ms same state`;
    return { changing, same };
  }
  perfBtn.addEventListener('click', () => timeUpdates());
  Object.assign(window, { boardPreview: { show, timeUpdates } });
  document.body.dataset.ready = 'true';
}

void main();
