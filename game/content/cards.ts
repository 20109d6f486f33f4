/**
 * The strategy deck: 48 cards written from Lukin's article (docs/article.md). One file past 300
 * lines because it is data, a card an entry, read top to bottom like the deck itself.
 * Each cites the paragraph that states its idea and teaches one thing in its
 * note; `text` says in one sentence exactly what `effects` do.
 *
 * Mix: 11 US, 13 China, 13 Russia, 11 neutral; 12 economic, 10 technological,
 * 15 political, 11 military. Global tension +1 appears only on the two most
 * aggressive cards (Ukraine 2014, pressure across the Strait). A card with a `year`
 * is a one-time historical event dealt only in the years it may appear in
 * (game/rules/deck.ts).
 */
import {
  atLeast, chinaTech, dependency, exportControls, focus, focusOn, forces, hostileToBoth, hostility,
  influence, isResentful, notYet, prestige, setFlag, standing, tension, track, trackAtLeast, underControls, when,
} from './dsl';
import type { Condition, StrategyCard } from './types';

const pacificTense: Condition = { kind: 'tensionAtLeast', theater: 'pacific', value: 3 };
const europeTense: Condition = { kind: 'tensionAtLeast', theater: 'europe', value: 3 };

const US: readonly StrategyCard[] = [
  {
    id: 'c-foster-distrust', title: 'Pentagon white paper: “foster distrust”', ops: 2, affinity: 'us', domain: 'political',
    text: 'If Russia is resentful: Political cooperation −1 and US +1 prestige; otherwise Political cooperation −1, unless the US is hostile to both (then nothing happens).',
    effects: [
      when(isResentful, [track('political', -1), prestige('us', 1)], [when(hostileToBoth, [], [track('political', -1)])]),
    ],
    cite: 'P16', note: 'A Pentagon-commissioned paper urged the US to “foster distrust and unease” between Moscow and Beijing, which Lukin calls naïve while the US still threatens both.',
  },
  {
    id: 'c-accommodation-talks', title: 'Talks toward accommodation', ops: 2, affinity: 'us', domain: 'political',
    text: 'If the US focus is on China, hostility toward Russia −2 and US −1 influence in Ukraine; if it is on Russia, hostility toward China −2 and US −1 influence in the South China Sea; with no focus, hostility toward both −1; then US +1 prestige. Nothing is locked: hostility may rise again.',
    effects: [
      when(focusOn('china'), [hostility('russia', -2), influence('us', 'ukraine', -1)], [
        when(focusOn('russia'), [hostility('china', -2), influence('us', 'scs', -1)], [hostility('both', -1)]),
      ]),
      prestige('us', 1),
    ],
    cite: 'P16', note: 'Lukin’s only way to stop the alignment deepening is a durable accommodation with Russia or China, or both; talks ease the pressure but can be reversed, which is why in the game only the Accommodate operation is durable.',
  },
  {
    id: 'c-eye-of-sauron', title: 'The Eye of Sauron turns to China', ops: 4, affinity: 'us', domain: 'political',
    text: 'The US focus turns to China; hostility toward China +1.',
    effects: [focus('china'), hostility('china', 1)],
    cite: 'P5', note: 'Once Washington agrees that China is the most significant threat, Beijing can no longer hope that Russia will draw American attention away from it.',
  },
  {
    id: 'c-putin-turns-west', title: 'Putin looks West', year: 2000, until: 2005, ops: 2, affinity: 'us', domain: 'political', once: true,
    text: 'Hostility toward Russia −1; Political cooperation −1.',
    effects: [hostility('russia', -1), track('political', -1)],
    cite: 'P3', note: 'After Putin took over in 2000, Russia briefly tried to strengthen relations with the West and its partnership with China mattered less to the Kremlin.',
  },
  {
    id: 'c-decoupling', title: 'Economic decoupling from China', ops: 3, affinity: 'us', domain: 'economic',
    text: 'Hostility toward China +1; China −1 prestige; Economic cooperation +1.',
    effects: [hostility('china', 1), prestige('china', -1), track('economic', 1)],
    cite: 'P8', note: 'Decoupling China from the US and its allies hurts Beijing but also increases its interest in Russian commodities.',
  },
  {
    id: 'c-isolate-russia', title: 'Isolating Russia', ops: 2, affinity: 'us', domain: 'economic',
    text: 'Hostility toward Russia +1; Russia −1 prestige; if the US is then hostile to both, Political cooperation +1.',
    effects: [hostility('russia', 1), prestige('russia', -1), when(hostileToBoth, [track('political', 1)])],
    cite: 'P4', note: 'After Ukraine, Western hostility and isolation pushed Russia toward closer ties with a receptive China.',
  },
  {
    id: 'c-eu-trade', title: 'The EU is still Russia’s bigger market', ops: 2, affinity: 'us', domain: 'economic',
    text: 'Russia’s Dependency −1; Economic cooperation −1.',
    effects: [dependency(-1), track('economic', -1)],
    cite: 'P7', note: 'China is Russia’s top single trading partner, but the EU collectively still trades far more with Russia.',
  },
  {
    id: 'c-tech-restrictions', title: 'Western tech restrictions', ops: 2, affinity: 'us', domain: 'technological',
    text: 'Export controls for two rounds; China technology −1.',
    effects: [exportControls(2), chinaTech(-1)],
    cite: 'P9', note: 'New Western restrictions cut China off from technology it needs, which gives it a reason to seek a technological alliance with Russia.',
  },
  {
    id: 'c-tech-blockade', title: 'A technological blockade', ops: 3, affinity: 'us', domain: 'technological',
    text: 'China technology −1; hostility toward China +1; if export controls are in force, Technological cooperation +1.',
    effects: [chinaTech(-1), hostility('china', 1), when(underControls, [track('technological', 1)])],
    cite: 'P9', note: 'A Western technological blockade slows China down, but a tech alliance with Russia is one way Beijing can answer it.',
  },
  {
    id: 'c-weakest-link', title: 'Technology, the weakest link', ops: 2, affinity: 'us', domain: 'technological',
    text: 'Technological cooperation −1.',
    effects: [track('technological', -1)],
    cite: 'P9', note: 'Lukin calls technology the weakest link in Sino-Russian cooperation: the two have yet to show they can collaborate effectively on major high-tech projects.',
  },
  {
    id: 'c-commanders-admission', title: 'US commanders’ admission', ops: 3, affinity: 'us', domain: 'military',
    text: 'The US steps back from the theater outside its focus: Europe tension −1 if the focus is on China, Pacific tension −1 if it is on Russia; with no focus, global tension −1.',
    effects: [when(focusOn('china'), [tension('europe', -1)], [when(focusOn('russia'), [tension('pacific', -1)], [tension('global', -1)])])],
    cite: 'P13', note: 'Some American commanders acknowledge that the US does not have the capacity to deal with a resurgent Russia in Europe and the Chinese challenge in the Pacific at the same time.',
  },
  {
    id: 'c-taiwan-contingency', title: 'Planning for a Taiwan contingency', ops: 3, affinity: 'us', domain: 'military',
    text: 'The US +1 force to its pool; US +1 influence in the Taiwan Strait.',
    effects: [forces('us', 'pacific', 1), influence('us', 'taiwan', 1)],
    cite: 'P13', note: 'The Sino-Russian axis already complicates American military planning, and a Chinese invasion of Taiwan coordinated with a Russian operation in Europe no longer looks purely imaginary.',
  },
];

