/**
 * What a part of the board means, with its numbers now (a meter card, a theater's header, the
 * top bar): shown when it is hovered or tapped (a phone's Tracks view has no other help). Words
 * only; the rules' numbers come from the game.
 */
import type { Domain, Partner, Theater } from '../../game';
import { ALIGNMENT_NAMES, BOARD, CHALLENGER, DEFAULT_TUNING as T, DOMAIN_NAMES, DOMAINS, PARTNERS, POWER_NAMES, TECH_MILESTONES, TENSION_NAMES, THEATER_NAMES } from '../../game';
import type { HelpSpot } from '../board/layout';
import type { BoardVM } from '../viewmodel';
import { listed } from './words';

export interface BoardHelp {
  readonly title: string;
  readonly lines: readonly string[];
  readonly cite: string;
}


const threatened = (vm: BoardVM): Partner[] => PARTNERS.filter((p) => vm.threatened[p]);

function cooperation(vm: BoardVM): BoardHelp {
  const calm = PARTNERS.length - threatened(vm).length;
  return {
    title: 'Cooperation tracks',
    lines: [
      `${DOMAINS.map((d) => `${DOMAIN_NAMES[d]} ${vm.tracks[d]}`).join(' · ')}: total ${vm.trackTotal} (each track 0–${vm.limits.track}).`,
      `China and Russia raise a track when one proposes a step and the other accepts${vm.driven ? '. Driven together, an accepted step rises 1 more' : ''}.`,
      `The total sets the alignment: ${vm.thresholds.quasi} for a ${ALIGNMENT_NAMES.quasi}, ${vm.thresholds.defacto} with every track ${vm.thresholds.defactoMinTrack}+ for a ${ALIGNMENT_NAMES.defacto}.`,
      calm
        ? `At the round’s end the highest track falls ${T.calmDecay} for each partner the US does not threaten (${calm} now).`
        : 'The US threatens both partners: no track falls at the round’s end.',
    ],
    cite: 'P7–P12, P16',
  };
}

function nextRung(vm: BoardVM): string {
  const { quasi, defacto, defactoMinTrack, treatyMin } = vm.thresholds;
  const short = (d: Domain, min: number): string | null => (vm.tracks[d] < min ? `${DOMAIN_NAMES[d]} ${vm.tracks[d]}` : null);
  switch (vm.alignment) {
    case 'partnership':
      return `Next: ${ALIGNMENT_NAMES.quasi} at a total of ${quasi} (${quasi - vm.trackTotal} to go).`;
    case 'quasi': {
      const low = DOMAINS.map((d) => short(d, defactoMinTrack)).filter((x) => x !== null);
      const total = vm.trackTotal < defacto ? [`${defacto - vm.trackTotal} more in total`] : [];
      return `Next: ${ALIGNMENT_NAMES.defacto} at a total of ${defacto} with every track ${defactoMinTrack}+ (needs ${listed([...total, ...low.map((x) => `${x} raised`)])}).`;
    }
    case 'defacto':
      return `Next: the treaty (${ALIGNMENT_NAMES.dejure}), proposed and accepted, with Political and Military ${treatyMin}+ (now ${vm.tracks.political} and ${vm.tracks.military}).`;
    case 'dejure':
      return 'The treaty is signed: the top of the ladder.';
  }
}

function alignmentCard(vm: BoardVM): BoardHelp {
  return {
    title: 'Alignment ladder',
    lines: [
      `Now: ${vm.alignmentName}, cooperation total ${vm.trackTotal}.`,
      nextRung(vm),
      `From ${ALIGNMENT_NAMES.defacto} up, each partner the US threatens scores ${T.alliancePrestige} a round, and the partners stand together in crises.`,
      `The US scores ${T.noTreatyPrestige} each round the treaty is unsigned.`,
    ],
    cite: 'P1, P12, P16',
  };
}

function us(vm: BoardVM): BoardHelp {
  const why = (p: Partner): string => {
    const extra = [vm.focus === p ? `+${T.focusThreat} for the Eye of Sauron` : '', p === 'china' && vm.exportControls > 0 ? `+${T.controlsThreat} for export controls` : ''].filter(Boolean);
    return `${POWER_NAMES[p]} ${vm.threat[p]} (hostility ${vm.hostility[p]}${extra.length ? `, ${extra.join(', ')}` : ''})`;
  };
  const t = threatened(vm);
  return {
    title: 'US hostility',
    lines: [
      `The threat each partner feels: ${PARTNERS.map(why).join('; ')}.`,
      `A partner is threatened at ${T.hostileAt}+: ${t.length ? `now ${listed(t.map((p) => POWER_NAMES[p]))}` : 'neither is now'}.${vm.driven ? ` Both threatened, they are driven together: an accepted step rises ${T.drivenStepBonus} more.` : ''}`,
      `Hostility eases ${T.hostilityEase} at every round’s end: a threat fades unless renewed.`,
      `Global force pool ${vm.usPool}: the US fights every crisis with all of it, split between the theaters when both erupt.`,
    ],
    cite: 'P5, P13, P16',
  };
}

