/**
 * World events: one is drawn each round and resolves for everyone. They
 * never push global tension to the Brink (nobody chose them).
 */
import {
  atLeast, chinaTech, dependency, focus, forces, hostileToBoth, hostility, influence, isResentful, prestige,
  standing, tension, track, when,
} from './dsl';
import type { WorldEvent } from './types';

export const WORLD_EVENTS: readonly WorldEvent[] = [
  {
    id: 'e-washington-consensus', title: 'A consensus gels in Washington', text: 'The US focus turns to China; hostility toward China +1.',
    effects: [focus('china'), hostility('china', 1)],
    cite: 'P5', note: 'When Washington names China the main threat, Beijing loses the cover Russia’s quarrels once gave it.',
  },
  {
    id: 'e-western-isolation', title: 'Russia isolated by the West', text: 'Hostility toward Russia +1; Russia’s Dependency +1.',
    effects: [hostility('russia', 1), dependency(1)],
    cite: 'P4', note: 'Isolation from the West leaves Russia more reliant on China.',
  },
  {
    id: 'e-oil-glut', title: 'Oil price slump', text: 'Russia −1 prestige; Russia’s Dependency +1.',
    effects: [prestige('russia', -1), dependency(1)],
    cite: 'P7', note: 'A commodity exporter loses leverage when prices fall, and its biggest buyer gains it.',
  },
  {
    id: 'e-korean-missile', title: 'Missile tests on the Korean Peninsula', text: 'Pacific tension +1; the US +1 influence in the Korean Peninsula.',
    effects: [tension('pacific', 1), influence('us', 'korea', 1)],
    cite: 'P10', note: 'Crises on the Korean Peninsula draw in all three powers.',
  },
  {
    id: 'e-taiwan-election', title: 'Taiwan election', text: 'Pacific tension +1; if the US is focused on China, tension rises in the Strait again (+1).',
    effects: [tension('pacific', 1), when({ kind: 'focusOn', power: 'china' }, [tension('pacific', 1)])],
    cite: 'P13', note: 'Taiwan is the likeliest trigger of a Pacific war, and US attention raises the stakes.',
  },
  {
    id: 'e-nato-summit', title: 'NATO summit', text: 'The US +1 influence in the Baltic States; Europe tension +1.',
    effects: [influence('us', 'baltic', 1), tension('europe', 1)],
    cite: 'P13', note: 'Allied solidarity in Europe is reassurance to some and provocation to others.',
  },
  {
    id: 'e-donbas-fighting', title: 'Fighting flares in eastern Ukraine', text: 'Europe tension +1; Russia +1 influence in Ukraine.',
    effects: [tension('europe', 1), influence('russia', 'ukraine', 1)],
    cite: 'P3', note: 'The unresolved war in Ukraine keeps Russia and the West at odds.',
  },
  {
    id: 'e-tech-blockade', title: 'A Western technological blockade', text: 'China technology −1; Technological cooperation +1.',
    effects: [chinaTech(-1), track('technological', 1)],
    cite: 'P9', note: 'A blockade on Western technology pushes China toward Russian know-how.',
  },
  {
    id: 'e-australia-decoupling', title: 'Australia decouples from China', text: 'Economic cooperation +1; China −1 prestige.',
    effects: [track('economic', 1), prestige('china', -1)],
    cite: 'P8', note: 'As China decouples from the US and allies such as Australia, Russian commodities grow more attractive.',
  },
  {
    id: 'e-central-bank', title: 'Central bank dumps US assets', year: '2018', text: 'Economic cooperation +1; if the US is hostile to both, Political cooperation +1 as well.',
    effects: [track('economic', 1), when(hostileToBoth, [track('political', 1)])],
    cite: 'P8', note: 'Russia’s central bank cut its US assets from 29.9 to 9.7 percent of reserves in 2018.',
  },
  {
    id: 'e-junior-partner', title: '“Junior partner” debate in Moscow', text: 'If Russia is resentful, Political cooperation −1; otherwise Russia’s Standing +1.',
    effects: [when(isResentful, [track('political', -1)], [standing(1)])],
    cite: 'P14', note: 'Russian elites argue over whether China is a partner or a patron.',
  },
  {
    id: 'e-great-power-politics', title: 'The return of great-power politics', text: 'US hostility toward both +1.',
    effects: [hostility('both', 1)],
    cite: 'P15', note: 'Many now admit that great-power politics is back — and with it, old-style alliances.',
  },
  {
    id: 'e-middle-east', title: 'War in the Middle East', text: 'Russia +1 influence in the Middle East; the US −1 force from its pool.',
    effects: [influence('russia', 'mideast', 1), forces('us', 'europe', -1)],
    cite: 'P11', note: 'Beijing recognises Russia’s role in the Middle East, where US forces are stretched.',
  },
  {
    id: 'e-naval-standoff', title: 'Naval standoff in the South China Sea', text: 'Pacific tension +1; China +1 influence in the South China Sea.',
    effects: [tension('pacific', 1), influence('china', 'scs', 1)],
    cite: 'P10', note: 'Standoffs at sea test Russia’s “friendly neutrality” toward Chinese claims.',
  },
  {
    id: 'e-arms-race', title: 'Arms race', text: 'China +1 force in the Pacific; Russia +1 force in Europe; the US +1 force to its pool.',
    effects: [forces('china', 'pacific', 1), forces('russia', 'europe', 1), forces('us', 'pacific', 1)],
    cite: 'P13', note: 'A great-power arms race makes a two-front war more thinkable, not less.',
  },
  {
    id: 'e-summit-detente', title: 'A summit thaw', text: 'Global tension −1; if alignment is De facto or higher, hostility toward both +1 instead.',
    effects: [when(atLeast('defacto'), [hostility('both', 1)], [tension('global', -1)])],
    cite: 'P16', note: 'Summits can ease tension — unless the US already sees an alliance forming against it.',
  },
];
