/**
 * A student's reflection when their table's game is over: the two prompts
 * the server chose from their table, a short answer each, sent once. A modal
 * dialog of its own, opened after the game's end dialog, so it is on top.
 */
import { ANSWER_MAX, ANSWER_RULE, cleanAnswer } from '../../game/wire/reflection';
import { h } from '../ui/dom';

export interface ReflectionForm {
  readonly dialog: HTMLDialogElement;
  /** Show the prompts: once for each set of prompts, or again when the student asks (`again`). */
  open(prompts: readonly [string, string], again?: boolean): void;
}

export function reflectionForm(send: (answers: readonly [string, string]) => Promise<unknown>): ReflectionForm {
  const field = (i: number) => h('textarea', { id: `reflection-${i}`, name: `answer-${i}`, maxlength: ANSWER_MAX, rows: 4, required: true });
  const label = (i: number) => h('label', { for: `reflection-${i}`, class: 'prompt' });
  const fields = [field(1), field(2)] as const;
  const labels = [label(1), label(2)] as const;
  const error = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'send-reflection' }, 'Send my answers');
  const later = h('button', { type: 'button', id: 'reflection-later' }, 'Later');
  const form = h('form', { method: 'dialog', class: 'reflection-form' },
    h('h2', {}, 'Before you go: two questions about your table'),
    h('p', { class: 'hint' }, `A few sentences each (up to ${ANSWER_MAX} characters). Your teacher reads them with your nickname in the report.`),
    labels[0], fields[0], labels[1], fields[1], error, h('div', { class: 'row' }, later, submit));
  const dialog = h('dialog', { class: 'reflection', id: 'reflection', 'aria-label': 'Two questions about your table' }, form);
  let shown = '';
  let sent = false;
  later.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (sent) return dialog.close();
    const answers = fields.map((f) => cleanAnswer(f.value));
    if (answers.some((a) => a === null)) {
      error.textContent = `Answer both questions: ${ANSWER_RULE}.`;
      return;
    }
    submit.disabled = true;
    error.textContent = '';
    send([answers[0]!, answers[1]!]).then(() => {
      sent = true;
      form.replaceChildren(h('h2', {}, 'Thank you'), h('p', { id: 'reflection-sent', role: 'status' }, 'Your answers are with your teacher.'),
        h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, 'Close')));
    }, (e: Error) => {
      error.textContent = e.message;
      submit.disabled = false;
    });
  });
  return {
    dialog,
    open(prompts, again = false) {
      const key = prompts.join('\n');
      if (shown === key && !again) return;
      shown = key;
      labels.forEach((l, i) => (l.textContent = `${i + 1}. ${prompts[i]}`));
      if (!dialog.isConnected) document.body.append(dialog);
      if (!dialog.open) dialog.showModal();
    },
  };
}
