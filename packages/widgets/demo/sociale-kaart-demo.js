// Copies the demo page's query parameters onto the element, so a screenshot script
// (or a person) can pick the feed, language, area and audience without editing HTML.
const params = new URLSearchParams(location.search);
const kaart = document.querySelector('sociale-kaart');
for (const name of ['feed', 'gemeente', 'wijk', 'area', 'need', 'audience', 'limit', 'route-order']) {
  const value = params.get(name);
  if (value !== null && kaart) kaart.setAttribute(name, value);
}
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
