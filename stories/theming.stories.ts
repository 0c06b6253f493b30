import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../packages/widgets/custom-elements.json';
import { E1_COSTS } from './fixtures.js';

/**
 * Every `--qi-*` token the widgets read, as the manifest lists them (with their light defaults): one control each,
 * a colour picker for a colour. The manifest is held against the styles by a test, so this list is complete.
 */
type Token = { name: string; default?: string; description?: string };
const TOKENS: Token[] =
  (manifest.modules as { declarations?: { tagName?: string; cssProperties?: Token[] }[] }[])
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'qi-reimbursement-estimator')?.cssProperties ?? [];

type Args = Record<string, string>;

/** The `--qi-*` tokens, live: change a control and every widget below follows. */
const meta: Meta<Args> = {
  title: 'Widgets/Theming',
  args: Object.fromEntries(TOKENS.map((t) => [t.name, t.default ?? ''])),
  argTypes: Object.fromEntries(
    TOKENS.map((t) => [t.name, { control: /^#[0-9a-f]{3,8}$/i.test(t.default ?? '') ? 'color' : 'text', description: t.description, table: { category: 'tokens' } }]),
  ),
  render: (a) => html`<div style=${styleMap({ ...Object.fromEntries(TOKENS.map((t) => [t.name, a[t.name] ?? ''])), display: 'grid', gap: '1rem' })}>
    <qi-reimbursement-estimator lang="ru" measure="competence" application-date="2026-03-10" .costs=${E1_COSTS}></qi-reimbursement-estimator>
    <qi-document-checklist lang="ru" measure="digital" application-date="2026-03-01"></qi-document-checklist>
  </div>`,
};
export default meta;
export const Tokens: StoryObj<Args> = {};
export const PartnerGold: StoryObj<Args> = {
  args: {
    '--qi-accent': '#f4d06f',
    '--qi-accent-contrast': '#151c26',
    '--qi-color-text': '#e6e9ee',
    '--qi-color-muted': '#b8c0cc',
    '--qi-color-bg': '#151c26',
    '--qi-color-surface': '#1f2935',
    '--qi-color-border': '#6f7d8f',
    '--qi-color-pass': '#7ee29b',
    '--qi-color-fail': '#ff9b93',
    '--qi-color-unknown': '#ffd27a',
    '--qi-radius': '2px',
    '--qi-font': "'Segoe UI', sans-serif",
  },
};
