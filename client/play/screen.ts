/** What a play screen is given by its source (hot-seat, online, classroom, the tutorial, a replay), and what a coach sees. */
import type { MatchView, Power } from '../../game';
import type { BoardController } from '../board';
import type { BoardVM } from '../viewmodel';
import type { GameOverChoices } from './dialogs';
import type { ConfirmDefault } from './settings';
import type { PlaySource } from './source';
import type { SummaryGuide } from './summaryPacer';

/** What a coach (the tutorial) sees after each render. */
export interface RenderContext {
  readonly view: MatchView;
  readonly vm: BoardVM;
  readonly board: BoardController | null;
  readonly parts: { readonly status: HTMLElement; readonly hand: HTMLElement; readonly actions: HTMLElement; readonly log: HTMLElement };
  readonly rerender: () => void;
  readonly focusActions: () => void;
}

export interface Coach {
  /** Called after every render. */
  onRender(ctx: RenderContext): void;
  /** While true the screen leaves keyboard focus to the coach. */
  holdsFocus(): boolean;
  /** The board is on screen (to lay outlines over it). */
  onBoard?(board: BoardController, boardEl: HTMLElement): void;
  /** Its words for the top of a round summary and what it does when that summary closes. */
  readonly summary?: SummaryGuide;
}

export interface PlayScreen {
  readonly source: PlaySource;
  /** The scenario line in the top bar. */
  readonly title: string;
  /** More in the top bar, before the How to play link (the replay's share link). */
  readonly topbar?: readonly HTMLElement[];
  /** Placed at the top of the side panel (online: the seats; the tutorial: its coach; a replay: its controls). */
  readonly panelTop?: HTMLElement;
  /** Placed at the bottom of the side panel (a replay: every hand). */
  readonly panelBottom?: HTMLElement;
  /** Laid over the board (online: the connection banner and the invitation to share). */
  readonly overlay?: HTMLElement;
  /** Said in the Actions region instead of "Waiting for …" when it has something to say. */
  readonly notice?: () => string | null;
  /** An extra class on the screen ('tutorial', 'replay'). */
  readonly kind?: 'tutorial' | 'replay';
  readonly coach?: Coach;
  /** A replay shows no game-over dialog and announces nothing as it jumps about. */
  readonly replay?: boolean;
  /** "Confirm every play" before the player has chosen (the tutorial: always; hot-seat: first games; else off). */
  readonly confirmByDefault?: ConfirmDefault;
  /** A Suggest button for the acting person (off: a class whose teacher switched hints off); `onHint` hears each use. */
  readonly hints?: { readonly onHint?: (p: Power) => void } | false;
  /** The game-over dialog's main button, if any. */
  readonly rematch: GameOverChoices['rematch'];
  /** More for the game-over dialog (online: who started the next match; hot-seat: the replay link). */
  readonly gameOverExtra?: HTMLElement;
  readonly menu: GameOverChoices['menu'];
}
