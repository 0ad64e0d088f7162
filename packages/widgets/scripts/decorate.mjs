// The one `__decorate` of the CDN build. tsc writes this helper into every module that uses
// decorators (Lit's @property and @state, our @readAs); build-cdn.mjs swaps those copies for an
// import of this module, so a page loads it once instead of once per widget chunk.
// Same behaviour as tsc's helper: decorators run last to first; for a member, each may return
// a new descriptor, and the final one is defined on the target.
export function __decorate(decorators, target, key, descriptor) {
  const forMember = arguments.length > 3;
  let result = forMember ? (descriptor === null ? Object.getOwnPropertyDescriptor(target, key) : descriptor) : target;
  if (typeof Reflect === 'object' && typeof Reflect.decorate === 'function') {
    result = Reflect.decorate(decorators, target, key, descriptor);
  } else {
    for (let i = decorators.length - 1; i >= 0; i -= 1) {
      const decorate = decorators[i];
      if (!decorate) continue;
      const next = arguments.length < 3 ? decorate(result) : forMember ? decorate(target, key, result) : decorate(target, key);
      result = next || result;
    }
  }
  if (forMember && result) Object.defineProperty(target, key, result);
  return result;
}
