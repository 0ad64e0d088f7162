/**
 * The CDN file of one widget (`<tag>.js`), which scripts/build-cdn.mjs bundles once per widget
 * with WIDGET_TAG and WIDGET_CHUNKS filled in. It has no static imports, so it runs the moment
 * it arrives: it asks for every chunk the widget needs at once (its first view and its data
 * layer; the browser fetches each module once, so the chunks' own imports pick these up), and
 * for the manifest of every feed an element of its tag on the page already names. The widget's
 * code, which would ask for that manifest otherwise, is then still on its way; on a weak line
 * the first data request no longer waits for it. On an English page it asks for the English
 * words as well, which the widget waits for before it renders. Not part of the npm package's API.
 */
import { requestManifestEarly } from './early-manifest.js';

/** The widget's tag name. */
declare const WIDGET_TAG: string;
/** The chunks to load, relative to this file; the first defines the element. */
declare const WIDGET_CHUNKS: readonly string[];
/** The chunks with the widget's English words, relative to this file. */
declare const WIDGET_ENGLISH: readonly string[];

const [own, ...rest] = WIDGET_CHUNKS;
// A failing first chunk is the browser's to report; a failing data-layer chunk the widget's,
// whose own import() of it fails the same way.
if (own) void import(own);
for (const chunk of rest) import(chunk).catch(() => undefined);
// `:lang(en)` is the language in force as the widgets read it: their own `lang`, else an ancestor's.
if (document.querySelector(`:root:lang(en), ${WIDGET_TAG}:lang(en)`)) for (const chunk of WIDGET_ENGLISH) import(chunk).catch(() => undefined);
for (const element of document.querySelectorAll(`${WIDGET_TAG}[feed]`)) requestManifestEarly(element.getAttribute('feed') ?? '');