const CHINA: readonly StrategyCard[] = [
  {
    id: 'c-trade-100-billion', title: 'Trade passes $100 billion', year: 2018, ops: 2, affinity: 'china', domain: 'economic', once: true,
    text: 'Economic cooperation +1; Russia’s Dependency +1; China +1 prestige.',
    effects: [track('economic', 1), dependency(1), prestige('self', 1)],
    cite: 'P7', note: 'China is already Russia’s top trading partner, and in 2018 their trade exceeded $100 billion for the first time.',
  },
  {
    id: 'c-chinese-investment', title: 'Chinese investment in Russia', ops: 2, affinity: 'china', domain: 'economic',
    text: 'Economic cooperation +1; Russia’s Dependency +1; China +1 prestige; if the US focus is on China, Economic cooperation +1 more.',
    effects: [track('economic', 1), dependency(1), prestige('self', 1), when(focusOn('china'), [track('economic', 1)])],
    cite: 'P8', note: 'Chinese investment in Russia is still negligible, but decoupling from the West could make it grow significantly.',
  },
  {
    id: 'c-national-currencies', title: 'Trade in national currencies', year: 2019, ops: 2, affinity: 'china', domain: 'economic', once: true,
    text: 'Economic cooperation +1; China +1 prestige; if the US is hostile to both, Economic cooperation +1 more.',
    effects: [track('economic', 1), prestige('self', 1), when(hostileToBoth, [track('economic', 1)])],
    cite: 'P8', note: 'Moscow and Beijing agreed to switch to national currencies in bilateral trade as they move away from the US dollar.',
  },
  {
    id: 'c-technological-alliance', title: 'A technological alliance', ops: 2, affinity: 'china', domain: 'technological',
    text: 'Technological cooperation +1; China +1 prestige; if export controls are in force, Technological cooperation +1 more.',
    effects: [track('technological', 1), prestige('self', 1), when(underControls, [track('technological', 1)])],
    cite: 'P9', note: 'As China loses access to Western technology, a technological alliance with Russia becomes one way to deal with the blockade.',
  },
  {
    id: 'c-beyond-western-tech', title: 'Life without Western technology', ops: 3, affinity: 'china', domain: 'technological',
    text: 'China technology +1; if export controls are in force, Technological cooperation +1 as well.',
    effects: [chinaTech(1), when(underControls, [track('technological', 1)])],
    cite: 'P9', note: 'Losing access to Western technology pushes China to build its own and to look to Russia for what it lacks.',
  },
  {
    id: 'c-division-of-labour', title: 'Toward a division of labour', ops: 4, affinity: 'china', domain: 'technological',
    text: 'Technological cooperation +1; if it is then 5 or more, China technology +1.',
    effects: [track('technological', 1), when(trackAtLeast('technological', 5), [chinaTech(1)])],
    cite: 'P9', note: 'Russia and China have yet to reach the technological integration and division of labour found in the West, and only deep cooperation would pay off for both.',
  },
  {
    id: 'c-korea-support', title: 'Support on the Korean Peninsula', ops: 2, affinity: 'china', domain: 'political',
    text: 'China +1 influence in the Korean Peninsula; if the alignment is Quasi-alliance or higher, Political cooperation +1 and China +1 prestige.',
    effects: [influence('self', 'korea', 1), when(atLeast('quasi'), [track('political', 1), prestige('self', 1)])],
    cite: 'P10', note: 'On the Korean Peninsula Russia has tended to support China or display friendly neutrality.',
  },
  {
    id: 'c-south-china-sea-support', title: 'Support in the South China Sea', ops: 2, affinity: 'china', domain: 'political',
    text: 'China +1 influence in the South China Sea; Political cooperation +1; China +1 prestige.',
    effects: [influence('self', 'scs', 1), track('political', 1), prestige('self', 1)],
    cite: 'P10', note: 'The Kremlin has chosen not to balance China in East Asia and tends to back Beijing on the South China Sea.',
  },
  {
    id: 'c-senkaku-endorsed', title: 'Senkaku/Diaoyu claim endorsed', ops: 1, affinity: 'china', domain: 'political', once: true,
    requires: notYet('claimsEndorsed'),
    text: 'Moscow endorses Beijing’s sea claims: China +2 influence in the East China Sea, Political cooperation +1, China +1 prestige.',
    effects: [setFlag('claimsEndorsed'), influence('self', 'senkaku', 2), track('political', 1), prestige('self', 1)],
    cite: 'P11', note: 'Moscow could endorse Chinese sovereignty claims over the Senkaku/Diaoyu islands as its half of a spheres-of-influence understanding.',
  },
  {
    id: 'c-take-a-stand', title: 'Capitulate or take a stand', ops: 3, affinity: 'china', domain: 'political',
    text: 'If the US focus is on China, Political cooperation +1 and China +1 prestige; otherwise hostility toward China −1.',
    effects: [when(focusOn('china'), [track('political', 1), prestige('self', 1)], [hostility('china', -1)])],
    cite: 'P5', note: 'Under American pressure Beijing must capitulate or take a stand, and to stand it needs a strong ally, for which Russia is the only option.',
  },
  {
    id: 'c-keep-washington-calm', title: 'No need to antagonise Washington', ops: 2, affinity: 'china', domain: 'political',
    text: 'If the US focus is not on China: hostility toward China −1, and if Europe tension is 3 or more, Military cooperation −1.',
    effects: [when(focusOn('china'), [], [hostility('china', -1), when(europeTense, [track('military', -1)])])],
    cite: 'P4', note: 'While its problems with the US still seemed manageable, Beijing had no intention to antagonise Washington by associating itself too closely with a combative Russia.',
  },
  {
    id: 'c-pressure-on-taiwan', title: 'Pressure across the Strait', ops: 3, affinity: 'china', domain: 'military',
    text: 'China +1 influence in the Taiwan Strait; China +1 force in the Pacific; Pacific tension +1; global tension +1.',
    effects: [influence('self', 'taiwan', 1), forces('self', 'pacific', 1), tension('pacific', 1), tension('global', 1)],
    cite: 'P13', note: 'A Chinese move against Taiwan is one half of the coordinated two-theater scenario that, Lukin writes, no longer looks purely imaginary.',
  },
  {
    id: 'c-arms-purchases', title: 'Arms purchases from Russia', ops: 2, affinity: 'china', domain: 'military',
    text: 'Military cooperation +1; China +1 force in the Pacific.',
    effects: [track('military', 1), forces('self', 'pacific', 1)],
    cite: 'P12', note: 'Arms purchases have been part of Sino-Russian military cooperation since the 1990s, growing in scope, scale and complexity.',
  },
];

