import type { MatchState } from '../state';
import { addPrestige } from './prestige';
import { log } from './log';

/** China's technology milestones and the prestige each is worth (P9). */
export const TECH_MILESTONES: readonly { readonly level: number; readonly prestige: number }[] = [
  { level: 3, prestige: 3 },
  { level: 5, prestige: 4 },
  // Technological self-reliance, the answer to the Western blockade (P9).
  { level: 6, prestige: 4 },
];

export function scoreTechMilestones(s: MatchState): void {
  for (const m of TECH_MILESTONES) {
    if (s.chinaTech >= m.level && !s.techMilestones.includes(m.level)) {
      s.techMilestones.push(m.level);
      log(s, 'china', `China reaches technology level ${m.level}.`, 'P9');
      addPrestige(s, 'china', m.prestige, 'tech', `technology level ${m.level} reached`, 'P9');
    }
  }
}
