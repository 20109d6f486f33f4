/**
 * A classroom student's seat (#/classroom/seat/CODE): the online match screen
 * for it, with the classroom's pause, turn clock, moves and reflection on top,
 * found again after a reload or a move.
 */
import { POWER_NAMES, powerOf } from '../../game';
import { ClassroomError, mySeat, sendHintUse, sendReflection } from '../classroom/api';
import type { StudentSeat } from '../classroom/api';
import { classHold } from '../classroom/held';
import { notice } from '../classroom/notice';
import { reflectionForm } from '../classroom/reflection';
import { forgetStudent, studentToken } from '../classroom/store';
import { holdSeat } from '../online/store';
import type { PlaySource } from '../play/source';
import { announce, h } from '../ui/dom';
import { showOnlineMatch } from './onlineMatch';

/** How often a seated student asks whether the teacher paused or moved them, ms. */
const SEAT_POLL_MS = 2500;
const PAUSED_NOTE = 'Your teacher has paused the game. Wait for the signal to go on.';
/** How long the note that the teacher moved a student stays on their screen unless they close it, ms. */
const MOVED_NOTE_MS = 120_000;

/** What a student reads when the teacher gives them another seat: the power and table they now play. */
export function movedNote(from: Pick<StudentSeat, 'table' | 'playerID'>, to: Pick<StudentSeat, 'table' | 'playerID'>): string | null {
  if (from.table === to.table && from.playerID === to.playerID) return null;
  const power = powerOf(to.playerID);
  if (!power) return null;
  return from.table === to.table ? `Your teacher has moved you: you now play ${POWER_NAMES[power]} at this table.` : `Your teacher has moved you to table ${to.table}: you now play ${POWER_NAMES[power]}.`;
}

export /** A student's seat: the online match screen for it, with the classroom's pause and moves on top. */
function showSeat(root: HTMLElement, code: string): () => void {
  const token = studentToken(code);
  if (!token) return notice(root, `This browser holds no seat in session ${code}: join with the code.`);
  let alive = true;
  let current: StudentSeat | null = null;
  let stopMatch: () => void = () => undefined;
  const hold = classHold();
  const banner = h('div', { class: 'class-banner', role: 'status', 'aria-live': 'polite', id: 'class-banner', hidden: true });
  // The banner floats over the top of the page: the play screen moves down by its height, so the
  // state line under it stays in sight (classroom.css reads --class-banner-h).
  const room = (): void => document.documentElement.style.setProperty('--class-banner-h', `${banner.hidden ? 0 : banner.offsetHeight}px`);
  const bannerSize = new ResizeObserver(room);
  bannerSize.observe(banner);
  const reflection = reflectionForm((answers) => sendReflection(code, token, answers));
  // The turn clock on the student's own screen (polled; counted down here between polls).
  const clock = h('div', { class: 'class-clock', id: 'class-clock', role: 'timer', hidden: true });
  let clockEnds: number | null = null;
  const tick = () => {
    clock.hidden = clockEnds === null;
    if (clockEnds !== null) clock.textContent = `Your turn: ${Math.max(0, Math.ceil((clockEnds - Date.now()) / 1000))} s left, then a bot plays it for you`;
  };
  const ticker = setInterval(tick, 1000);
  // On a phone the clock sits over the bottom of the page: the page keeps room for it (--class-clock-h).
  const clockSize = new ResizeObserver(() => document.documentElement.style.setProperty('--class-clock-h', `${clock.hidden ? 0 : clock.offsetHeight}px`));
  clockSize.observe(clock);
  /** The student's seat as the play screen sees it: a move sent puts the clock away at once (the next poll confirms). */
  const played = (source: PlaySource): PlaySource => {
    const held = hold.wrap(source);
    return {
      ...held,
      act: (p, a) => {
        clockEnds = null;
        tick();
        held.act(p, a);
      },
    };
  };
  // Put off with "Later": the questions stay one press away.
  const reflectAgain = h('button', { type: 'button', id: 'reflection-open', class: 'primary', hidden: true }, 'Answer the two questions about your table');

  // The teacher gave this student another seat: said on the banner until they close it, and aloud.
  let moved: { text: string; until: number } | null = null;
  let bannerSays = '';
  const drawBanner = (s: StudentSeat): void => {
    const says = s.ended ? `Session ${code} has ended: your table is scored where it stands.` : s.paused ? PAUSED_NOTE : (moved?.text ?? '');
    banner.hidden = !says;
    room();
    // Redrawn only when its words change: a poll must not swap the OK button under a finger.
    if (says === bannerSays) return;
    bannerSays = says;
    if (!moved || s.ended || s.paused) return void (banner.textContent = says);
    const ok = h('button', { type: 'button', id: 'moved-ok' }, 'OK');
    ok.addEventListener('click', () => {
      moved = null;
      drawBanner(s);
    });
    banner.replaceChildren(h('span', {}, says), ' ', ok);
  };
  const show = (s: StudentSeat) => {
    // A move sent while paused was refused and the screen still waits for it: resuming opens the seat afresh.
    const resumed = current?.paused === true && !s.paused;
    const reopen = resumed || !current || current.matchID !== s.matchID || current.playerID !== s.playerID || current.credentials !== s.credentials;
    const text = current ? movedNote(current, s) : null;
    if (text) {
      moved = { text, until: Date.now() + MOVED_NOTE_MS };
      announce(text);
    }
    if (moved && Date.now() > moved.until) moved = null;
    if (reopen) {
      stopMatch();
      holdSeat(s.matchID, { playerID: s.playerID, credentials: s.credentials }, s.nickname, s.scenario);
      root.replaceChildren(banner);
      stopMatch = showOnlineMatch(root, s.matchID, false, {
        code,
        table: s.table,
        wrap: played,
        held: hold.why,
        menu: { href: '#/classroom', label: 'Back to the classroom' },
        hints: s.hints ? { onHint: () => void sendHintUse(code, token, s.table).catch((e: unknown) => console.warn('multipolar: hint not counted', e)) } : false,
      });
    }
    current = s;
    hold.set(s.paused && !s.ended ? PAUSED_NOTE : null);
    drawBanner(s);
    // The match screen redraws the page when it opens: keep the banner on it.
    if (!banner.isConnected) root.prepend(banner);
    // The table's game is over: its two questions, after the game's own end dialog (so on top of it).
    clockEnds = s.turnEndsAt;
    if (!clock.isConnected) document.body.append(clock);
    tick();
    const due = s.reflection && !s.reflection.answered ? s.reflection.prompts : null;
    reflectAgain.hidden = !due;
    reflectAgain.onclick = () => due && reflection.open(due, true);
    if (due) {
      if (!reflectAgain.isConnected) banner.after(reflectAgain);
      setTimeout(() => alive && reflection.open(due), 600);
    }
  };
  const poll = async () => {
    try {
      const s = await mySeat(code, token);
      if (alive) show(s);
    } catch (e) {
      if (!alive) return;
      if (e instanceof ClassroomError && (e.status === 403 || e.status === 404)) {
        forgetStudent(code);
        stopMatch();
        notice(root, e.message);
        alive = false;
      }
    }
  };
  void poll();
  const timer = setInterval(() => void poll(), SEAT_POLL_MS);
  return () => {
    alive = false;
    clearInterval(timer);
    clearInterval(ticker);
    bannerSize.disconnect();
    clockSize.disconnect();
    document.documentElement.style.removeProperty('--class-banner-h');
    document.documentElement.style.removeProperty('--class-clock-h');
    clock.remove();
    stopMatch();
    reflection.dialog.close();
    reflection.dialog.remove();
  };
}
