// For the demo pages of <wachttijd-badge> and <ketenaanpak-uitleg>: copies query
// parameters onto the widgets, so one page shows any feed, language or option.
//   ?feed=http://127.0.0.1:8787/index.json&lang=en&audience=professional&gemeente=utrecht
const params = new URLSearchParams(location.search);
const feed = params.get('feed') ?? 'http://127.0.0.1:8787/index.json';
if (params.has('lang')) document.documentElement.lang = params.get('lang');
for (const el of document.querySelectorAll('wachttijd-badge, ketenaanpak-uitleg')) {
  el.setAttribute('feed', feed);
  for (const name of ['audience', 'pathway', 'gemeente', 'wijk', 'area', 'step', 'now', 'variant']) {
    if (params.has(name) && (el.localName === 'ketenaanpak-uitleg' || name === 'now' || name === 'variant')) el.setAttribute(name, params.get(name));
  }
}
