/**
 * One online match (#/online/match/CODE): the join page for a newcomer, the
 * board for a seated player (resumed from this browser's credentials), or the
 * board for a spectator (#/online/match/CODE/watch).
 */
import type { Power } from '../../game';
import { awaitingStart, POWER_NAMES, POWERS, seatOf } from '../../game';
import type { Joined, MatchInfo } from '../online/lobby';
import { getMatch, joinMatch, LobbyError, leaveMatch, playAgain } from '../online/lobby';
import { OnlineMatch } from '../online/match';
import { connectionLine, copyButton, seatList, shareBox } from '../online/panel';
import { awayNote, missedNote, openSeats, seatStates } from '../online/seats';
import type { HeldSeat } from '../online/store';
import { dropSeat, heldSeat, holdSeat, sawMissed } from '../online/store';
import { onlineReplayHash } from '../replay/store';
import { noteFinishedOnline } from '../play/settings';
import { announce, h, formText } from '../ui/dom';
import { nameField, nameLabel, onNamedSubmit, scenarioTitle } from './online';
import { showMatch } from './play';
import type { PlayScreen } from './play';
import type { PlaySource } from '../play/source';

/** How long "Reconnected" stays on screen, ms. */
const RECOVERED_MS = 4000;
/** The stand-in's moves a person back is shown (the newest); the log has them all. */
const MISSED_SHOWN = 3;

const matchHref = (id: string) => `#/online/match/${encodeURIComponent(id)}`;

/**
 * A classroom student's seat (client/screens/classroomSeat.ts): the class code in
 * place of the match's, no invitation to share, no leaving, no "Play again",
 * and the teacher may hold every move (the paused class).
 */
export interface ClassroomSeat {
  /** The class's join code. */
  readonly code: string;
  /** The student's table in the class. */
  readonly table: number;
  /** The match as the play screen sees it: no seat may act while the class is held. */
  readonly wrap: (source: PlaySource) => PlaySource;
  /** Why nobody may move now (said in the Actions region), or null. */
  readonly held: () => string | null;
  /** The game-over dialog's way out. */
  readonly menu: { readonly href: string; readonly label: string };
  /** The Suggest button and where its uses are counted, or false: the teacher switched hints off. */
  readonly hints: PlayScreen['hints'];
}

export function showOnlineMatch(root: HTMLElement, matchID: string, watch: boolean, classroom?: ClassroomSeat): () => void {
  let stop: () => void = () => undefined;
  let alive = true;
  root.append(h('main', { class: 'online-page' }, h('p', { class: 'hint' }, `Opening match ${matchID}…`)));

  async function open(): Promise<void> {
    let info: MatchInfo;
    try {
      info = await getMatch(matchID);
    } catch (e) {
      if (!alive) return;
      if (e instanceof LobbyError && e.status === 404) dropSeat(matchID);
      root.replaceChildren(h('main', { class: 'online-page' },
        h('h1', {}, `Match ${matchID}`),
        h('p', { class: 'error', role: 'alert' }, e instanceof LobbyError && e.status === 404 ? `There is no match with the code ${matchID}. Check the code, or ask for the link again.` : (e as Error).message),
        h('p', {}, h('a', { href: '#/online' }, '← Back to the online lobby'))));
      return;
    }
    if (!alive) return;
    if (abandoned(info)) {
      // Ended by the server's retention (docs/architecture.md): its board is not played on.
      root.replaceChildren(h('main', { class: 'online-page' },
        h('h1', {}, `Match ${matchID}`),
        h('p', { id: 'abandoned' }, 'This match was abandoned: nobody moved in it for a long time, so it has ended without a winner. Start a new one from the online lobby.'),
        h('p', {}, h('a', { href: '#/online' }, '← Back to the online lobby'))));
      return;
    }
    root.replaceChildren();
    const held = heldSeat(matchID);
    if (held && !watch) stop = showOnlineBoard(root, info, held, classroom);
    else if (watch) stop = showOnlineBoard(root, info, null);
    else stop = showJoin(root, info, (seat) => {
      stop();
      root.replaceChildren();
      stop = showOnlineBoard(root, info, seat);
    });
  }
  void open();
  return () => {
    alive = false;
    stop();
  };
}

/** Ended for want of moves (`gameover: { abandoned: true }` in its metadata). */
const abandoned = (info: MatchInfo): boolean =>
  typeof info.gameover === 'object' && info.gameover !== null && (info.gameover as { abandoned?: unknown }).abandoned === true;

