/**
 * Classroom routes: #/classroom (join as a student, or start a session as
 * the teacher), #/classroom/seat/CODE (a student's seat, found again after a
 * reload or a move), #/classroom/teach/CODE (the wall; ?t=SECRET hands the
 * teacher link to another device, ?project=class|N is projector mode) and
 * #/classroom/report/CODE (the after-action report) and #/classroom/handouts
 * (a printable role brief per power).
 */
import { SCENARIO_DATA, SCENARIOS } from '../../game';
import type { ScenarioId } from '../../game';
import { CLOCK_CHOICES } from '../../game/wire/classroom';
import { cleanName, NAME_MAX, NAME_RULE } from '../../game/wire/names';
import '../classroom/classroom.css';
import { createSession, getReport, joinSession, typedCode } from '../classroom/api';
import { showHandouts } from '../classroom/handouts';
import { notice } from '../classroom/notice';
import { showReportPage } from '../classroom/report';
import { keepStudentToken, keepTeacherToken, lastStudentSession, teacherToken } from '../classroom/store';
import { showWall } from '../classroom/wall';
import { h } from '../ui/dom';
import { showSeat } from './classroomSeat';

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
