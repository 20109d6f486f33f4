/**
 * Whether this browser has finished or skipped each power's tutorial (localStorage).
 * The United States' keeps the key the single tutorial used, so a tutorial
 * finished before there were three still reads as the US one done.
 */
import type { Power } from '../../game';

export type TutorialMemory = 'done' | 'skipped' | null;

const KEY = 'multipolar.tutorial';
const keyOf = (power: Power): string => (power === 'us' ? KEY : `${KEY}.${power}`);

export function tutorialMemory(power: Power): TutorialMemory {
  try {
    const v = localStorage.getItem(keyOf(power));
    return v === 'done' || v === 'skipped' ? v : null;
  } catch {
    return null;
  }
}

/** Remember a power's tutorial; skipping never overwrites having finished it. */
export function rememberTutorial(power: Power, v: 'done' | 'skipped'): void {
  if (v === 'skipped' && tutorialMemory(power) === 'done') return;
  try {
    localStorage.setItem(keyOf(power), v);
  } catch {
    // Storage disabled: the tutorial is offered again next time, nothing worse.
  }
}