/** The join page: a name and a free seat, or watch. */
function showJoin(root: HTMLElement, info: MatchInfo, onJoined: (seat: HeldSeat) => void): () => void {
  const states = seatStates(info.players);
  const free = openSeats(states);
  const name = nameField('join-name');
  const error = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'join' }, 'Join the match');
  const over = !!info.gameover;
  const form = h('form', { class: 'online-box join', 'aria-labelledby': 'join-title' },
    h('h1', { id: 'join-title' }, `Join match ${info.matchID}`),
    h('p', {}, scenarioTitle(info.setupData?.scenario)),
    seatList(states, null),
    over
      ? [h('p', {}, 'This match is over.'), h('div', { class: 'row' }, h('span', {}), h('a', { class: 'button primary', href: `${matchHref(info.matchID)}/watch`, id: 'watch' }, 'See how it ended'))]
      : free.length
        ? [
          h('fieldset', {},
            h('legend', {}, 'Your seat'),
            free.map((p, i) => h('label', { class: 'choice' },
              h('input', { type: 'radio', name: 'seat', value: p, checked: i === 0 }),
              h('span', { class: `power-tag tag-${p}` }, POWER_NAMES[p])))),
          nameLabel('join-name'),
          name,
          error,
          h('div', { class: 'row' }, h('a', { href: `${matchHref(info.matchID)}/watch`, id: 'watch' }, 'Watch instead'), submit),
        ]
        : [h('p', {}, 'Every seat is taken.'), h('div', { class: 'row' }, h('span', {}), h('a', { class: 'button primary', href: `${matchHref(info.matchID)}/watch`, id: 'watch' }, 'Watch as a spectator'))],
  );
  onNamedSubmit(form, name, error, (data, player) => {
    const seat = formText(data, 'seat') as Power;
    submit.disabled = true;
    void joinMatch(info.matchID, player, seatOf(seat)).then(
      (joined) => onJoined(holdSeat(info.matchID, joined, player, info.setupData?.scenario ?? '2019')),
      (e: Error) => {
        error.textContent = e.message;
        submit.disabled = false;
      });
  });
  root.append(h('main', { class: 'online-page' }, h('p', {}, h('a', { href: '#/online' }, '← Back to the online lobby')), form));
  name.focus();
  return () => undefined;
}