const RUSSIA: readonly StrategyCard[] = [
  {
    id: 'c-power-of-siberia', title: 'Power of Siberia', year: 2019, ops: 1, affinity: 'russia', domain: 'economic', once: true,
    text: 'The gas pipeline opens: Economic cooperation +2; Russia’s Dependency +1; Russia +1 prestige.',
    effects: [setFlag('powerOfSiberia'), track('economic', 2), dependency(1), prestige('self', 1)],
    cite: 'P7', note: 'The Power of Siberia pipeline ties Russian gas to Chinese demand, with Putin pledging larger volumes as that demand rises.',
  },
  {
    id: 'c-saudi-oil-displaced', title: 'Russia displaces Saudi oil', year: 2016, ops: 2, affinity: 'russia', domain: 'economic', once: true,
    text: 'Economic cooperation +1; Russia’s Dependency +1; Russia +1 prestige.',
    effects: [track('economic', 1), dependency(1), prestige('self', 1)],
    cite: 'P7', note: 'In 2016 Russia displaced Saudi Arabia as China’s top supplier of crude oil.',
  },
  {
    id: 'c-food-supplies', title: 'Food for China', ops: 2, affinity: 'russia', domain: 'economic',
    text: 'Economic cooperation +1; Russia’s Dependency +1; if Pacific tension is 3 or more, Russia +1 prestige.',
    effects: [track('economic', 1), dependency(1), when(pacificTense, [prestige('self', 1)])],
    cite: 'P7', note: 'Russia has increased its food supplies to China, adding another strand to a trade built on Russian resources.',
  },
  {
    id: 'c-resource-periphery', title: 'A resource periphery, a great power', ops: 3, affinity: 'russia', domain: 'economic',
    text: 'Economic cooperation +1; Russia’s Dependency +1; Russia’s Standing +1.',
    effects: [track('economic', 1), dependency(1), standing(1)],
    cite: 'P14', note: 'Russia was Europe’s resource periphery for centuries while acting politically as a great power, and it may repeat the pattern with China.',
  },
  {
    id: 'c-nuclear-deterrent', title: 'Nuclear deterrent', ops: 2, affinity: 'russia', domain: 'military',
    text: 'Russia’s Standing +1; Russia +1 prestige.',
    effects: [standing(1), prestige('self', 1)],
    cite: 'P14', note: 'As long as Russia wields nuclear weapons, Lukin argues, it will not be politically junior to China, whatever the economic gap.',
  },
  {
    id: 'c-ukraine-2014', title: 'Ukraine crisis', year: 2014, ops: 3, affinity: 'russia', domain: 'military', once: true,
    text: 'Russia +1 influence in Ukraine and +1 in Black Sea & Crimea; hostility toward Russia +1; Europe tension +1; global tension +1.',
    effects: [
      influence('self', 'ukraine', 1), influence('self', 'crimea', 1), hostility('russia', 1), tension('europe', 1), tension('global', 1),
    ],
    cite: 'P3', note: 'The Ukraine crisis of 2014 was the culmination of a decade of worsening relations between Russia and the West.',
  },
  {
    id: 'c-coordinated-action', title: 'Coordinated action in both theaters', ops: 3, affinity: 'russia', domain: 'military',
    requires: atLeast('defacto'),
    text: 'Needs a De facto alliance or higher: Europe tension +1 and Pacific tension +1.',
    effects: [tension('europe', 1), tension('pacific', 1)],
    cite: 'P13', note: 'Lukin warns that coordinated military action, China invading Taiwan while Russia conducts a large-scale operation in Europe, no longer looks purely imaginary.',
  },
  {
    id: 'c-defence-technology', title: 'Defence-technology cooperation', ops: 2, affinity: 'russia', domain: 'technological',
    text: 'Technological cooperation +1; Russia +1 prestige; if Military cooperation is 5 or more, Technological cooperation +1 more.',
    effects: [track('technological', 1), prestige('self', 1), when(trackAtLeast('military', 5), [track('technological', 1)])],
    cite: 'P12', note: 'Vasily Kashin observes joint activity not only in military and security affairs but also in defence technology.',
  },
  {
    id: 'c-great-power-mindset', title: 'Great-power mindset', ops: 4, affinity: 'russia', domain: 'political',
    text: 'Russia’s Standing +1; if Russia is resentful, its Standing +1 more.',
    effects: [standing(1), when(isResentful, [standing(1)])],
    cite: 'P14', note: 'Economic asymmetry is not political subordination: a Russia that keeps a great-power mindset need not be China’s junior partner.',
  },
  {
    id: 'c-crimea-recognised', title: 'Crimea recognised', ops: 1, affinity: 'russia', domain: 'political', once: true,
    requires: notYet('crimeaRecognised'),
    text: 'Beijing recognises Crimea as part of Russia: Political cooperation +1, Russia +1 prestige and +1 influence in Black Sea & Crimea.',
    effects: [setFlag('crimeaRecognised'), track('political', 1), prestige('self', 1), influence('self', 'crimea', 1)],
    cite: 'P11', note: 'Formal Chinese recognition of Crimea as part of Russia would be Beijing’s half of a spheres-of-influence understanding.',
  },
  {
    id: 'c-election-meddling', title: 'Election-meddling scandal', year: 2016, ops: 2, affinity: 'russia', domain: 'political', once: true,
    text: 'US −1 prestige; hostility toward Russia +1; if the US is then hostile to both, Political cooperation +1.',
    effects: [prestige('us', -1), hostility('russia', 1), when(hostileToBoth, [track('political', 1)])],
    cite: 'P3', note: 'The US election-meddling scandal marked a low point in relations between Moscow and Washington.',
  },
  {
    id: 'c-post-soviet-sphere', title: 'A leading role in the post-Soviet space', ops: 3, affinity: 'russia', domain: 'political',
    text: 'Russia +1 influence in the Caucasus & Central Asia and +1 in the Middle East.',
    effects: [influence('self', 'caucasus', 1), influence('self', 'mideast', 1)],
    cite: 'P11', note: 'Beijing appears to recognise Russia’s leading role in much of the post-Soviet space and the Middle East in return for Moscow deferring in East Asia.',
  },
  {
    id: 'c-pockets-of-excellence', title: 'Pockets of excellence', ops: 3, affinity: 'russia', domain: 'technological',
    text: 'Technological cooperation +1; Russia’s Standing +1.',
    effects: [track('technological', 1), standing(1)],
    cite: 'P9', note: 'Russia has some pockets of scientific and high-tech excellence that a China cut off from the West would value.',
  },
];

