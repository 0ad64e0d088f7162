// The one `__decorate` of the CDN build. tsc writes its helper into every module that uses
// decorators (Lit's @property and @state, our @readAs); build-cdn.mjs swaps those copies for an
// import of this module, so a page loads it once instead of once per widget chunk.
// It does what tsc's helper does for the one kind of decorator the widgets use, on a class field
// (`__decorate([…], C.prototype, "name", void 0)`; build-cdn.mjs refuses any other): decorators
// run last to first, each may return a new descriptor, and the final one is defined on the target.
export function __decorate(decorators, target, key) {
  let descriptor;
  for (let i = decorators.length - 1; i >= 0; i -= 1) descriptor = decorators[i](target, key, descriptor) || descriptor;
  if (descriptor) Object.defineProperty(target, key, descriptor);
}
