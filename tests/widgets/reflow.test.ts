/**
 * Reflow (WCAG 1.4.10) and target size: every widget, empty and filled, at 320, 390 and 768 px, at 400 % zoom and
 * in a 360 px column of a 1280 px partner page. Nothing the widget draws leaves the widget's box (a table may
 * scroll inside its own labelled region), and every control is shown, reachable and at least 44 × 44 px.
 *
 * 400 % zoom: a browser zoomed to 400 % on a 1280 px window lays the page out in a 320 CSS px viewport (that is
 * how WCAG 1.4.10 arrives at 320). The zoom cases below keep the 1280 px window and set `zoom: 4` on the root
 * element, so the widget gets 320 px of room while viewport media queries still see a desktop: a layout that
 * adapts to the viewport instead of to the widget's own width fails there, even though it passes at 320 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '@qazindustry/productivity-widgets/define';
import { E1_COSTS, E3_COSTS, E15_REVENUE, PASSING_APPLICANT } from '../../stories/fixtures.js';
import { choose, shadow, tick, type Widget } from './helpers.js';
import { openAllDetails, reflowProblems } from './reflow.js';

interface State {
  name: string;
  make: () => Promise<Widget>;
}

const DATE = '2026-03-10';

/** A foreign-currency line and a line dated outside the 24-month window (so excluded), beside E1's four. */
const MIXED_COSTS = [
  ...E1_COSTS,
  { costType: 'training', amount: '12500.00', currency: 'USD', rate: '512.37', date: '2025-12-01' },
  { costType: 'travel', amount: '1234567.89', date: '2023-01-15' },
];

