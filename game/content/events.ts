/**
 * World events: one is drawn each round and resolves for everyone. They
 * belong to nobody, so they never name `self` or `partner`, and the rules cap
 * the global tension they raise at 4 (nobody chose them, so nobody reaches
 * the Brink by them). Each cites the article paragraph that states its idea.
 */
import {
  atLeast, chinaTech, dependency, exportControls, focusOn, forces, hostility, influence, prestige, tension, track,
  trackAtLeast, when,
} from './dsl';
import type { WorldEvent } from './types';

export const WORLD_EVENTS: readonly WorldEvent[] = [
  {
    id: 'e-western-isolation', title: 'Russia isolated by the West',
    text: 'Hostility toward Russia +1; Russia’s Dependency +1.',
    effects: [hostility('russia', 1), dependency(1)],
    cite: 'P4', note: 'Growing hostility and isolation from the West left Russia pushing for closer ties with China, and leaning on it more.',
  },
  {
    id: 'e-beijing-weighs-distance', title: 'Beijing weighs its distance from Moscow',
    text: 'If the US focus is on China, Political cooperation +1; otherwise hostility toward China −1 and Military cooperation −1.',
    effects: [when(focusOn('china'), [track('political', 1)], [hostility('china', -1), track('military', -1)])],
    cite: 'P4', note: 'While its problems with the US seemed manageable, Beijing avoided associating itself too closely with a combative Russia, a caution that fades once Washington’s eye is on China.',
  },
  {
    id: 'e-taiwan-election', title: 'Taiwan election',
    text: 'Pacific tension +1; if the US focus is on China, Pacific tension +1 more.',
    effects: [tension('pacific', 1), when(focusOn('china'), [tension('pacific', 1)])],
    cite: 'P13', note: 'Taiwan is where a Chinese military move could start, so politics on the island raises the temperature in the Strait.',
  },
  {
    id: 'e-korean-missile-test', title: 'Missile test on the Korean Peninsula',
    text: 'Pacific tension +1; US +1 influence in the Korean Peninsula; if the alignment is Quasi-alliance or higher, China +1 influence there too.',
    effects: [tension('pacific', 1), influence('us', 'korea', 1), when(atLeast('quasi'), [influence('china', 'korea', 1)])],
    cite: 'P10', note: 'On the Korean Peninsula Russia has tended to side with China, so a crisis there tests the partnership as well as the US alliances.',
  },
  {
    id: 'e-nato-summit', title: 'NATO summit',
    text: 'US +1 influence in the Baltic States; Europe tension +1.',
    effects: [influence('us', 'baltic', 1), tension('europe', 1)],
    cite: 'P13', note: 'Allied commitments in Europe answer a resurgent Russia, but they also tie US attention to a second theater.',
  },
  {
    id: 'e-new-tech-restrictions', title: 'New Western technology restrictions',
    text: 'Export controls for two rounds; hostility toward China +1; China technology −1.',
    effects: [exportControls(2), hostility('china', 1), chinaTech(-1)],
    cite: 'P9', note: 'China is losing access to Western technology through new restrictions, which makes Russian know-how more attractive to it.',
  },
  {
    id: 'e-australia-decoupling', title: 'Decoupling from Australia and the West',
    text: 'China −1 prestige; Economic cooperation +1.',
    effects: [prestige('china', -1), track('economic', 1)],
    cite: 'P8', note: 'China’s economic decoupling from the US and its allies, including Australia, increases its interest in Russian commodities.',
  },
  {
    id: 'e-blockade-fears', title: 'Fears of a naval blockade',
    text: 'Pacific tension +1; if Economic cooperation is 6 or more, China +1 prestige; otherwise China −1 prestige.',
    effects: [tension('pacific', 1), when(trackAtLeast('economic', 6), [prestige('china', 1)], [prestige('china', -1)])],
    cite: 'P8', note: 'Russian supplies come mostly overland, so they are more secure for China against a trade embargo or naval blockade in a war with the US.',
  },
  {
    id: 'e-great-power-politics', title: 'The return of great-power politics',
    text: 'Hostility toward both +1; global tension +1.',
    effects: [hostility('both', 1), tension('global', 1)],
    cite: 'P15', note: 'Many now admit that great-power politics is returning, and with it may come the old-fashioned alliances between equal great powers.',
  },
  {
    id: 'e-alignment-recognised', title: 'Western strategists sound the alarm',
    text: 'The US +1 force to its pool; if the alignment is Quasi-alliance or higher, hostility toward both +1.',
    effects: [forces('us', 'pacific', 1), when(atLeast('quasi'), [hostility('both', 1)])],
    cite: 'P16', note: 'Numerous Western strategists recognise the growing alignment of Chinese and Russian interests, and treating both as threats only deepens it.',
  },
  {
    id: 'e-middle-east', title: 'Russia’s role in the Middle East',
    text: 'Russia +1 influence in the Middle East; if the alignment is Quasi-alliance or higher, Russia +1 more there.',
    effects: [influence('russia', 'mideast', 1), when(atLeast('quasi'), [influence('russia', 'mideast', 1)])],
    cite: 'P11', note: 'Beijing appears to recognise Russia’s leading role in the Middle East as its side of a spheres-of-influence understanding.',
  },
  {
    id: 'e-ukraine-tension', title: 'Tension over Ukraine',
    text: 'Europe tension +1; Russia +1 influence in Ukraine.',
    effects: [tension('europe', 1), influence('russia', 'ukraine', 1)],
    cite: 'P3', note: 'The Ukraine crisis of 2014 was the culmination of Russia’s worsening relations with the West, and it keeps Europe on edge.',
  },
  {
    id: 'e-south-china-sea-standoff', title: 'Standoff in the South China Sea',
    text: 'Pacific tension +1; China +1 influence in the South China Sea.',
    effects: [tension('pacific', 1), influence('china', 'scs', 1)],
    cite: 'P10', note: 'On the South China Sea Russia has tended to support China or display friendly neutrality, so a standoff there does not divide Moscow from Beijing.',
  },
  {
    id: 'e-gas-demand', title: 'Chinese demand for gas rises',
    text: 'If the Power of Siberia pipeline is open, Economic cooperation +1 and Russia +1 prestige.',
    effects: [when({ kind: 'flag', flag: 'powerOfSiberia' }, [track('economic', 1), prestige('russia', 1)])],
    cite: 'P7', note: 'Putin has pledged to increase contracted gas volumes as Chinese demand rises, but only a pipeline turns that demand into closer ties.',
  },
  {
    id: 'e-summit-thaw', title: 'A summit thaw',
    text: 'Global tension −1; hostility −1 toward Russia if the US focus is on China, otherwise toward China.',
    effects: [tension('global', -1), when(focusOn('china'), [hostility('russia', -1)], [hostility('china', -1)])],
    cite: 'P16', note: 'Lukin ties the deepening alignment to a US both see as threatening; a summit eases that threat for a while, but his only way to prevent the alliance is a durable accommodation, which appears off the table in Washington for now.',
  },
];
