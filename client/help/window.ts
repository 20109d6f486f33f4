/** The name of the tab a play screen opens How to play in (its top bar's link): one tab, reused. */
export const HELP_WINDOW = 'multipolar-help';
