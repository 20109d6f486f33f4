/**
 * The strategy deck: 48 cards written from Lukin's article. Each cites the
 * paragraph its idea comes from and teaches one thing in its note.
 */
import {
  atLeast, below, chinaTech, dependency, exportControls, focus, focusOn, forces, hostileToBoth, hostility,
  influence, isResentful, notYet, prestige, setFlag, standing, tension, track, trackAtLeast, underControls, when,
} from './dsl';
import type { StrategyCard } from './types';

const US: readonly StrategyCard[] = [
  {
    id: 'c-foster-distrust', title: 'Pentagon white paper: "foster distrust"', year: '2019', ops: 2, affinity: 'us', domain: 'political',
    text: 'If Russia is resentful, the Political track −2 and Dependency +1; otherwise the Political track −1.',
    effects: [when(isResentful, [track('political', -2), dependency(1)], [track('political', -1)])],
    cite: 'P16', note: 'The Pentagon-commissioned paper proposed sowing distrust; Lukin calls it naïve unless Moscow already feels like a junior partner.',
  },
  {
    id: 'c-durable-accommodation', title: 'Durable accommodation', ops: 3, affinity: 'us', domain: 'political',
    text: 'US hostility toward both −1; if the US is not focused on Russia, hostility toward Russia −1 more; US +1 prestige.',
    effects: [hostility('both', -1), when({ kind: 'focusOn', power: 'china' }, [hostility('russia', -1)]), when(focusOn('none'), [hostility('russia', -1)]), prestige('us', 1)],
    cite: 'P16', note: 'For Lukin the only way to stop the alignment deepening is a lasting deal with Moscow or Beijing, or both.',
  },
  {
    id: 'c-eye-on-china', title: 'The Eye of Sauron turns to China', year: '2018', ops: 2, affinity: 'us', domain: 'political',
    text: 'The US focus moves to China; hostility toward China +1; US +1 prestige.',
    effects: [focus('china'), hostility('china', 1), prestige('us', 1)],
    cite: 'P5', note: 'A Washington consensus that China is the main threat means Beijing can no longer hide behind Moscow’s quarrels with the West.',
  },
  {
    id: 'c-rogue-state', title: 'Russia as a rogue state', ops: 2, affinity: 'us', domain: 'political',
    text: 'Hostility toward Russia +1; Russia −1 prestige; Europe tension +1.',
    effects: [hostility('russia', 1), prestige('russia', -1), tension('europe', 1)],
    cite: 'P5', note: 'Treating Russia as a rogue state isolates it, but it also pushes Moscow to look east.',
  },
  {
    id: 'c-export-restrictions', title: 'Western tech restrictions', year: '2019', ops: 3, affinity: 'us', domain: 'technological',
    text: 'Export controls for two rounds; China technology −1.',
    effects: [exportControls(2), chinaTech(-1)],
    cite: 'P9', note: 'Cutting China off from Western technology slows it down, but also gives it a reason to build a technological alliance with Russia.',
  },
  {
    id: 'c-decoupling', title: 'Economic decoupling', ops: 3, affinity: 'us', domain: 'economic',
    text: 'Hostility toward China +1; China −1 prestige; if Economic cooperation is 6+, China recovers through Russian commodities (+1 prestige).',
    effects: [hostility('china', 1), prestige('china', -1), when(trackAtLeast('economic', 6), [prestige('china', 1)])],
    cite: 'P8', note: 'Decoupling from the US and its allies makes Russian commodities, delivered overland, more valuable to China.',
  },
  {
    id: 'c-sanctions-wave', title: 'Post-Ukraine sanctions', year: '2014', ops: 2, affinity: 'us', domain: 'economic',
    text: 'Russia −2 prestige; hostility toward Russia +1; if the US is hostile to both, Economic cooperation +1.',
    effects: [prestige('russia', -2), hostility('russia', 1), when(hostileToBoth, [track('economic', 1)])],
    cite: 'P4', note: 'Western sanctions after 2014 punished Russia but also pushed it to seek closer economic ties with China.',
  },
  {
    id: 'c-rally-nato', title: 'Rally the Atlantic allies', ops: 3, affinity: 'us', domain: 'military',
    text: 'US +1 influence in the Baltic States and in Ukraine.',
    effects: [influence('us', 'baltic', 1), influence('us', 'ukraine', 1)],
    cite: 'P13', note: 'Allied commitments in Europe are the US answer to a resurgent Russia — but they tie down forces the Pacific also needs.',
  },
  {
    id: 'c-pacific-alliances', title: 'Pacific alliances', ops: 3, affinity: 'us', domain: 'military',
    text: 'US +1 influence in the Korean Peninsula and the East China Sea.',
    effects: [influence('us', 'korea', 1), influence('us', 'senkaku', 1)],
    cite: 'P10', note: 'US alliances in East Asia are the backbone of its position on the Korean Peninsula and in the East China Sea.',
  },
  {
    id: 'c-freedom-navigation', title: 'Freedom of navigation patrols', ops: 2, affinity: 'us', domain: 'military',
    text: 'US +1 influence in the South China Sea and Southeast Asia; Pacific tension +1.',
    effects: [influence('us', 'scs', 1), influence('us', 'malacca', 1), tension('pacific', 1)],
    cite: 'P10', note: 'Contesting Chinese claims at sea reassures allies and raises the temperature at the same time.',
  },
  {
    id: 'c-two-front-planning', title: 'Commanders admit the two-front problem', ops: 1, affinity: 'us', domain: 'military',
    text: 'US global force pool +2.',
    effects: [forces('us', 'pacific', 2)],
    cite: 'P13', note: 'American commanders acknowledge they cannot fight Russia in Europe and China in the Pacific at once; the answer is more forces or fewer fronts.',
  },
  {
    id: 'c-deterrence-posture', title: 'Forward deterrence', ops: 2, affinity: 'us', domain: 'military',
    text: 'US global force pool +1; US +1 influence in the Taiwan Strait.',
    effects: [forces('us', 'pacific', 1), influence('us', 'taiwan', 1)],
    cite: 'P13', note: 'Forward forces deter a move on Taiwan, but every unit in Asia is one fewer for Europe.',
  },
  {
    id: 'c-eu-trade', title: 'The EU remains Russia’s bigger market', ops: 2, affinity: 'us', domain: 'economic',
    text: 'Russia’s Dependency −1; Economic cooperation −1.',
    effects: [dependency(-1), track('economic', -1)],
    cite: 'P7', note: 'Collectively the EU still trades far more with Russia than China does — a tie the West can use.',
  },
  {
    id: 'c-putin-turns-west', title: 'Putin looks West', year: '2000', ops: 2, affinity: 'us', domain: 'political',
    text: 'Hostility toward Russia −1; Political cooperation −1.',
    effects: [hostility('russia', -1), track('political', -1)],
    cite: 'P3', note: 'After 2000 Russia briefly courted the West and China mattered less: the partnership was never a one-way street.',
  },
];

