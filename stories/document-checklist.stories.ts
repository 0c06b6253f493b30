import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Args = { lang: string; measure: string; 'cost-type': string; 'application-date': string; theme: string; 'tax-exempt': boolean; 'individual-entrepreneur': boolean; 'non-resident-executor': boolean; 'claims-travel': boolean; 'claims-accommodation': boolean };

const meta: Meta<Args> = {
  title: 'Widgets/Document checklist',
  component: 'qi-document-checklist',
  args: { lang: 'ru', measure: 'competence', 'cost-type': '', 'application-date': '2026-02-10', theme: 'light', 'tax-exempt': false, 'individual-entrepreneur': false, 'non-resident-executor': false, 'claims-travel': false, 'claims-accommodation': false },
  render: (a) => html`<qi-document-checklist lang=${a.lang} measure=${a.measure} cost-type=${a['cost-type']} application-date=${a['application-date']} theme=${a.theme}
    ?tax-exempt=${a['tax-exempt']} ?individual-entrepreneur=${a['individual-entrepreneur']} ?non-resident-executor=${a['non-resident-executor']}
    ?claims-travel=${a['claims-travel']} ?claims-accommodation=${a['claims-accommodation']}></qi-document-checklist>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { measure: '' } };
export const E12Competence: Story = { name: 'E12 — competence' };
export const E12WithTravel: Story = { name: 'E12 — travel and accommodation claimed', args: { 'claims-travel': true, 'claims-accommodation': true } };
export const E13TechEquipment: Story = { name: 'E13 — technological equipment, tax-exempt', args: { measure: 'process', 'cost-type': 'tech-equipment', 'application-date': '2026-01-15', 'tax-exempt': true } };
export const E14DigitalEntrepreneur: Story = { name: 'E14 — digital, individual entrepreneur', args: { measure: 'digital', 'application-date': '2026-03-01', 'individual-entrepreneur': true } };
export const Before2026: Story = { name: 'Filed 31.12.2025 — priority-goods documents', args: { 'application-date': '2025-12-31' } };
export const Kazakh: Story = { args: { lang: 'kk' } };
export const English: Story = { args: { lang: 'en', 'non-resident-executor': true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const NarrowMobile: Story = { globals: { viewport: { value: 'mobile' } } };
export const ErrorProcessWithoutCostType: Story = { name: 'Error — process without a cost type', args: { measure: 'process' } };
export const ErrorUnknownMeasure: Story = { name: 'Error — unknown measure attribute', args: { measure: 'robots' } };
