/** `?bench=1` records how long each state update takes to apply and draw, and each forecast (npm run bench:client reads them). */
export function benchTimes(): { renderTimes: number[] | null; forecastTimes: number[] | null } {
  if (!new URLSearchParams(location.search).has('bench')) return { renderTimes: null, forecastTimes: null };
  const renderTimes: number[] = [];
  const forecastTimes: number[] = [];
  Object.assign(window, { __multipolarRenderTimes: renderTimes, __multipolarForecastTimes: forecastTimes });
  return { renderTimes, forecastTimes };
}
