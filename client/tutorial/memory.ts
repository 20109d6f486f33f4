/** Whether this browser has finished or skipped the tutorial (localStorage). */
export type TutorialMemory = 'done' | 'skipped' | null;

const KEY = 'multipolar.tutorial';

export function tutorialMemory(): TutorialMemory {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'done' || v === 'skipped' ? v : null;
  } catch {
    return null;
  }
}

/** Remember the tutorial; skipping never overwrites having finished it. */
export function rememberTutorial(v: 'done' | 'skipped'): void {
  if (v === 'skipped' && tutorialMemory() === 'done') return;
  try {
    localStorage.setItem(KEY, v);
  } catch {
    // Storage disabled: the tutorial is offered again next time, nothing worse.
  }
}