const NEUTRAL: readonly StrategyCard[] = [
  {
    id: 'c-amur-bridges', title: 'Two bridges across the Amur', year: 2019, ops: 2, affinity: 'neutral', domain: 'economic', once: true,
    text: 'Economic cooperation +1; Political cooperation +1; China and Russia +1 prestige each.',
    effects: [setFlag('amurBridges'), track('economic', 1), track('political', 1), prestige('china', 1), prestige('russia', 1)],
    cite: 'P7', note: 'For centuries there was not a single permanent bridge across the Amur, and now two, one for rail and one for vehicles, symbolise Russia’s growing closeness to China.',
  },
  {
    id: 'c-reserves-to-yuan', title: 'Central-bank reserves move to yuan', year: 2018, ops: 2, affinity: 'neutral', domain: 'economic', once: true,
    text: 'Economic cooperation +1; Russia’s Dependency +1.',
    effects: [track('economic', 1), dependency(1)],
    cite: 'P8', note: 'In 2018 Russia’s Central Bank cut its dollar reserves from 45.8 to 22.7 percent and raised its yuan holdings from 2.8 to 14.2 percent.',
  },
  {
    id: 'c-wide-body-jet', title: 'Joint wide-body jet stalls', ops: 2, affinity: 'neutral', domain: 'technological',
    text: 'Technological cooperation −1; China and Russia −1 prestige each.',
    effects: [track('technological', -1), prestige('china', -1), prestige('russia', -1)],
    cite: 'P9', note: 'The joint wide-body airliner meant to compete with Boeing and Airbus has not made much progress.',
  },
  {
    id: 'c-technological-nationalism', title: 'Technological nationalism', ops: 4, affinity: 'neutral', domain: 'technological',
    text: 'Technological cooperation −1; China technology +1.',
    effects: [track('technological', -1), chinaTech(1)],
    cite: 'P9', note: 'Technological nationalism on both sides is a major obstacle to Sino-Russian high-tech cooperation.',
  },
  {
    id: 'c-joint-exercises', title: 'Joint military exercises', ops: 2, affinity: 'neutral', domain: 'military',
    text: 'Military cooperation +1; Pacific tension +1.',
    effects: [track('military', 1), tension('pacific', 1)],
    cite: 'P12', note: 'Since the 1990s Sino-Russian joint exercises have steadily grown in scope, scale and complexity.',
  },
  {
    id: 'c-strategic-consultations', title: 'Strategic consultations', ops: 3, affinity: 'neutral', domain: 'military',
    text: 'Military cooperation +1; if the alignment is Quasi-alliance or higher, Political cooperation +1.',
    effects: [track('military', 1), when(atLeast('quasi'), [track('political', 1)])],
    cite: 'P12', note: 'Strategic consultations are, with arms purchases and exercises, one of the three strands of military cooperation that Lukin lists.',
  },
  {
    id: 'c-kashin-warning', title: 'Kashin’s warning', ops: 3, affinity: 'neutral', domain: 'military',
    text: 'Military cooperation +1; if it is then 6 or more, the US +1 force to its pool.',
    effects: [track('military', 1), when(trackAtLeast('military', 6), [forces('us', 'pacific', 1)])],
    cite: 'P12', note: 'Vasily Kashin notes that, while Moscow and Beijing deny they intend an alliance, their joint activities are “consistent with preparation for possible joint military action against a major hostile country”.',
  },
  {
    id: 'c-two-front-dilemma', title: 'The two-front dilemma', ops: 4, affinity: 'neutral', domain: 'military',
    text: 'If Pacific and Europe tension are both 3 or more, the US −1 force and −1 prestige; otherwise the US +1 force to its pool.',
    effects: [
      when(pacificTense, [when(europeTense, [forces('us', 'pacific', -1), prestige('us', -1)], [forces('us', 'pacific', 1)])], [forces('us', 'pacific', 1)]),
    ],
    cite: 'P13', note: 'Coordinated Chinese and Russian action in the Pacific and in Europe would stretch the US beyond what it can handle at once.',
  },
  {
    id: 'c-north-korea-precedent', title: 'The North Korea precedent', ops: 2, affinity: 'neutral', domain: 'political',
    text: 'If Russia is resentful, its Standing +1; otherwise Economic cooperation +1 and Russia’s Dependency +1.',
    effects: [when(isResentful, [standing(1)], [track('economic', 1), dependency(1)])],
    cite: 'P14', note: 'North Korea depends on China for 90 percent of its trade yet keeps full political autonomy, so economic asymmetry need not mean subordination.',
  },
  {
    id: 'c-multipolar-declaration', title: 'Declaration on a Multipolar World', year: 1997, ops: 2, affinity: 'neutral', domain: 'political', once: true,
    text: 'Political cooperation +1; hostility toward both +1.',
    effects: [track('political', 1), hostility('both', 1)],
    cite: 'P2', note: 'In April 1997 Yeltsin and Jiang Zemin signed a declaration stating their opposition to US-centred hegemony.',
  },
];

export const CARDS: readonly StrategyCard[] = [...US, ...CHINA, ...RUSSIA, ...NEUTRAL];
