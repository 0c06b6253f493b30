// <qi-provider>: settings given once for the widgets inside it (language, application date, a rate provider, a draft
// store) and the application they share. Its Docs page lists its attributes and properties from the manifest.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Args = { lang: string; 'application-date': string };

const meta: Meta<Args> = {
  title: 'Widgets/Provider',
  component: 'qi-provider',
  args: { lang: 'ru', 'application-date': '2026-03-02' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['kk', 'ru', 'en'] },
    'application-date': { control: 'text' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Both widgets speak the provider's language and compute for its date; neither sets its own. */
export const LanguageAndDateOnce: Story = {
  name: 'Language and date given once',
  render: (a) => html`<qi-provider lang=${a.lang} application-date=${a['application-date']}>
    <qi-eligibility-checker measure="digital"></qi-eligibility-checker>
    <qi-reimbursement-estimator measure="competence" .costs=${[{ costType: 'training', amount: '1000000', date: '2026-01-15' }]}></qi-reimbursement-estimator>
  </qi-provider>`,
};

/** A rate provider the page owns (here a fixed table): the estimator asks it for a foreign currency's rate. */
export const WithRateProvider: Story = {
  name: 'A rate provider for foreign currencies',
  render: (a) => html`<qi-provider
    lang=${a.lang}
    application-date=${a['application-date']}
    .rateProvider=${async (currency: string) => (currency === 'USD' ? '512.40' : undefined)}
  >
    <qi-reimbursement-estimator measure="competence" .costs=${[{ costType: 'training', amount: '2000', currency: 'USD', date: '2026-01-15' }]}></qi-reimbursement-estimator>
  </qi-provider>`,
};
