/** What an action will do, before it is played: `forecast` and its words. */
export { forecast, forecastAll } from './forecast';
export { cardsThatLose } from './losingCards';
export { describeForecast, sharedParts, sharedRoundEnd } from './describe';
export type { ForecastText } from './describe';
export type { Certainty, Change, CrisisForecast, Forecast, PrestigeShare, Quantity, Value, Warning } from './types';
