import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json';
import '@qazindustry/productivity-widgets/define';

// Storybook keys every argType by its name, so a CSS part named like an attribute replaced it on the Docs pages
// (the `share` part hid the `share` attribute): parts are listed as `::part(name)`, as a stylesheet writes them.
type Declaration = { cssParts?: { name: string }[] };
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((m) => ({
    ...m,
    declarations: (m.declarations as Declaration[] | undefined)?.map((d) => (d.cssParts ? { ...d, cssParts: d.cssParts.map((p) => ({ ...p, name: `::part(${p.name})` })) } : d)),
  })),
});

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    viewport: {
      options: {
        mobile: { name: 'Narrow mobile (320 px)', styles: { width: '320px', height: '640px' } },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' } },
      },
    },
  },
  tags: ['autodocs'],
};
export default preview;
