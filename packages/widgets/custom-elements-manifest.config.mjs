// The custom elements manifest (custom-elements.json) describes every widget's
// attributes, properties, events, slots, CSS parts and custom properties from
// its JSDoc. The playground generates its option forms from it.
export default {
  globs: ['src/**/*.component.ts', 'src/internal/wijkwijzer-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
};