const CHINA: readonly StrategyCard[] = [
  {
    id: 'c-trade-100bn', title: 'Trade passes $100 billion', year: '2018', ops: 2, affinity: 'china', domain: 'economic',
    text: 'Economic cooperation +1; Russia’s Dependency +1; China +1 prestige.',
    effects: [track('economic', 1), dependency(1), prestige('self', 1)],
    cite: 'P7', note: 'China is already Russia’s top trading partner, and in 2018 their trade passed $100 billion for the first time.',
  },
  {
    id: 'c-investment-russia', title: 'Chinese investment in Russia', ops: 3, affinity: 'china', domain: 'economic',
    text: 'Economic cooperation +1; Russia’s Dependency +1; if the US is hostile to both, Economic cooperation +1 more.',
    effects: [track('economic', 1), dependency(1), when(hostileToBoth, [track('economic', 1)])],
    cite: 'P8', note: 'Chinese investment in Russia is still negligible, but decoupling from the West could make it grow fast.',
  },
  {
    id: 'c-tech-alliance', title: 'A technological alliance', ops: 2, affinity: 'china', domain: 'technological',
    text: 'Technological cooperation +1; under export controls, +1 more and China technology +1.',
    effects: [track('technological', 1), when(underControls, [track('technological', 1), chinaTech(1)])],
    cite: 'P9', note: 'Losing Western technology gives China a reason to tap Russia’s pockets of scientific excellence.',
  },
  {
    id: 'c-made-in-china', title: 'Indigenous innovation drive', ops: 3, affinity: 'china', domain: 'technological',
    text: 'China technology +1; China +1 prestige.',
    effects: [chinaTech(1), prestige('self', 1)],
    cite: 'P9', note: 'Technological nationalism drives China’s own research — and makes sharing with Russia harder.',
  },
  {
    id: 'c-scs-claims', title: 'South China Sea build-up', ops: 2, affinity: 'china', domain: 'military',
    text: 'China +2 influence in the South China Sea; Pacific tension +1.',
    effects: [influence('self', 'scs', 2), tension('pacific', 1)],
    cite: 'P10', note: 'China presses its claims in the South China Sea, where Russia has tended to back it or stay friendly-neutral.',
  },
  {
    id: 'c-taiwan-pressure', title: 'Pressure across the Strait', ops: 3, affinity: 'china', domain: 'military',
    text: 'China +1 influence in the Taiwan Strait; China +1 force in the Pacific; Pacific tension +1.',
    effects: [influence('self', 'taiwan', 1), forces('self', 'pacific', 1), tension('pacific', 1)],
    cite: 'P13', note: 'A Chinese move on Taiwan is one half of the scenario US planners fear most.',
  },
  {
    id: 'c-belt-malacca', title: 'Ports along the Strait of Malacca', ops: 2, affinity: 'china', domain: 'economic',
    text: 'China +2 influence in Southeast Asia & the Strait of Malacca.',
    effects: [influence('self', 'malacca', 2)],
    cite: 'P8', note: 'Sea lanes through Malacca are China’s weak spot in a blockade, which is why overland supply from Russia matters.',
  },
  {
    id: 'c-beijing-caution', title: 'Beijing’s caution', ops: 2, affinity: 'china', domain: 'political',
    text: 'Hostility toward China −1; China +1 prestige; Military cooperation −1.',
    effects: [hostility('china', -1), prestige('self', 1), track('military', -1)],
    cite: 'P4', note: 'While its problems with the US seemed manageable, Beijing avoided tying itself too closely to a combative Russia.',
  },
  {
    id: 'c-take-a-stand', title: 'Take a stand', ops: 3, affinity: 'china', domain: 'political',
    text: 'If the US focus is on China: Political cooperation +1 and China +1 prestige; otherwise China +1 prestige.',
    effects: [when(focusOn('china'), [track('political', 1), prestige('self', 1)], [prestige('self', 1)])],
    cite: 'P5', note: 'Under the Eye of Sauron Beijing must capitulate or take a stand — and standing needs an ally.',
  },
  {
    id: 'c-yuan-reserves', title: 'Reserves move to yuan', year: '2018', ops: 2, affinity: 'china', domain: 'economic',
    text: 'Economic cooperation +1; China +1 prestige.',
    effects: [track('economic', 1), prestige('self', 1)],
    cite: 'P8', note: 'Russia’s central bank cut its dollar reserves by half in 2018 and raised its yuan holdings from 2.8 to 14.2 percent.',
  },
  {
    id: 'c-korea-support', title: 'Coordination on Korea', ops: 2, affinity: 'china', domain: 'political',
    text: 'China +1 influence in the Korean Peninsula; if alignment is Quasi-alliance or higher, +1 more.',
    effects: [influence('self', 'korea', 1), when(atLeast('quasi'), [influence('self', 'korea', 1)])],
    cite: 'P10', note: 'On the Korean Peninsula Russia has tended to support China’s line.',
  },
  {
    id: 'c-senkaku-endorsed', title: 'Senkaku/Diaoyu claims endorsed', ops: 1, affinity: 'china', domain: 'political', once: true,
    requires: notYet('claimsEndorsed'),
    text: 'Moscow endorses Beijing’s sea claims: China +2 influence in the East China Sea and +1 prestige; Political cooperation +1.',
    effects: [setFlag('claimsEndorsed'), influence('self', 'senkaku', 2), prestige('self', 1), track('political', 1)],
    cite: 'P11', note: 'Endorsing Chinese sovereignty claims would be Moscow’s half of a spheres-of-influence bargain.',
  },
];

