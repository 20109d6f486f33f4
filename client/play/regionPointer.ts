/**
 * Regions pointed at, on the map or from the HTML layer: the tooltip beside
 * the region (never on a small screen's hidden board), the outline on the
 * board, and a click that chooses the region for the panel. A click on the
 * map only selects a region: nothing is ever played by pointing. A meter card,
 * a theater's header or the top bar hovered or tapped shows what it means in the same tooltip.
 */
import type { RegionId } from '../../game';
import type { BoardController, BoardHandlers } from '../board';
import { helpTooltip, regionTooltip } from '../ui/tooltip';
import type { BoardVM } from '../viewmodel';
import { placeBeside } from './focus';
import { touchFirst } from './views';
import type { ViewSwitcher } from './views';

export interface RegionPointer {
  readonly handlers: BoardHandlers;
  /** Show a region from the HTML layer (null: none). */
  show(id: RegionId | null, anchor: DOMRect | null): void;
}

export function regionPointer(tooltip: HTMLElement, views: ViewSwitcher, now: () => { board: BoardController | null; vm: BoardVM | null }, choose: (id: RegionId) => void, boardBox: () => DOMRect | undefined = () => undefined): RegionPointer {
  function place(id: RegionId, x: number, y: number, within?: DOMRect): void {
    const { vm } = now();
    if (!vm) return;
    tooltip.replaceChildren(...regionTooltip(vm, id));
    tooltip.hidden = false;
    placeBeside(tooltip, x, y, within);
  }
  return {
    handlers: {
      onRegionClick: (id) => {
        // A small screen: the region's panel (with what can be done there) is in the Actions view.
        views.show('actions');
        tooltip.hidden = true;
        choose(id);
      },
      onRegionHover: (id, x, y) => {
        if (!id || (views.compact && views.view !== 'board')) tooltip.hidden = true;
        else place(id, x, y);
      },
      onHelpPoint: (id, x, y) => {
        const { vm } = now();
        if (!id || !vm || (views.compact && views.view !== 'board')) {
          tooltip.hidden = true;
          return;
        }
        tooltip.replaceChildren(...helpTooltip(vm, id));
        tooltip.hidden = false;
        placeBeside(tooltip, x, y);
      },
    },
    show: (id, anchor) => {
      const { board, vm } = now();
      board?.focusRegion(id);
      const theater = id ? vm?.regions.find((r) => r.id === id)?.theater : undefined;
      if (theater) views.pickTheater(theater);
      // A small screen shows the board or the Actions, not both: no tooltip for a board out of sight.
      // On a touch screen an action tapped only lights its region: a tooltip would stay, with no
      // pointer to leave it, over the map the player goes on reading.
      if (!id || !anchor || views.compact || touchFirst()) {
        tooltip.hidden = true;
        return;
      }
      const at = board?.regionPoint(id);
      if (at && (at.y < 0 || at.y > window.innerHeight || at.x < 0 || at.x > window.innerWidth)) tooltip.hidden = true;
      // Shown for an action in the panel: kept over the board, never over the panel being read.
      else if (at) place(id, at.x, at.y, boardBox());
      else place(id, anchor.left - 320, anchor.top);
    },
  };
}
