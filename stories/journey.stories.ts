// Item 7 "One application, one journey": the widgets inside one <qi-provider> share the measure, the filing date
// and the answers; a story for each part.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Args = { lang: string; 'application-date': string };

/** Two cost lines of the process measure (the README's example), each inside its 24-month window. */
const COSTS = [
  { costType: 'energy-audit', amount: '60000000.00', date: '2025-02-01' },
  { costType: 'installation', amount: '40000000.00', date: '2025-06-01' },
];

const meta: Meta<Args> = {
  title: 'Journey/One application',
  args: { lang: 'ru', 'application-date': '2026-04-10' },
};
export default meta;
type Story = StoryObj<Args>;

export const SharedAnswers: Story = {
  name: 'Shared measure and answers — checker → checklist',
  render: (a) => html`<qi-provider lang=${a.lang} application-date=${a['application-date']}>
    <qi-eligibility-checker measure="competence" .applicant=${{ taxExempt: true }}></qi-eligibility-checker>
    <qi-document-checklist></qi-document-checklist>
  </qi-provider>`,
};

export const MergedChecklist: Story = {
  name: 'Checklist for every cost type of the estimate',
  render: (a) => html`<qi-provider lang=${a.lang} application-date=${a['application-date']}>
    <qi-reimbursement-estimator measure="process" .costs=${COSTS}></qi-reimbursement-estimator>
    <qi-document-checklist></qi-document-checklist>
  </qi-provider>`,
};

export const PlanBeforeAgreement: Story = {
  name: 'Tracker plan before the agreement — Q from the estimate',
  render: (a) => html`<qi-provider lang=${a.lang} application-date=${a['application-date']}>
    <qi-reimbursement-estimator measure="process" .costs=${COSTS}></qi-reimbursement-estimator>
    <qi-next-steps></qi-next-steps>
    <qi-obligation-tracker baseline-revenue="500000000"></qi-obligation-tracker>
  </qi-provider>`,
};

export const WhatHappensNext: Story = {
  name: 'What happens next — portal',
  render: (a) => html`<qi-next-steps lang=${a.lang} application-date=${a['application-date']}></qi-next-steps>`,
};

export const WhatHappensNextOffice: Story = {
  name: 'What happens next — office, English',
  render: (a) => html`<qi-next-steps lang="en" channel="office" application-date=${a['application-date']}></qi-next-steps>`,
};
