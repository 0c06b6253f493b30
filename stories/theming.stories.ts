import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { E1_COSTS } from './fixtures.js';

type Args = { accent: string; text: string; bg: string; surface: string; border: string; radius: string; font: string; space: string };

/** The `--qi-*` tokens, live: change a control and every widget below follows. */
const meta: Meta<Args> = {
  title: 'Widgets/Theming',
  args: { accent: '#0b5cad', text: '#1b1f24', bg: '#ffffff', surface: '#f4f6f8', border: '#8a94a3', radius: '6px', font: 'system-ui, sans-serif', space: '1em' },
  argTypes: {
    accent: { control: 'color' },
    text: { control: 'color' },
    bg: { control: 'color' },
    surface: { control: 'color' },
    border: { control: 'color' },
  },
  render: (a) => html`<div
    style=${styleMap({
      '--qi-accent': a.accent,
      '--qi-color-text': a.text,
      '--qi-color-bg': a.bg,
      '--qi-color-surface': a.surface,
      '--qi-color-border': a.border,
      '--qi-radius': a.radius,
      '--qi-font': a.font,
      '--qi-space': a.space,
      display: 'grid',
      gap: '1rem',
    })}
  >
    <qi-reimbursement-estimator lang="ru" measure="competence" application-date="2026-03-10" .costs=${E1_COSTS}></qi-reimbursement-estimator>
    <qi-document-checklist lang="ru" measure="digital" application-date="2026-03-01"></qi-document-checklist>
  </div>`,
};
export default meta;
export const Tokens: StoryObj<Args> = {};
export const PartnerGold: StoryObj<Args> = { args: { accent: '#f4d06f', text: '#e6e9ee', bg: '#151c26', surface: '#1f2935', border: '#6f7d8f', radius: '2px', font: "'Segoe UI', sans-serif" } };
