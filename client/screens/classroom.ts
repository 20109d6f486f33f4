/**
 * Classroom routes: #/classroom (join as a student, or start a session as
 * the teacher), #/classroom/seat/CODE (a student's seat, found again after a
 * reload or a move), #/classroom/teach/CODE (the wall; ?t=SECRET hands the
 * teacher link to another device, ?project=class|N is projector mode) and
 * #/classroom/report/CODE (the after-action report) and #/classroom/handouts
 * (a printable role brief per power).
 */
import { POWER_NAMES, powerOf, SCENARIO_DATA } from '../../game';
import type { ScenarioId } from '../../game';
import { SCENARIOS } from '../../game';
import '../classroom/classroom.css';
import { ClassroomError, createSession, getReport, joinSession, mySeat, sendHintUse, sendReflection, typedCode } from '../classroom/api';
import { reflectionForm } from '../classroom/reflection';
import type { StudentSeat } from '../classroom/api';
import { showReportPage } from '../classroom/report';
import { showHandouts } from '../classroom/handouts';
import { forgetStudent, keepStudentToken, keepTeacherToken, lastStudentSession, studentToken, teacherToken } from '../classroom/store';
import { showWall } from '../classroom/wall';
import { classHold } from '../classroom/held';
import { holdSeat } from '../online/store';
import { announce, h } from '../ui/dom';
import { cleanName, NAME_MAX, NAME_RULE } from '../../game/wire/names';
import { CLOCK_CHOICES } from '../../game/wire/classroom';
import { showOnlineMatch } from './onlineMatch';
import type { PlaySource } from '../play/source';

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

export function showClassroom(root: HTMLElement, path: string, query: URLSearchParams): () => void {
  const [, page = '', rawCode = ''] = path.split('/');
  const code = decodeURIComponent(rawCode).toUpperCase();
  if (page === 'teach' && code) {
    const fromLink = query.get('t');
    if (fromLink) {
      keepTeacherToken(code, fromLink);
      history.replaceState(null, '', `#/classroom/teach/${code}${query.get('project') ? `?project=${query.get('project')}` : ''}`);
    }
    const token = teacherToken(code);
    if (!token) return notice(root, `This browser does not hold the teacher link of session ${code}. Open the private teacher link you were given when you created it.`);
    return showWall(root, code, token, query.get('project'));
  }
  if (page === 'report' && code) {
    const token = teacherToken(code);
    if (!token) return notice(root, 'Only the teacher of this session can open its report.');
    let alive = true;
    void getReport(code, token).then((r) => alive && showReportPage(root, r, `#/classroom/teach/${code}`), (e: Error) => alive && notice(root, e.message));
    return () => {
      alive = false;
    };
  }
  if (page === 'seat' && code) return showSeat(root, code);
  if (page === 'handouts') return showHandouts(root);
  return showLanding(root, query.get('code') ?? '');
}

function notice(root: HTMLElement, text: string): () => void {
  root.replaceChildren(h('main', { class: 'classroom-page' }, h('p', { class: 'error', role: 'alert' }, text), h('p', {}, h('a', { href: '#/classroom' }, '← Classroom'))));
  return () => undefined;
}

