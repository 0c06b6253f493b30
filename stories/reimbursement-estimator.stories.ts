import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { E1_COSTS, E3_COSTS } from './fixtures.js';

type Args = { lang: string; measure: string; 'application-date': string; theme: string; costs?: unknown[] };

const meta: Meta<Args> = {
  title: 'Widgets/Reimbursement estimator',
  component: 'qi-reimbursement-estimator',
  args: { lang: 'ru', measure: 'competence', 'application-date': '2026-03-10', theme: 'light' },
  render: (a) => html`<qi-reimbursement-estimator lang=${a.lang} measure=${a.measure} application-date=${a['application-date']} theme=${a.theme} .costs=${a.costs ?? []}></qi-reimbursement-estimator>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { measure: '' } };
export const ChooseCosts: Story = {};
export const E1TrainingTravelAccommodation: Story = { name: 'E1 — training, travel, accommodation, per diem', args: { costs: E1_COSTS } };
export const E3ProcessCapsBite: Story = { name: 'E3 — process caps bite', args: { measure: 'process', 'application-date': '2026-04-10', costs: E3_COSTS } };
export const Kazakh: Story = { args: { lang: 'kk', costs: E1_COSTS } };
export const English: Story = { args: { lang: 'en', costs: E1_COSTS } };
export const Dark: Story = { args: { theme: 'dark', costs: E1_COSTS }, parameters: { backgrounds: { default: 'dark' } } };
export const NarrowMobile: Story = { args: { costs: E1_COSTS }, globals: { viewport: { value: 'mobile' } } };
export const ErrorBadAmount: Story = { name: 'Error — a bad amount', args: { costs: [{ costType: 'training', amount: '-5', date: '2025-11-20' }] } };
export const ErrorMissingRate: Story = { name: 'Error — foreign currency without a rate', args: { measure: 'organization', 'application-date': '2026-01-20', costs: [{ costType: 'progressive-technologies', amount: '20000', currency: 'USD', date: '2025-09-15' }] } };
export const ErrorUnknownMeasure: Story = { name: 'Error — unknown measure attribute', args: { measure: 'robots' } };
export const ErrorBadDate: Story = { name: 'Error — application-date="yesterday"', args: { 'application-date': 'yesterday' } };