function russia(vm: BoardVM): BoardHelp {
  return {
    title: 'Russia: junior partner?',
    lines: [
      `Standing ${vm.standing}, Dependency on China ${vm.dependency}.`,
      `Russia scores ${T.standingPrestige} each round its Standing is ${T.standingMargin ? `at least ${T.standingMargin} above` : 'at least level with'} its Dependency: ${vm.earnsStanding ? 'it does now' : 'not now'}.`,
      vm.resentful
        ? 'Dependency above Standing: Russia resents the junior role. Its highest cooperation track decays, and US wedge actions can work.'
        : 'Should Dependency pass Standing, Russia would resent the junior role: its highest track would decay and US wedge actions could work.',
    ],
    cite: 'P14',
  };
}

function china(vm: BoardVM): BoardHelp {
  const milestones = TECH_MILESTONES.map((m) => `level ${m.level} pays ${T[m.worth]}${vm.chinaTech >= m.level ? ' (reached)' : ''}`);
  return {
    title: 'China: technology',
    lines: [
      `Technology ${vm.chinaTech} of ${vm.limits.chinaTech}. Milestones, each scored once: ${listed(milestones)}.`,
      vm.exportControls > 0
        ? `Western export controls, ${vm.exportControls} round${vm.exportControls === 1 ? '' : 's'} left: China’s research gains 1 less, and the controls add ${T.controlsThreat} to the threat China feels.`
        : 'No export controls now. The US can impose them for two rounds: China’s research then gains 1 less.',
    ],
    cite: 'P8, P9',
  };
}

function theater(vm: BoardVM, id: Theater): BoardHelp {
  const t = vm.theaters.find((x) => x.id === id);
  const fp = t ? BOARD[t.flashpoint].name : '';
  const ch = CHALLENGER[id];
  const partner = PARTNERS.find((p) => p !== ch) ?? ch;
  return {
    title: `${THEATER_NAMES[id]} tension`,
    lines: [
      `Tension ${t?.tension ?? 0} of ${t?.maxTension ?? 0}: at ${t?.threshold ?? 0} a crisis erupts at ${fp} (★) at the round’s end${t && t.tension >= t.threshold ? ' — this round, unless it falls first' : ''}.`,
      `Influence placed at ${fp}, forces deployed here and joint exercises raise it; at the round’s end it rises while ${fp} is contested and eases when it is not.`,
      `The crisis: the US (its whole pool, ${vm.usPool}) against ${POWER_NAMES[ch]} (${t?.forces[ch] ?? 0} forces here), each with its influence at ${fp}; from ${ALIGNMENT_NAMES.defacto} up, ${POWER_NAMES[partner]}’s forces here (${t?.forces[partner] ?? 0}) join ${POWER_NAMES[ch]}.`,
    ],
    cite: 'P13',
  };
}

function topBar(vm: BoardVM): BoardHelp {
  return {
    title: 'Global tension',
    lines: [
      `${vm.globalTension} of ${vm.brink}: ${vm.globalTensionName}.`,
      'Each crisis raises it by 1, charged to whoever pushed the theater over the threshold; a round without a crisis eases it by 1.',
      `Whoever pushes it to ${vm.brink} (${TENSION_NAMES[vm.brink] ?? 'the Brink'}) loses at once: great-power war is a loss for whoever starts it.`,
      `Round ${vm.round} of ${vm.lastRound}: the highest prestige after the last round wins.`,
    ],
    cite: 'P13, P16',
  };
}

export function boardHelp(vm: BoardVM, id: HelpSpot): BoardHelp {
  switch (id) {
    case 'pacific': case 'europe': return theater(vm, id);
    case 'topBar': return topBar(vm);
    case 'cooperation': return cooperation(vm);
    case 'alignment': return alignmentCard(vm);
    case 'us': return us(vm);
    case 'russia': return russia(vm);
    case 'china': return china(vm);
  }
}