const STATES: State[] = [
  {
    name: 'the estimator, empty',
    make: () => fixture<Widget>(html`<qi-reimbursement-estimator lang="ru" application-date=${DATE}></qi-reimbursement-estimator>`),
  },
  {
    name: 'the estimator with six lines (a USD line, an excluded line) and its breakdown',
    make: async () => {
      const el = await fixture<Widget>(html`<qi-reimbursement-estimator lang="ru" application-date=${DATE} share></qi-reimbursement-estimator>`);
      await choose(el, shadow(el).querySelector<HTMLSelectElement>('select[id$="-measure"]')!, 'competence');
      (el as unknown as { costs: unknown }).costs = MIXED_COSTS;
      (el as unknown as { alreadyReceived: string }).alreadyReceived = '15000000';
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part="breakdown"] tbody tr').length, 'breakdown rows').to.equal(12);
      return el;
    },
  },
  {
    name: 'the estimator with technological equipment paid in two instalments, in Kazakh',
    make: async () => {
      const el = await fixture<Widget>(html`<qi-reimbursement-estimator lang="kk" application-date=${DATE}></qi-reimbursement-estimator>`);
      await choose(el, shadow(el).querySelector<HTMLSelectElement>('select[id$="-measure"]')!, 'process');
      (el as unknown as { costs: unknown }).costs = E3_COSTS;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="total"]'), 'total').to.exist;
      return el;
    },
  },
  {
    name: 'the tracker, empty',
    make: () => fixture<Widget>(html`<qi-obligation-tracker lang="ru" application-date="2027-02-01"></qi-obligation-tracker>`),
  },
  {
    name: 'the tracker with four revenue periods, its chart and checkpoints',
    make: async () => {
      const el = await fixture<Widget>(html`<qi-obligation-tracker lang="ru" application-date="2027-02-01" agreement-date="2026-02-01" baseline-revenue="500000000" state-amount="20000000" as-of="2027-02-01" .revenue=${E15_REVENUE}></qi-obligation-tracker>`);
      expect(shadow(el).querySelector('[part="chart"]'), 'chart').to.exist;
      return el;
    },
  },
  {
    name: 'the tracker with billions (long amounts), in English',
    make: () =>
      fixture<Widget>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01" agreement-date="2026-02-01" baseline-revenue="987654321098.76" state-amount="12345678901.23" as-of="2027-02-01"
        .revenue=${E15_REVENUE.map((r) => ({ ...r, amount: `${r.amount}000.55` }))}></qi-obligation-tracker>`),
  },
  {
    name: 'the checklist, empty',
    make: () => fixture<Widget>(html`<qi-document-checklist lang="ru" application-date=${DATE}></qi-document-checklist>`),
  },
  {
    name: 'the checklist for process / technological equipment, conditions and items ticked',
    make: async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="ru" application-date=${DATE}></qi-document-checklist>`);
      await choose(el, shadow(el).querySelector<HTMLSelectElement>('select[id$="-m"]')!, 'process');
      await choose(el, shadow(el).querySelector<HTMLSelectElement>('select[id$="-ct"]')!, 'tech-equipment');
      const conditions = [...shadow(el).querySelectorAll<HTMLInputElement>('form input[type="checkbox"]')];
      for (const box of conditions.slice(0, 3)) await tick(el, box);
      const items = [...shadow(el).querySelectorAll<HTMLInputElement>('[part="item"] input[type="checkbox"]')];
      expect(items.length, 'checklist items').to.be.greaterThan(3);
      for (const box of items.slice(0, 3)) await tick(el, box);
      return el;
    },
  },
  {
    name: 'the checker, empty',
    make: () => fixture<Widget>(html`<qi-eligibility-checker lang="ru" application-date=${DATE}></qi-eligibility-checker>`),
  },
  {
    name: 'the checker fully answered and ineligible',
    make: async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="ru" application-date=${DATE}></qi-eligibility-checker>`);
      await choose(el, shadow(el).querySelector<HTMLSelectElement>('select[id$="-measure"]')!, 'organization');
      (el as unknown as { applicant: unknown }).applicant = { ...PASSING_APPLICANT, unrepaidBreach: true, courtBan: true };
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="verdict"] .status.ineligible'), 'ineligible verdict').to.exist;
      return el;
    },
  },
];

/** Fills the state, opens its <details>, and asserts both measurements (the messages say what and where). */
async function expectReflows(state: State, page?: () => TemplateResult): Promise<void> {
  const el = await state.make();
  if (page) {
    // the same state, moved into the partner page's column: the widget keeps its inputs
    const host = await fixture<HTMLElement>(page());
    host.querySelector('[data-slot]')!.append(el);
    await el.updateComplete;
  }
  openAllDetails(el);
  await el.updateComplete;
  expect(reflowProblems(el)).to.deep.equal([]);
}

describe('Reflow: nothing leaves the widget, every control is reachable and 44 × 44 px', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('zoom');
  });

  for (const width of [320, 390, 768]) {
    describe(`at ${width} px`, () => {
      before(async () => {
        await setViewport({ width, height: 800 });
      });
      for (const state of STATES) it(`${state.name}`, () => expectReflows(state));
    });
  }

  describe('at 400 % zoom (a 1280 px window, zoom: 4)', () => {
    before(async () => {
      await setViewport({ width: 1280, height: 800 });
    });
    for (const state of STATES) {
      it(`${state.name}`, async () => {
        document.documentElement.style.setProperty('zoom', '4');
        await expectReflows(state);
      });
    }
  });

  describe('in a 360 px sidebar of a 1280 px partner page', () => {
    before(async () => {
      await setViewport({ width: 1280, height: 800 });
    });
    const sidebar = () => html`<div class="partner-page" style="display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 24px; max-width: 1200px; margin: 0 auto; font-size: 16px">
      <main><h1>Партнёр</h1><p>Текст страницы партнёра.</p></main>
      <aside data-slot></aside>
    </div>`;
    for (const state of STATES) it(`${state.name}`, () => expectReflows(state, sidebar));
  });

  describe('stacked tables stay accessible (axe-core at 320 px)', () => {
    before(async () => {
      await setViewport({ width: 320, height: 800 });
    });
    for (const state of STATES.filter((x) => /breakdown|checkpoints/.test(x.name))) {
      it(`${state.name}`, async () => {
        const el = await state.make();
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('as an item of a partner page\'s flex row, with no width of its own', () => {
    before(async () => {
      await setViewport({ width: 1280, height: 800 });
    });
    it('keeps a usable width (the query container does not collapse to its padding) and still reflows', async () => {
      const row = await fixture<HTMLElement>(html`<div style="display: flex; gap: 16px; align-items: flex-start">
        <p style="flex: 1 1 0">Текст страницы партнёра.</p>
        <qi-document-checklist lang="ru" application-date=${DATE}></qi-document-checklist>
      </div>`);
      const el = row.querySelector<Widget>('qi-document-checklist')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.least(300);
      expect(reflowProblems(el)).to.deep.equal([]);
    });
  });
});
