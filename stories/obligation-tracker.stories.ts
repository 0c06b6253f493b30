import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { E15_REVENUE } from './fixtures.js';

type Args = { lang: string; 'agreement-date': string; 'baseline-revenue': string; 'state-amount': string; 'as-of': string; theme: string; revenue?: unknown[] };

const meta: Meta<Args> = {
  title: 'Widgets/Obligation tracker',
  component: 'qi-obligation-tracker',
  args: { lang: 'ru', 'agreement-date': '2026-02-01', 'baseline-revenue': '500000000', 'state-amount': '20000000', 'as-of': '2027-02-01', theme: 'light' },
  render: (a) => html`<qi-obligation-tracker lang=${a.lang} agreement-date=${a['agreement-date']} baseline-revenue=${a['baseline-revenue']} state-amount=${a['state-amount']} as-of=${a['as-of']} theme=${a.theme} .revenue=${a.revenue ?? []}></qi-obligation-tracker>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { 'agreement-date': '', 'baseline-revenue': '', 'state-amount': '' } };
export const E15Behind: Story = { name: 'E15 — behind the pace', args: { revenue: E15_REVENUE } };
export const OnTrack: Story = { args: { revenue: E15_REVENUE.map((r) => ({ ...r, amount: '70000000' })) } };
export const Met: Story = { args: { 'as-of': '2028-02-02', revenue: [{ from: '2026-02-01', to: '2028-01-31', amount: '545000000' }] } };
export const MissedWithRefund: Story = { name: 'Missed — refund 10 000 000', args: { 'as-of': '2028-02-02', revenue: [{ from: '2026-02-01', to: '2028-01-31', amount: '520000000' }] } };
export const Kazakh: Story = { args: { lang: 'kk', revenue: E15_REVENUE } };
export const English: Story = { args: { lang: 'en', revenue: E15_REVENUE } };
export const Dark: Story = { args: { theme: 'dark', revenue: E15_REVENUE } };
export const NarrowMobile: Story = { args: { revenue: E15_REVENUE }, globals: { viewport: { value: 'mobile' } } };
export const ErrorOverlap: Story = { name: 'Error — overlapping quarters', args: { revenue: [E15_REVENUE[0], { ...E15_REVENUE[0], amount: '1' }] } };
export const ErrorBadDate: Story = { name: 'Error — application-date="yesterday"', args: { 'as-of': '' }, render: () => html`<qi-obligation-tracker application-date="yesterday" agreement-date="2026-02-01" baseline-revenue="1" state-amount="1"></qi-obligation-tracker>` };