const RUSSIA: readonly StrategyCard[] = [
  {
    id: 'c-power-of-siberia', title: 'Power of Siberia', year: '2019', ops: 3, affinity: 'russia', domain: 'economic', once: true,
    text: 'The gas pipeline opens: Economic cooperation +2; Russia’s Dependency +1; Russia +1 prestige.',
    effects: [setFlag('powerOfSiberia'), track('economic', 2), dependency(1), prestige('self', 1)],
    cite: 'P7', note: 'The Power of Siberia pipeline ties Russian gas to Chinese demand, with Putin pledging more as China asks.',
  },
  {
    id: 'c-amur-bridges', title: 'Two bridges across the Amur', year: '2019', ops: 2, affinity: 'russia', domain: 'economic', once: true,
    text: 'Economic cooperation +1; Political cooperation +1; both partners +1 prestige.',
    effects: [setFlag('amurBridges'), track('economic', 1), track('political', 1), prestige('self', 1), prestige('partner', 1)],
    cite: 'P7', note: 'For centuries the Amur had no permanent bridge; now two symbolise Russia’s growing closeness to China.',
  },
  {
    id: 'c-saudi-displaced', title: 'Russia displaces Saudi oil', year: '2016', ops: 2, affinity: 'russia', domain: 'economic',
    text: 'Economic cooperation +1; Russia +1 prestige; Russia’s Dependency +1.',
    effects: [track('economic', 1), prestige('self', 1), dependency(1)],
    cite: 'P7', note: 'In 2016 Russia became China’s top supplier of crude oil, ahead of Saudi Arabia.',
  },
  {
    id: 'c-food-supplies', title: 'Food for China', ops: 1, affinity: 'russia', domain: 'economic',
    text: 'Economic cooperation +1; Russia’s Dependency +1.',
    effects: [track('economic', 1), dependency(1)],
    cite: 'P7', note: 'Russia has increased food supplies to China — another strand of a resource relationship.',
  },
  {
    id: 'c-nuclear-deterrent', title: 'Nuclear deterrent', ops: 3, affinity: 'russia', domain: 'military',
    text: 'Russia’s Standing +2.',
    effects: [standing(2)],
    cite: 'P14', note: 'As long as Russia wields nuclear weapons and a great-power mindset, economic asymmetry need not make it China’s junior.',
  },
  {
    id: 'c-great-power-mindset', title: 'Great-power mindset', ops: 2, affinity: 'russia', domain: 'political',
    text: 'Russia’s Standing +1; Russia +1 prestige.',
    effects: [standing(1), prestige('self', 1)],
    cite: 'P14', note: 'Economic asymmetry is not political subordination; Russia acts as a great power whatever its balance sheet.',
  },
  {
    id: 'c-resource-periphery', title: 'Europe’s resource periphery', ops: 2, affinity: 'russia', domain: 'economic',
    text: 'Russia’s Standing +1; Russia’s Dependency +1; Economic cooperation +1.',
    effects: [standing(1), dependency(1), track('economic', 1)],
    cite: 'P14', note: 'Russia was Europe’s resource periphery for centuries while acting as a great power; it may repeat the pattern with China.',
  },
  {
    id: 'c-crimea-recognised', title: 'Crimea recognised', ops: 1, affinity: 'russia', domain: 'political', once: true,
    requires: notYet('crimeaRecognised'),
    text: 'Beijing recognises Crimea as Russian: Russia +2 prestige and +1 influence in Black Sea & Crimea; Political cooperation +1.',
    effects: [setFlag('crimeaRecognised'), prestige('self', 2), influence('self', 'crimea', 1), track('political', 1)],
    cite: 'P11', note: 'Formal Chinese recognition of Crimea would be Beijing’s half of the spheres bargain.',
  },
  {
    id: 'c-ukraine-2014', title: 'Ukraine crisis', year: '2014', ops: 3, affinity: 'russia', domain: 'military', once: true,
    text: 'Russia +2 influence in Ukraine; hostility toward Russia +1; Europe tension +1.',
    effects: [influence('self', 'ukraine', 2), hostility('russia', 1), tension('europe', 1)],
    cite: 'P3', note: 'The 2014 Ukraine crisis was the culmination of Russia’s worsening relations with the West.',
  },
  {
    id: 'c-post-soviet-space', title: 'Leading role in the post-Soviet space', ops: 2, affinity: 'russia', domain: 'political',
    text: 'Russia +1 influence in the Caucasus & Central Asia and in the Middle East.',
    effects: [influence('self', 'caucasus', 1), influence('self', 'mideast', 1)],
    cite: 'P11', note: 'Beijing appears to accept Moscow’s leading role in much of the post-Soviet space and the Middle East.',
  },
  {
    id: 'c-arms-sales', title: 'Arms purchases', ops: 2, affinity: 'russia', domain: 'military',
    text: 'Military cooperation +1; Russia +1 prestige; China +1 force in the Pacific.',
    effects: [track('military', 1), prestige('self', 1), forces('china', 'pacific', 1)],
    cite: 'P12', note: 'Russian arms sales to China have been a pillar of their military cooperation since the 1990s.',
  },
  {
    id: 'c-election-meddling', title: 'Election-meddling scandal', year: '2016', ops: 3, affinity: 'russia', domain: 'political', once: true,
    text: 'Russia +1 influence in the Baltic States; hostility toward Russia +2.',
    effects: [influence('self', 'baltic', 1), hostility('russia', 2)],
    cite: 'P3', note: 'The US election-meddling scandal deepened the rift between Moscow and Washington.',
  },
];