function showLanding(root: HTMLElement, code: string): () => void {
  // Room for a space or dash typed in the middle ("QTF TG7"): they are dropped before joining.
  const codeIn = h('input', { id: 'class-code', name: 'code', required: true, maxlength: 9, autocomplete: 'off', spellcheck: 'false', value: code, class: 'code-input', 'aria-describedby': 'code-help' });
  const nick = h('input', { id: 'nickname', name: 'nickname', required: true, maxlength: NAME_MAX, autocomplete: 'nickname', spellcheck: 'false' });
  const joinError = h('p', { class: 'error', role: 'alert' });
  const joinBtn = h('button', { type: 'submit', class: 'primary', id: 'join-class' }, 'Take my seat');
  const join = h('form', { class: 'online-box', 'aria-labelledby': 'student-title' },
    h('h2', { id: 'student-title' }, 'I am a student'),
    h('label', { for: 'class-code' }, 'Join code'), codeIn,
    h('p', { class: 'hint', id: 'code-help' }, 'Six letters and digits, from your teacher’s screen.'),
    h('label', { for: 'nickname' }, `Nickname (1–${NAME_MAX} characters, no real name needed)`), nick,
    joinError, h('div', { class: 'row' }, h('span', {}), joinBtn));
  join.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const c = typedCode(codeIn.value);
    const name = cleanName(nick.value);
    if (name === null) {
      joinError.textContent = `Choose a nickname: ${NAME_RULE}.`;
      return;
    }
    joinBtn.disabled = true;
    joinError.textContent = '';
    void joinSession(c, name).then((seat) => {
      keepStudentToken(c, seat.studentToken);
      location.hash = `#/classroom/seat/${c}`;
    }, (e: Error) => {
      joinError.textContent = e.message;
      joinBtn.disabled = false;
    });
  });

  const scenario = h('select', { id: 'class-scenario', name: 'scenario' }, SCENARIOS.map((id) => h('option', { value: id, selected: id === '2019' }, `${SCENARIO_DATA[id].startYear} “${SCENARIO_DATA[id].title}” (${SCENARIO_DATA[id].rounds} rounds)`)));
  const size = h('select', { id: 'class-size', name: 'size' }, [3, 2, 1].map((n) => h('option', { value: n }, n === 3 ? '3 students (no bots)' : `${n} student${n === 1 ? '' : 's'} + ${3 - n} bot${n === 2 ? '' : 's'}`)));
  const ends = h('select', { id: 'class-ends', name: 'ends' }, [['', 'No end time'], ['30', 'in 30 minutes'], ['35', 'in 35 minutes'], ['40', 'in 40 minutes'], ['45', 'in 45 minutes']].map(([v, l]) => h('option', { value: v! }, l)));
  const clock = h('select', { id: 'class-clock', name: 'clock' }, [h('option', { value: '' }, 'Off'), ...CLOCK_CHOICES.map((n) => h('option', { value: n }, `${n} seconds`))]);
  const hints = h('input', { type: 'checkbox', id: 'class-hints', name: 'hints', checked: true });
  const createError = h('p', { class: 'error', role: 'alert' });
  const createBtn = h('button', { type: 'submit', class: 'primary', id: 'create-class' }, 'Start a session');
  const create = h('form', { class: 'online-box', 'aria-labelledby': 'teacher-title' },
    h('h2', { id: 'teacher-title' }, 'I am the teacher'),
    h('label', { for: 'class-scenario' }, 'Scenario'), scenario,
    h('label', { for: 'class-size' }, 'People per table'), size,
    h('label', { for: 'class-ends' }, 'The bell (tables score where they stand)'), ends,
    h('label', { for: 'class-clock' }, 'Turn clock (then a Normal bot plays the turn)'), clock,
    h('label', { class: 'check' }, hints, ' Hints: students may ask for a suggested move (counted in the report)'),
    createError, h('div', { class: 'row' }, h('span', {}), createBtn));
  create.addEventListener('submit', (ev) => {
    ev.preventDefault();
    createBtn.disabled = true;
    const minutes = Number(ends.value);
    void createSession(scenario.value as ScenarioId, Number(size.value), minutes ? Date.now() + minutes * 60_000 : null, Number(clock.value) || null, hints.checked).then((s) => {
      keepTeacherToken(s.code, s.teacherToken);
      location.hash = `#/classroom/teach/${s.code}`;
    }, (e: Error) => {
      createError.textContent = e.message;
      createBtn.disabled = false;
    });
  });
  const last = lastStudentSession();
  root.append(h('main', { class: 'classroom-page landing' },
    h('p', {}, h('a', { href: '#/' }, '← Home')),
    h('h1', {}, 'Classroom'),
    h('p', {}, h('a', { href: '#/classroom/handouts', id: 'open-handouts' }, 'Role briefs to print (one page per power)')),
    last ? h('p', {}, h('a', { href: `#/classroom/seat/${last}`, id: 'back-to-seat' }, `Back to my seat in session ${last}`)) : '',
    h('div', { class: 'landing-grid' }, join, create)));
  (code ? nick : codeIn).focus();
  return () => undefined;
}

/** A student's seat: the online match screen for it, with the classroom's pause and moves on top. */
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
