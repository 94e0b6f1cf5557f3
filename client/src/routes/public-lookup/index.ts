/** One of the public lookup's pages (no sign-in), all three from one lazy chunk. */
export const publicPage = (name: 'LookupPage' | 'AwardPage' | 'DecisionPage') => () => import('./pages').then((pages) => ({ Component: pages[name] }));
