/**
 * The teacher's wall (#/classroom/teach/CODE): the join code, every table
 * live, and the teacher's controls; projector mode shows one table or the
 * class large (…?project=class or ?project=N).
 */
import { worldEvent, WORLD_EVENTS } from '../../game';
import type { Seat } from '../../game';
import { POWER_NAMES, POWERS, SEATS } from '../../game';
import { announce, h } from '../ui/dom';
import type { StreamEvent, TableSummary, TeacherAction, Wall } from './api';
import { act, ClassroomError, deleteSession, followWall } from './api';
import { clockLeft, miniBoard, needsALook } from './miniboard';
import { forgetTeacher } from './store';

declare global {
  interface Window {
    /** When each table's state was shown: [table, stateID, ms since the epoch] (bench:classroom reads it). */
    multipolarWallShown?: [number, number, number][];
  }
}

/** A name only this computer answers to: an address students cannot type on their own devices. */
export const loopback = (hostname: string): boolean =>
  hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\./.test(hostname) || hostname === '[::1]' || hostname === '::1';

export function showWall(root: HTMLElement, code: string, token: string, project: string | null): () => void {
  let wall: Wall | null = null;
  const tables = new Map<number, TableSummary>();
  const error = h('p', { class: 'error', role: 'alert' });
  const head = h('div', { class: 'wall-head' });
  const grid = h('div', { class: 'tables' });
  const controls = h('div', { class: 'wall-controls' });
  const students = h('section', { class: 'students', 'aria-label': 'Students' });
  // What the last control did, on the page (the announcer only speaks it).
  const note = h('p', { class: 'wall-note', role: 'status', id: 'wall-note' });
  // Who to go and see, across every table (not on the projector: the class sees it).
  const attention = h('p', { class: 'attention', id: 'needs-a-look', hidden: true });
  const privacy = h('section', { class: 'privacy', 'aria-label': 'This session’s data' });
  const page = h('main', { class: `classroom-page wall${project ? ' projector' : ''}` }, error, head, controls, note, attention, grid, students, privacy);
  root.append(page);
  window.multipolarWallShown = [];

  /** The world event chosen in the list: kept when the wall redraws. */
  let chosenEvent: string = WORLD_EVENTS[0]?.id ?? '';
  /** The student and seat chosen under "Move a student": kept when the wall redraws. */
  let chosenStudent = '';
  let chosenSeat = '';
  const moveError = h('p', { class: 'error', role: 'alert', id: 'move-error' });
  let gone = false;

  /** Send a teacher's action; a refusal is said at `where` (by the control that sent it). */
  const run = (a: TeacherAction, done?: string, where: HTMLElement = error) => {
    error.textContent = '';
    moveError.textContent = '';
    void act(code, token, a).then((w) => {
      setWall(w);
      if (done) {
        note.textContent = done;
        announce(done);
      }
    }, (e: ClassroomError) => {
      where.textContent = e.message;
    });
  };

  const base = `#/classroom/teach/${code}`;
  function drawHead(w: Wall): void {
    const joinUrl = `${location.origin}/#/classroom/join?code=${w.code}`;
    const state = w.ended ? 'The session has ended: every table is scored.' : w.paused ? 'Paused: no table can move.' : 'Running.';
    head.replaceChildren(
      h('div', { class: 'join-code' }, h('span', {}, 'Join code'), h('strong', { id: 'join-code' }, w.code)),
      h('div', { class: 'join-how' },
        h('p', {}, 'Students open ', h('strong', {}, `${location.host}`), ', choose Classroom, and enter the code and a nickname.'),
        !project && loopback(location.hostname) ? h('p', { class: 'warn', id: 'loopback-warning' }, `${location.hostname} is this computer’s own name: students’ devices cannot reach it. Start the server with HOST=0.0.0.0 and open this wall at the computer’s network address (such as 192.168.1.20:${location.port || '80'}), so the address above is one they can type.`) : '',
        h('p', { class: 'hint' }, `Or the link ${joinUrl}`),
        h('p', { class: `session-state${w.paused ? ' paused' : ''}`, role: 'status', id: 'session-state' }, state,
          w.endsAt && !w.ended ? ` Ends at ${new Date(w.endsAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.` : ''),
        h('p', {}, `${w.students.length} student${w.students.length === 1 ? '' : 's'}, ${w.tables.length} table${w.tables.length === 1 ? '' : 's'}.`),
        h('p', { id: 'clock-setting' }, w.clockSec ? `Turn clock: ${w.clockSec} s, then a Normal bot plays the turn.` : 'No turn clock.'),
        w.pushed.length ? h('p', { id: 'pushed' }, `World events pushed: ${w.pushed.map((id) => `“${worldEvent(id as never).title}”`).join(', ')}.`) : '',
        project ? '' : h('details', { class: 'teacher-link' }, h('summary', {}, 'Private teacher link (opens this wall on another device)'),
          h('input', { readonly: true, value: `${location.origin}/#/classroom/teach/${w.code}?t=${token}`, 'aria-label': 'Private teacher link', size: 60 }))));
  }

  function drawControls(w: Wall): void {
    if (project) {
      controls.replaceChildren(h('a', { href: base, class: 'button', id: 'leave-projector' }, 'Leave projector mode'));
      return;
    }
    const pause = h('button', { type: 'button', id: w.paused ? 'resume' : 'pause', disabled: w.ended }, w.paused ? 'Resume all tables' : 'Pause all tables');
    pause.addEventListener('click', () => run({ kind: w.paused ? 'resume' : 'pause' }, w.paused ? 'Tables resumed.' : 'Tables paused.'));
    const select = h('select', { id: 'event-choice', 'aria-label': 'World event to push' }, WORLD_EVENTS.map((e) => h('option', { value: e.id, selected: e.id === chosenEvent }, `${e.title} (${e.cite})`)));
    select.addEventListener('change', () => (chosenEvent = select.value));
    const push = h('button', { type: 'button', id: 'push-event', disabled: w.ended }, 'Push to every table');
    push.addEventListener('click', () => {
      chosenEvent = select.value;
      run({ kind: 'event', event: select.value }, `World event “${worldEvent(select.value as never).title}” pushed: it opens the next round at every table.`);
    });
    const end = h('button', { type: 'button', class: 'danger', id: 'end-session', disabled: w.ended }, 'End the session (the bell)');
    end.addEventListener('click', () => {
      if (confirm('End the session now? Every table is scored where it stands.')) run({ kind: 'end' }, 'The session has ended.');
    });
    controls.replaceChildren(
      h('div', { class: 'group' }, pause, end),
      h('div', { class: 'group' }, h('label', { for: 'event-choice' }, 'World event '), select, push),
      h('div', { class: 'group' },
        h('a', { class: 'button', href: `#/classroom/report/${code}`, id: 'open-report' }, 'After-action report'),
        h('a', { class: 'button', href: `${base}?project=class`, id: 'project-class' }, 'Projector: the class')));
  }

  function card(t: TableSummary): HTMLElement {
    const paused = wall?.paused ?? false;
    const extra: HTMLElement[] = [];
    if (!project) {
      extra.push(h('a', { href: `#/online/match/${t.matchID}/watch`, class: 'button', target: '_blank', rel: 'noopener' }, 'Open as spectator'));
      extra.push(h('a', { href: `${base}?project=${t.number}`, class: 'button' }, 'Project'));
      if (!t.started && !wall?.ended) {
        const start = h('button', { type: 'button', class: 'start-table' }, 'Start now (bots fill)');
        start.addEventListener('click', () => run({ kind: 'start', table: t.number }, `Table ${t.number} started.`));
        extra.push(start);
      }
    }
    return miniBoard(t, paused, extra, wall?.endsAt ?? null);
  }

  function drawTables(): void {
    const shown = [...tables.values()].sort((a, b) => a.number - b.number).filter((t) => !project || project === 'class' || String(t.number) === project);
    grid.replaceChildren(...shown.map(card));
    if (!shown.length) grid.append(h('p', { class: 'hint' }, 'No table yet: tables appear as students join.'));
    drawAttention();
  }

  function drawAttention(): void {
    const who = project || wall?.ended ? [] : needsALook([...tables.values()]);
    attention.hidden = who.length === 0;
    attention.replaceChildren(h('strong', {}, 'Needs a look: '), who.join(' · '));
  }

  function drawStudents(w: Wall): void {
    if (project || !w.students.length) return void students.replaceChildren();
    const who = h('select', { id: 'move-student', 'aria-label': 'Student' }, w.students.map((s) => h('option', { value: s.id, selected: s.id === chosenStudent }, `${s.nickname} (table ${s.table}, ${POWER_NAMES[POWERS[SEATS.indexOf(s.seat)]!]})`)));
    // Each seat says who holds it: moving into a student's seat swaps the two.
    const holder = (table: number, seat: Seat) => w.students.find((s) => s.table === table && s.seat === seat)?.nickname;
    const where = h('select', { id: 'move-to', 'aria-label': 'New seat' }, w.tables.flatMap((t) => SEATS.map((seat, i) => {
      const value = `${t.number}:${seat}`;
      const held = holder(t.number, seat);
      return h('option', { value, selected: value === chosenSeat }, `Table ${t.number}, ${POWER_NAMES[POWERS[i]!]}${held ? ` (${held}: swap)` : ''}`);
    })));
    who.addEventListener('change', () => (chosenStudent = who.value));
    where.addEventListener('change', () => (chosenSeat = where.value));
    const go = h('button', { type: 'button', id: 'move' }, 'Move');
    go.addEventListener('click', () => {
      const [table, seat] = where.value.split(':');
      run({ kind: 'move', student: who.value, table: Number(table), seat: seat as Seat }, 'Student moved.', moveError);
    });
    students.replaceChildren(h('h2', {}, 'Move a student'), h('div', { class: 'group' }, who, h('span', {}, ' to '), where, go), moveError);
  }

  function drawPrivacy(w: Wall): void {
    if (project) return void privacy.replaceChildren();
    const del = h('button', { type: 'button', class: 'danger', id: 'delete-session' }, 'Delete this session');
    del.addEventListener('click', () => {
      if (!confirm(`Delete session ${code} now? Its tables, every move, the nicknames and the report are erased from the server and cannot be recovered.`)) return;
      del.disabled = true;
      error.textContent = '';
      void deleteSession(code, token).then(() => deleted(), (e: ClassroomError) => {
        error.textContent = e.message;
        del.disabled = false;
      });
    });
    privacy.replaceChildren(h('h2', {}, 'This session’s data'),
      h('p', { class: 'hint', id: 'retention-note' }, `The server keeps this session’s nicknames, seats, every move and the report until ${new Date(w.deleteAt).toLocaleDateString([], { day: 'numeric', month: 'long', year: 'numeric' })}, then deletes them by itself. Once you have what you need from the report (download the CSV first), you can delete them now.`),
      del);
  }

  /** The session is gone (deleted here or on another device): nothing is left to show. */
  function deleted(): void {
    if (gone) return;
    gone = true;
    stop();
    forgetTeacher(code);
    page.replaceChildren(h('h1', {}, `Session ${code} deleted`),
      h('p', { id: 'session-deleted', role: 'status' }, 'Its tables, every move, the nicknames and the report are erased from the server.'),
      h('p', {}, h('a', { href: '#/classroom' }, '← Classroom')));
    announce(`Session ${code} deleted.`);
  }

  function setWall(w: Wall): void {
    wall = w;
    tables.clear();
    for (const t of w.tables) tables.set(t.number, t);
    drawHead(w);
    drawControls(w);
    drawTables();
    drawStudents(w);
    if (!privacy.childElementCount) drawPrivacy(w);
    for (const t of w.tables) window.multipolarWallShown?.push([t.number, t.stateID, Date.now()]);
  }

  function onEvent(e: StreamEvent): void {
    if (e.kind === 'wall') return setWall(e.wall);
    if (e.kind === 'deleted') return deleted();
    const old = tables.get(e.table.number);
    if (old && old.stateID > e.table.stateID) return;
    tables.set(e.table.number, e.table);
    const el = grid.querySelector(`[data-table="${e.table.number}"]`);
    if (el && (!project || project === 'class' || project === String(e.table.number))) {
      el.replaceWith(card(e.table));
      drawAttention();
    } else drawTables();
    window.multipolarWallShown?.push([e.table.number, e.table.stateID, Date.now()]);
  }

  // The acting students' turn clocks count down between updates.
  const ticker = setInterval(() => {
    for (const el of grid.querySelectorAll<HTMLElement>('.clock[data-ends]')) {
      const left = el.querySelector('.left');
      if (left) left.textContent = clockLeft(Number(el.dataset.ends));
    }
  }, 1000);
  const stopStream = followWall(code, token, onEvent, (e) => {
    error.textContent = e.status === 403 ? 'This browser does not hold the teacher link of this session.' : e.message;
  });
  function stop(): void {
    clearInterval(ticker);
    stopStream();
  }
  return () => {
    gone = true;
    stop();
  };
}
