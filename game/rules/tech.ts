import type { MatchState } from '../state';
import { addPrestige } from './prestige';
import { log } from './log';
import type { TuningKey } from './tuning';
import { tuning } from './tuning';

/** China's technology milestones (P9); what each is worth is in the tuning table. Level 6 is self-reliance, the answer to the Western blockade. */
export const TECH_MILESTONES: readonly { readonly level: number; readonly worth: TuningKey }[] = [
  { level: 3, worth: 'tech3Prestige' },
  { level: 5, worth: 'tech5Prestige' },
  { level: 6, worth: 'tech6Prestige' },
];

export function scoreTechMilestones(s: MatchState): void {
  for (const m of TECH_MILESTONES) {
    if (s.chinaTech >= m.level && !s.techMilestones.includes(m.level)) {
      s.techMilestones.push(m.level);
      log(s, 'china', `China reaches technology level ${m.level}.`, 'P9');
      addPrestige(s, 'china', tuning()[m.worth], 'tech', `technology level ${m.level} reached`, 'P9');
    }
  }
}
