/**
 * Russia–China proposals: the partner accepts or declines at once; the
 * proposer's ops are spent either way (docs/design.md §4).
 */
import { MAX_INFLUENCE } from '../board';
import type { MatchState, Proposal } from '../state';
import { DOMAIN_NAMES, POWER_NAMES, THEATER_NAMES } from '../types';
import { alignment, alignmentNews } from './derived';
import { clamp } from './clamp';
import { MAX_METER, MAX_TRACK } from './effects';
import { logMove } from './log';
import { proposalPhrase, stepGain } from './ops';
import { cooperationPays } from './threat-pay';
import { DEFAULT_TUNING, tuning } from './tuning';
import { addPrestige } from './prestige';
import { changeTheaterTension } from './tension';

/** Exercises are held in the proposer's theater: China's in the Pacific, Russia's in Europe (the Baltic 2017, the Mediterranean 2015). */
const EXERCISE_THEATER = { china: 'pacific', russia: 'europe' } as const;

/** Defaults; the rules read the tuning table. */
export const BARGAIN_PRESTIGE = DEFAULT_TUNING.bargainPrestige;
export const TREATY_PRESTIGE = DEFAULT_TUNING.treatyPrestige;
/** Why the treaty's prestige is paid, in its log line: paid at the signing, not at a round's end (the round summary tells them apart). */
export const TREATY_SIGNED = 'the mutual-defence treaty signed';

/**
 * What accepting a proposal would do, in one sentence, for the partner weighing it
 * (the proposal panel): worked out from the same rules `answerProposal` applies.
 */
export function acceptingPays(s: Pick<MatchState, 'hostility' | 'focus' | 'exportControls' | 'flags' | 'tracks'>, p: Proposal): string {
  switch (p.kind) {
    case 'step': {
      const extra =
        p.domain === 'economic' ? "; Russia's Dependency +1" : p.domain === 'military' ? `; ${THEATER_NAMES[EXERCISE_THEATER[p.from]]} tension +1` : '';
      const pay = cooperationPays(s, p.from);
      const paid = [
        pay.proposer ? `${POWER_NAMES[p.from]} +${pay.proposer} prestige` : '',
        pay.chinaCaution ? `China −${pay.chinaCaution} prestige (Beijing’s caution)` : '',
      ].filter(Boolean).join(', ');
      return `Accepting: ${DOMAIN_NAMES[p.domain]} cooperation +${stepRise(s, p)}${paid ? `, ${paid}` : ''}${extra}.`;
    }
    case 'bargain': {
      const paid = [!s.flags.claimsEndorsed && 'China', !s.flags.crimeaRecognised && 'Russia'].filter(Boolean);
      const prestige = paid.length ? `, ${paid.join(' and ')} +${tuning().bargainPrestige} prestige` : '';
      return `Accepting: Political cooperation +1, influence in Crimea, the South China Sea and the Senkaku/Diaoyu islands${prestige}.`;
    }
    case 'treaty':
      return `Accepting signs the treaty: a De jure alliance, China and Russia +${tuning().treatyPrestige} prestige each.`;
  }
}

/** How far an accepted step raises its track: its gain, short of the track's maximum. */
function stepRise(s: Pick<MatchState, 'hostility' | 'focus' | 'exportControls' | 'tracks'>, p: Extract<Proposal, { kind: 'step' }>): number {
  return Math.min(stepGain(s, p.domain, p.ops), MAX_TRACK - s.tracks[p.domain]);
}

export function answerProposal(s: MatchState, p: Proposal, accept: boolean): void {
  if (!accept) {
    logMove(s, p.to, `${POWER_NAMES[p.to]} declines ${POWER_NAMES[p.from]}'s proposal.`, p.kind === 'treaty' ? 'P12' : 'P4');
    return;
  }
  switch (p.kind) {
    case 'step': {
      const gain = stepRise(s, p);
      const was = alignment(s);
      s.tracks[p.domain] += gain;
      // A rung of the ladder reached is said in the line that reaches it (P1).
      const now = alignment(s);
      const rung = alignmentNews(was, now);
      logMove(s, p.to, `${POWER_NAMES[p.to]} accepts: ${DOMAIN_NAMES[p.domain]} cooperation +${gain} (${s.tracks[p.domain] - gain}→${s.tracks[p.domain]}).${rung}`, CITE_BY_DOMAIN[p.domain]);
      const pay = cooperationPays(s, p.from);
      if (pay.proposer) addPrestige(s, p.from, pay.proposer, 'cooperation', `${proposalPhrase(p)} accepted${tuning().cooperationNeedsThreat ? ', against the US threat' : ''}`, CITE_BY_DOMAIN[p.domain]);
      // Beijing's caution (P4): unthreatened, it pays for associating with a combative Russia.
      if (pay.chinaCaution) addPrestige(s, 'china', -pay.chinaCaution, 'cooperation', 'too close to a combative Russia while Washington leaves Beijing be', 'P4');
      if (p.domain === 'economic') {
        // Economic asymmetry deepens Russia's dependency (P14).
        s.dependency = clamp(0, MAX_METER, s.dependency + 1);
      }
      if (p.domain === 'military') {
        // Joint exercises alarm the US and its allies where they are held (P12).
        changeTheaterTension(s, EXERCISE_THEATER[p.from], 1, p.from);
      }
      return;
    }
    case 'bargain': {
      // Each half pays only if it had not already happened through a card.
      const crimeaNew = !s.flags.crimeaRecognised;
      const claimsNew = !s.flags.claimsEndorsed;
      s.flags.crimeaRecognised = true;
      s.flags.claimsEndorsed = true;
      s.tracks.political = clamp(0, MAX_TRACK, s.tracks.political + 1);
      s.influence.crimea.russia = Math.min(MAX_INFLUENCE, s.influence.crimea.russia + 1);
      s.influence.scs.china = Math.min(MAX_INFLUENCE, s.influence.scs.china + 1);
      s.influence.senkaku.china = Math.min(MAX_INFLUENCE, s.influence.senkaku.china + 1);
      logMove(s, p.to, 'The spheres bargain: Beijing recognises Crimea as Russian; Moscow endorses Chinese claims in the South China Sea and over the Senkaku/Diaoyu islands.', 'P11', true);
      const { bargainPrestige } = tuning();
      if (crimeaNew) addPrestige(s, 'russia', bargainPrestige, 'bargain', 'the spheres bargain: Crimea recognised as Russian', 'P11');
      if (claimsNew) addPrestige(s, 'china', bargainPrestige, 'bargain', 'the spheres bargain: its sea claims endorsed', 'P11');
      return;
    }
    case 'treaty':
      s.treaty = true;
      logMove(s, p.to, 'Moscow and Beijing sign a mutual-defence treaty "à la Article 5": a De jure alliance.', 'P12', true);
      addPrestige(s, 'russia', tuning().treatyPrestige, 'alignment', TREATY_SIGNED, 'P12');
      addPrestige(s, 'china', tuning().treatyPrestige, 'alignment', TREATY_SIGNED, 'P12');
      return;
  }
}

const CITE_BY_DOMAIN = { economic: 'P7', technological: 'P9', political: 'P10', military: 'P12' } as const;
