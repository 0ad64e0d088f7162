// Runs first on the strict-CSP page: records every CSP violation, then puts the
// markup from the URL fragment into the page (no inline script needed).
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sourceFile || ''}:${event.lineNumber || ''}`);
});
document.addEventListener('DOMContentLoaded', () => {
  document.body.innerHTML = decodeURIComponent(location.hash.slice(1));
});
