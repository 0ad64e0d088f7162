import { parseRenderMessage, type PreviewReport, type RenderMessage } from '../shared/messages.js';

/**
 * Runs inside preview.html, the stand-in for a partner page: a strict CSP, the
 * CDN bundle, and one element that this script builds from the playground's
 * messages. It takes plain data, never markup, only from the page that framed
 * it on the same origin, and it sets theme values with CSSOM (`style.setProperty`),
 * which a strict CSP allows where `style=""` in markup is blocked.
 */

const stage = document.querySelector<HTMLElement>('#stage') ?? document.body;
let element: HTMLElement | undefined;
let listening: string[] = [];
let pageProperties: Record<string, string> = {};

function report(message: PreviewReport): void {
  if (window.parent !== window) window.parent.postMessage(message, window.location.origin);
}

function forwardEvent(event: Event): void {
  report({ type: 'wijkwijzer-playground:event', name: event.type });
}

function setProperties(target: HTMLElement, previous: Record<string, string>, next: Record<string, string>): void {
  for (const name of Object.keys(previous)) if (!(name in next)) target.style.removeProperty(name);
  for (const [name, value] of Object.entries(next)) target.style.setProperty(name, value);
}

/**
 * Brings the element in line with the message. The same tag is updated in
 * place, attribute by attribute, as a CMS would when an editor changes a
 * setting; another tag replaces the element.
 */
function apply(message: RenderMessage): void {
  if (!element || element.localName !== message.tag) {
    element?.remove();
    element = document.createElement(message.tag);
    stage.replaceChildren(element);
  }
  const current = element;
  for (const { name } of [...current.attributes]) {
    if (name !== 'style' && !(name in message.attributes)) current.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(message.attributes)) {
    const text = value === true ? '' : value;
    if (current.getAttribute(name) !== text) current.setAttribute(name, text);
  }
  const previous: Record<string, string> = {};
  for (const name of [...current.style]) if (name.startsWith('--')) previous[name] = current.style.getPropertyValue(name);
  setProperties(current, previous, message.properties);
  setProperties(document.documentElement, pageProperties, message.pageProperties);
  document.documentElement.lang = message.pageLang;
  pageProperties = message.pageProperties;

  for (const name of listening) document.removeEventListener(name, forwardEvent);
  listening = message.events;
  for (const name of listening) document.addEventListener(name, forwardEvent);
  report({ type: 'wijkwijzer-playground:rendered', tag: message.tag });
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent || event.origin !== window.location.origin) return;
  const message = parseRenderMessage(event.data);
  if (message) apply(message);
});

document.addEventListener('securitypolicyviolation', (event) => {
  report({ type: 'wijkwijzer-playground:csp-violation', directive: event.effectiveDirective, blocked: event.blockedURI || 'inline' });
});

// The frame grows and shrinks with the widget, so the playground page scrolls
// instead of a small frame. The stage's own box is measured: the document's
// scroll height never drops below the frame's current height.
new ResizeObserver(() => {
  report({ type: 'wijkwijzer-playground:size', height: Math.ceil(stage.getBoundingClientRect().bottom + 24) });
}).observe(stage);

report({ type: 'wijkwijzer-playground:ready' });
