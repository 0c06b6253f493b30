import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PASSING_APPLICANT } from './fixtures.js';

type Args = { lang: string; measure: string; 'application-date': string; theme: string; applicant?: object };

const meta: Meta<Args> = {
  title: 'Widgets/Eligibility checker',
  component: 'qi-eligibility-checker',
  args: { lang: 'ru', measure: 'digital', 'application-date': '2026-02-02', theme: 'light' },
  render: (a) => html`<qi-eligibility-checker lang=${a.lang} measure=${a.measure} application-date=${a['application-date']} theme=${a.theme} .applicant=${a.applicant ?? {}}></qi-eligibility-checker>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { measure: '' } };
export const Incomplete: Story = {};
export const Eligible: Story = { args: { applicant: PASSING_APPLICANT } };
export const IneligibleLargeBusiness: Story = { name: 'Ineligible — a large business (competence stays open)', args: { applicant: { ...PASSING_APPLICANT, size: 'large' } } };
export const IneligibleStateShare: Story = { name: 'Ineligible — 50 % state share', args: { applicant: { ...PASSING_APPLICANT, stateShare: '50', stateShareHolderException: 'none' } } };
export const Kazakh: Story = { args: { lang: 'kk', applicant: { ...PASSING_APPLICANT, size: 'large' } } };
export const English: Story = { args: { lang: 'en', applicant: PASSING_APPLICANT } };
export const Dark: Story = { args: { theme: 'dark', applicant: PASSING_APPLICANT } };
export const NarrowMobile: Story = { args: { applicant: PASSING_APPLICANT }, globals: { viewport: { value: 'mobile' } } };
export const ErrorBadShare: Story = { name: 'Error — a share of 150 %', args: { applicant: { stateShare: '150' } } };
export const ErrorUnknownMeasure: Story = { name: 'Error — unknown measure attribute', args: { measure: 'robots' } };
export const ErrorBadDate: Story = { name: 'Error — application-date="yesterday"', args: { 'application-date': 'yesterday' } };