const NEUTRAL: readonly StrategyCard[] = [
  {
    id: 'c-joint-exercises', title: 'Joint military exercises', ops: 2, affinity: 'neutral', domain: 'military',
    text: 'Military cooperation +1; Pacific tension +1.',
    effects: [track('military', 1), tension('pacific', 1)],
    cite: 'P12', note: 'Sino-Russian exercises have grown steadily in scope, scale and complexity since the 1990s.',
  },
  {
    id: 'c-strategic-consultations', title: 'Strategic consultations', ops: 3, affinity: 'neutral', domain: 'military',
    text: 'Military cooperation +1; Political cooperation +1 if alignment is Quasi-alliance or higher.',
    effects: [track('military', 1), when(atLeast('quasi'), [track('political', 1)])],
    cite: 'P12', note: 'Regular strategic consultations keep two militaries talking long before any treaty.',
  },
  {
    id: 'c-kashin-warning', title: 'Kashin’s warning', ops: 3, affinity: 'neutral', domain: 'military',
    text: 'If alignment is De facto or higher, US hostility toward both +1 and US global pool +1; otherwise Military cooperation +1.',
    effects: [when(atLeast('defacto'), [hostility('both', 1), forces('us', 'pacific', 1)], [track('military', 1)])],
    cite: 'P12', note: 'Vasily Kashin notes their joint activities are consistent with preparing joint action against a major hostile country.',
  },
  {
    id: 'c-wide-body-jet', title: 'Joint wide-body jet stalls', ops: 2, affinity: 'neutral', domain: 'technological',
    text: 'Technological cooperation −1; China technology +1.',
    effects: [track('technological', -1), chinaTech(1)],
    cite: 'P9', note: 'The joint airliner meant to rival Boeing and Airbus has made little progress: high-tech cooperation is hard.',
  },
  {
    id: 'c-tech-nationalism', title: 'Technological nationalism', ops: 3, affinity: 'neutral', domain: 'technological',
    text: 'Technological cooperation −1.',
    effects: [track('technological', -1)],
    cite: 'P9', note: 'Both sides guard their technology jealously — the main obstacle to integration.',
  },
  {
    id: 'c-national-currencies', title: 'Trade in national currencies', year: '2019', ops: 2, affinity: 'neutral', domain: 'economic',
    text: 'Economic cooperation +1; if the US is hostile to both, +1 more.',
    effects: [track('economic', 1), when(hostileToBoth, [track('economic', 1)])],
    cite: 'P8', note: 'In 2019 Moscow and Beijing agreed to switch bilateral trade to national currencies, moving away from the dollar.',
  },
  {
    id: 'c-north-korea-precedent', title: 'The North Korea precedent', ops: 2, affinity: 'neutral', domain: 'political',
    text: 'If Russia is resentful, Russia’s Standing +1; otherwise Russia’s Dependency −1.',
    effects: [when(isResentful, [standing(1)], [dependency(-1)])],
    cite: 'P14', note: 'North Korea depends on China for 90 percent of its trade yet keeps full political autonomy.',
  },
  {
    id: 'c-multipolar-declaration', title: 'Declaration on a Multipolar World', year: '1997', ops: 3, affinity: 'neutral', domain: 'political', once: true,
    text: 'Political cooperation +1; US hostility toward both +1.',
    effects: [track('political', 1), hostility('both', 1)],
    cite: 'P2', note: 'In 1997 Yeltsin and Jiang Zemin declared their opposition to US-centred hegemony.',
  },
  {
    id: 'c-taiwan-1996', title: 'Taiwan Strait crisis 1995–96', year: '1996', ops: 3, affinity: 'neutral', domain: 'military', once: true,
    text: 'Pacific tension +1; US +1 influence in the Taiwan Strait; hostility toward China +1; Military cooperation +1.',
    effects: [tension('pacific', 1), influence('us', 'taiwan', 1), hostility('china', 1), track('military', 1)],
    cite: 'P2', note: 'The 1995–96 crisis showed China’s impotence against the American superpower and pushed it toward Moscow.',
  },
  {
    id: 'c-alliance-of-equals', title: 'An alliance of equals', ops: 1, affinity: 'neutral', domain: 'political',
    requires: below('dejure'),
    text: 'If alignment is De facto or higher, Political cooperation +1; otherwise the card’s player +1 prestige.',
    effects: [when(atLeast('defacto'), [track('political', 1)], [prestige('self', 1)])],
    cite: 'P15', note: 'Great-power politics may revive the “old-fashioned” alliance between equals that experts find hard to imagine.',
  },
];

export const CARDS: readonly StrategyCard[] = [...US, ...CHINA, ...RUSSIA, ...NEUTRAL];