/** The board, seated (`held`) or watching (null). */
function showOnlineBoard(root: HTMLElement, info: MatchInfo, held: HeldSeat | null, classroom?: ClassroomSeat): () => void {
  const match = new OnlineMatch({ matchID: info.matchID, seat: held, info });
  const me = match.me;
  const seatsEl = h('div', { class: 'seat-slot' });
  // Back after a stand-in played for them: which moves, until they say they have read it.
  const missedSlot = h('div', { class: 'missed-slot' });
  const leave = classroom ? null : leaveControl(info.matchID, held);
  const panelTop = h('section', { class: 'online-panel', 'aria-label': 'Online match' },
    h('div', { class: 'online-head' },
      h('span', {}, me ? ['You are ', h('span', { class: `power-tag tag-${me}` }, POWER_NAMES[me]), held ? ` as ${held.name}` : ''] : 'Watching as a spectator'),
      classroom
        ? h('span', { class: 'online-code' }, 'Class ', h('strong', {}, classroom.code), ` · Table ${classroom.table}`)
        : h('span', { class: 'online-code' }, 'Code ', h('strong', {}, info.matchID), ' ', copyButton('Copy link', () => `${location.origin}/${matchHref(info.matchID)}`))),
    missedSlot,
    seatsEl,
    leave ?? '');
  const banner = h('p', { class: 'conn', role: 'status', 'aria-live': 'polite', hidden: true });
  const shareSlot = h('div', { class: 'share-slot' });
  // Someone else away: said over the board, where the waiting player looks (the seat list may be out of sight).
  const away = h('p', { class: 'away-note conn-info', role: 'status', hidden: true });
  const overlay = h('div', { class: 'board-overlay' }, banner, away, shareSlot);
  let missedSeen = held ? (heldSeat(info.matchID)?.missedSeen ?? 0) : 0;
  let missedSaid = '';
  const next = h('div', { class: 'next-match', 'aria-live': 'polite' });

  let following = false;
  /** This person pressed Play again: they follow to the new match at once. */
  let askedAgain = false;
  let wasOffline = false;
  let recoveredUntil = 0;
  let recoverTimer: ReturnType<typeof setTimeout> | null = null;
  let lastShareKey = '';
  let shareHidden = false;
  let lastSeatsKey = '';

  function update(): void {
    const states = match.seatStates();
    // Redraw the seats only when they change, so focus and copy feedback survive.
    const seatsKey = JSON.stringify(states);
    if (seatsKey !== lastSeatsKey) {
      if (lastSeatsKey) announceSeatChanges(JSON.parse(lastSeatsKey) as typeof states, states);
      lastSeatsKey = seatsKey;
      seatsEl.replaceChildren(seatList(states, me));
    }
    const open = match.open();
    const shareKey = open.join(',');
    if (shareKey !== lastShareKey) {
      lastShareKey = shareKey;
      const show = open.length > 0 && !shareHidden && !classroom && !match.view(null)?.outcome;
      shareSlot.replaceChildren(show ? shareBox(info.matchID, open, () => {
        shareHidden = true;
        shareSlot.replaceChildren();
      }) : '');
    }
    const conn = match.connection();
    if (conn === 'offline' && !wasOffline) {
      wasOffline = true;
      announce('Connection lost. Trying to reconnect.');
    } else if (conn === 'online' && wasOffline) {
      wasOffline = false;
      recoveredUntil = Date.now() + RECOVERED_MS;
      announce('Reconnected.');
      if (recoverTimer) clearTimeout(recoverTimer);
      recoverTimer = setTimeout(update, RECOVERED_MS);
    }
    const note = match.view(null)?.outcome ? null : awayNote(states, me);
    away.hidden = !note;
    away.textContent = note ?? '';
    drawMissed(states);
    const line = connectionLine(conn, Date.now() < recoveredUntil);
    banner.hidden = !line;
    banner.textContent = line?.text ?? '';
    banner.className = `conn conn-${line?.kind ?? 'none'}`;
    followNext();
  }

  function drawMissed(states: ReturnType<typeof match.seatStates>): void {
    const mine = me ? states[me] : null;
    const back = !!held && mine?.kind === 'person' && mine.connected && !mine.standIn;
    const fresh = back ? match.missed(held.name).slice(missedSeen) : [];
    const view = match.view(null);
    const lines = view ? fresh.flatMap((m) => view.log[m.at - view.logStart] ?? []) : [];
    const says = missedNote(fresh, lines.map((e) => e.round)) ?? '';
    if (says === missedSaid) return;
    missedSaid = says;
    if (!says) return void missedSlot.replaceChildren();
    const ok = h('button', { type: 'button', id: 'missed-ok', class: 'primary' }, 'OK');
    ok.addEventListener('click', () => {
      missedSeen += fresh.length;
      sawMissed(info.matchID, missedSeen);
      missedSaid = '';
      missedSlot.replaceChildren();
    });
    const shown = lines.slice(-MISSED_SHOWN);
    missedSlot.replaceChildren(h('div', { class: 'missed-note', role: 'status' },
      h('p', {}, says),
      shown.length ? h('ul', {}, shown.map((e) => h('li', {}, e.text))) : '',
      shown.length && fresh.length > shown.length ? h('p', { class: 'hint' }, `And ${fresh.length - shown.length} earlier.`) : '',
      ok));
    announce([says, ...shown.map((e) => e.text)].join(' '));
  }

  function announceSeatChanges(before: ReturnType<typeof match.seatStates>, after: ReturnType<typeof match.seatStates>): void {
    for (const p of POWERS) {
      const a = before[p];
      const b = after[p];
      if (b.kind !== 'person') continue;
      if (a.kind === 'open') announce(`${b.name} joined as ${POWER_NAMES[p]}.`);
      else if (a.kind === 'person' && !a.standIn && b.standIn) announce(`${b.name} is away: a bot plays ${POWER_NAMES[p]} until they return.`);
      else if (a.kind === 'person' && a.standIn && !b.standIn) announce(`${b.name} is back and plays ${POWER_NAMES[p]} again.`);
    }
  }

  /** After the game, someone chose "Play again": seated players follow to the new match. */
  function followNext(): void {
    const nextID = match.latest().nextMatchID;
    if (!nextID || following) return;
    following = true;
    if (!held) {
      next.replaceChildren(h('p', {}, 'The players started a new match. ', h('a', { href: `${matchHref(nextID)}/watch`, id: 'watch-next' }, 'Watch it')));
      return;
    }
    const take = (): void => {
      next.replaceChildren(h('p', {}, 'A new match with the same players is starting: taking your seat…'));
      void joinMatch(nextID, held.name, held.playerID).then(
        (joined) => {
          holdSeat(nextID, joined, held.name, info.setupData?.scenario ?? held.scenario);
          location.hash = matchHref(nextID);
        },
        () => {
          location.hash = matchHref(nextID);
        });
    };
    // The one who pressed Play again goes at once; the others are asked, not moved.
    if (askedAgain) return take();
    const join = h('button', { type: 'button', class: 'primary', id: 'join-next' }, 'Take my seat in it');
    join.addEventListener('click', take);
    next.replaceChildren(h('p', {}, 'Another player started a new match with the same seats. ', join, ' Or stay here to look at this one.'));
    announce('Another player started a new match with the same seats: Take my seat in it is on the result screen.');
  }

  const rematch = held && !classroom
    ? {
      label: 'Play again',
      run: () => {
        askedAgain = true;
        next.replaceChildren(h('p', {}, 'Starting a new match with the same players…'));
        void playAgain(info.matchID, held, !!match.latest().unlisted).catch((e: Error) => {
          next.replaceChildren(h('p', { class: 'error', role: 'alert' }, e.message));
        });
      },
    }
    : null;

  const unsubscribe = match.onMeta(update);
  // The log lines the note names may arrive after the seats that call for it.
  const unlisten = match.onChange(() => {
    drawMissed(match.seatStates());
    if (held && !classroom && match.view(null)?.outcome) noteFinishedOnline(info.matchID);
  });
  const stopScreen = showMatch(root, {
    source: classroom?.wrap(match) ?? match,
    title: scenarioTitle(info.setupData?.scenario),
    panelTop,
    overlay,
    notice: () => {
      const why = classroom?.held();
      if (why) return why;
      const who = match.acting();
      const open = match.open();
      if (who && open.includes(who)) return `Waiting for someone to take the ${POWER_NAMES[who]} seat…`;
      // Not yet begun, the match waits for its seats, not for the first move (which may be one's own).
      const view = match.view(null);
      if (open.length && view && awaitingStart(view)) return `Waiting for ${open.length === 1 ? 'someone' : `${open.length} more players`} to take the ${open.map((p) => POWER_NAMES[p]).join(' and ')} seat${open.length === 1 ? '' : 's'}…`;
      return null;
    },
    rematch,
    // A newcomer's first games ask before each play, as on one screen; a class with a turn clock does not.
    confirmByDefault: classroom ? 'off' : 'firstGames',
    gameOverExtra: h('div', {},
      next,
      // Finished matches replay from the server's record (GET /api/replay/:id), for players and spectators alike.
      h('p', { class: 'gameover-replay' }, h('a', { href: onlineReplayHash(info.matchID), id: 'gameover-replay' }, 'Replay this match step by step'))),
    menu: classroom?.menu ?? { href: '#/online', label: 'Back to the online lobby' },
    hints: classroom?.hints,
  });
  update();
  return () => {
    unsubscribe();
    unlisten();
    if (recoverTimer) clearTimeout(recoverTimer);
    stopScreen();
  };
}

/** "Leave the match", asked twice: the seat opens for someone else. */
function leaveControl(matchID: string, held: Joined | null): HTMLElement | null {
  if (!held) return null;
  const box = h('div', { class: 'leave' });
  const first = h('button', { type: 'button', class: 'link-button', id: 'leave' }, 'Leave the match');
  first.addEventListener('click', () => {
    const yes = h('button', { type: 'button', class: 'danger', id: 'leave-confirm' }, 'Leave');
    const no = h('button', { type: 'button', class: 'link-button' }, 'Stay');
    no.addEventListener('click', () => box.replaceChildren(first));
    yes.addEventListener('click', () => {
      void leaveMatch(matchID, held).catch(() => undefined).finally(() => {
        dropSeat(matchID);
        location.hash = '#/online';
      });
    });
    box.replaceChildren(h('p', {}, 'Leave for good? Your seat opens for someone else.'), yes, no);
    yes.focus();
  });
  box.append(first);
  return box;
}

