// The Custom Elements Manifest: read from the elements' JSDoc (@tag, @summary, @fires, @csspart, @cssprop, @slot) and
// their decorated properties; shipped in the package as custom-elements.json and read by Storybook.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/shared/i18n/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [
    {
      // Events are documented with @fires; the analyzer also guesses names from `dispatchEvent(new X(arg))` calls
      // (the argument's name): keep only the documented `qi-*` events.
      name: 'qi-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('qi-'));
            // the API is the public members: the base class's controllers and helpers are not attributes to edit
            if (d.members) d.members = d.members.filter((m) => !m.privacy || m.privacy === 'public');
          }
        }
      },
    },
  ],
};
