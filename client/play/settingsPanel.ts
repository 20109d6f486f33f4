/** The player's settings in the side panel: confirm every play, and the bots' pace where this device plays them. */
import { h } from '../ui/dom';
import type { BotSpeed, ConfirmDefault } from './settings';
import { BOT_SPEEDS, botDelayFixed, botSpeed, confirmPlays, isSpeed, setBotSpeed, setConfirmPlays } from './settings';
import type { PlaySource } from './source';

export interface SettingsPanel {
  readonly el: HTMLElement;
  confirm(): boolean;
}

export function renderSettings(source: PlaySource, tutorial: boolean, confirmDefault: ConfirmDefault): SettingsPanel {
  let confirm = confirmPlays(confirmDefault);
  const box = h('input', { type: 'checkbox', id: 'confirm-plays', checked: confirm });
  box.addEventListener('change', () => {
    confirm = box.checked;
    setConfirmPlays(confirm);
  });
  const el = h('section', { class: 'settings', 'aria-label': 'Settings' },
    h('label', { class: 'setting' }, box, ' Confirm every play'));
  const setDelay = source.setBotDelay?.bind(source);
  if (setDelay && !botDelayFixed()) {
    const fallback: BotSpeed = tutorial ? 'slow' : 'normal';
    const select = h('select', { id: 'bot-speed' },
      (Object.keys(BOT_SPEEDS) as BotSpeed[]).map((s) => h('option', { value: s, selected: s === botSpeed(fallback) }, BOT_SPEEDS[s].label)));
    select.addEventListener('change', () => {
      if (!isSpeed(select.value)) return;
      setBotSpeed(select.value);
      setDelay(BOT_SPEEDS[select.value].ms);
    });
    el.append(h('label', { class: 'setting' }, 'Bot speed ', select));
  }
  return { el, confirm: () => confirm };
}
