/** Series colours, most prestigious award first; the first is the app's red. */
const SERIES_COLORS = ['#b71c1c', '#1565c0', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f', '#ef6c00', '#5d4037', '#c2185b', '#455a64'];

/** The colour of the i-th series, the palette repeating past its end. */
export const seriesColor = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length];
