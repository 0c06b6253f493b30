/**
 * Issue "The widgets in the field", item 9 "Print and copy", in a real browser:
 * - a widget's Print button prints the widget alone: a hidden frame holding a copy of its result, every reading
 *   unfolded, the edition's title, the computation date and the citations, and none of the host page — even a page
 *   whose own print CSS hides everything;
 * - the eligibility checker prints and copies too (copy = the SDK's `format(result, lang)`);
 * - citations link to the act on adilet.zan.kz (the SDK's `citationUrl`), in the visitor's language where adilet has
 *   it; an interpretation has no link.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@qazindustry/productivity-widgets/define';
import type { QiEligibilityChecker, QiReimbursementEstimator } from '@qazindustry/productivity-widgets';
import { checkEligibility, editionTitle, estimateReimbursement, format, formatCitation, formatDate, type CostLine, type Lang } from '@qazindustry/productivity-calculator';
import { button, norm, shadow } from './helpers.js';

const RULES_RU = 'https://adilet.zan.kz/rus/docs/V2200028320';
const RULES_KK = 'https://adilet.zan.kz/kaz/docs/V2200028320';
const COSTS: CostLine[] = [{ costType: 'progressive-technologies', amount: '1000000', date: '2025-06-01' }];
const estimateOf = () => estimateReimbursement({ applicationDate: '2026-03-31', measure: 'organization', costs: COSTS });

async function estimator(lang: Lang = 'en'): Promise<QiReimbursementEstimator> {
  const el = await fixture<QiReimbursementEstimator>(html`<qi-reimbursement-estimator lang=${lang} measure="organization" application-date="2026-03-31" .costs=${COSTS}></qi-reimbursement-estimator>`);
  await waitUntil(() => shadow(el).querySelector('[part="total"]'), 'the estimate is shown');
  return el;
}

/** Catches the print frame a widget appends, and stubs its window's print (the host page's print is stubbed too). */
const cleanups: (() => void)[] = [];
function catchPrint() {
  const caught = { frames: [] as HTMLIFrameElement[], printed: [] as { frame: HTMLIFrameElement; detailsOpen: boolean[] }[], pagePrinted: 0 };
  const body = document.body;
  const appendChild = body.appendChild;
  body.appendChild = function <T extends Node>(node: T): T {
    const r = appendChild.call(this, node) as T;
    if (node instanceof HTMLIFrameElement && node.contentWindow) {
      caught.frames.push(node);
      node.contentWindow.print = () => {
        const root = node.contentDocument!.body.firstElementChild!.shadowRoot!;
        caught.printed.push({ frame: node, detailsOpen: [...root.querySelectorAll('details')].map((d) => d.open) });
      };
    }
    return r;
  };
  const print = window.print;
  window.print = () => void caught.pagePrinted++;
  cleanups.push(() => {
    delete (body as unknown as Record<string, unknown>)['appendChild'];
    window.print = print;
    caught.frames.forEach((f) => f.remove());
  });
  return caught;
}
afterEach(async () => {
  cleanups.splice(0).forEach((f) => f());
  await emulateMedia({ media: 'screen' });
});

/** The printed copy inside the frame (in a shadow root, like the widget). */
const printed = (f: HTMLIFrameElement) => f.contentDocument!.body.firstElementChild!.shadowRoot!;

describe('print: the widget alone', () => {
  it('the estimator prints a copy of its result in a frame of its own: readings unfolded, edition, date, citations; no buttons, not the page', async () => {
    const el = await estimator();
    const caught = catchPrint();
    button(el, 'Print').click();
    expect(caught.pagePrinted, 'the host page is not printed').to.equal(0);
    expect(caught.printed.length, 'the frame printed once').to.equal(1);
    const frame = caught.printed[0]!.frame;
    expect(frame.getAttribute('src'), 'no request: the frame has no src').to.equal(null);
    expect(caught.printed[0]!.detailsOpen.length).to.be.greaterThan(0);
    expect(caught.printed[0]!.detailsOpen.every(Boolean), 'every reading is open while it prints').to.equal(true);
    expect(shadow(el).querySelector('details')!.open, 'the widget itself stays folded').to.equal(false);

    const copy = printed(frame);
    const text = norm(copy.textContent);
    const r = estimateOf();
    expect(text).to.contain(`Rules edition: ${editionTitle(r.edition.id, 'en')}`);
    expect(text).to.contain(`Computed for: ${formatDate('2026-03-31', 'en')}`);
    expect(text).to.contain('Estimated reimbursement: 400,000.00 tenge');
    expect(copy.querySelectorAll('button').length, 'no buttons on paper').to.equal(0);
    expect(copy.querySelector('.actions, .no-print')).to.equal(null);
    const links = [...copy.querySelectorAll('cite a[href]')].map((a) => a.getAttribute('href'));
    expect(links.length, 'the citations are there, as links').to.be.greaterThan(0);
    expect(links.every((h) => h === RULES_RU || h === 'https://adilet.zan.kz/rus/docs/V2500037172')).to.equal(true);
    // the frame's document holds the widget's styles only (adopted), nothing of the page
    expect(frame.contentDocument!.styleSheets.length).to.equal(0);
    expect(copy.adoptedStyleSheets.length).to.equal(1);
  });

  it('a page whose print CSS hides everything (and every iframe) still prints the widget, in full', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = '@media print { body * { display: none !important; } iframe { display: none !important; } }';
    document.head.append(hostile);
    cleanups.push(() => hostile.remove());
    const el = await estimator();
    const caught = catchPrint();
    button(el, 'Print').click();
    await emulateMedia({ media: 'print' });
    const frame = caught.printed[0]!.frame;
    expect(getComputedStyle(el).display, 'the page hides the widget itself when it prints').to.equal('none');
    expect(getComputedStyle(frame).display, 'but not the print frame').to.equal('block');
    const w = frame.contentWindow!;
    expect(w.matchMedia('print').matches, 'the frame is in print media').to.equal(true);
    const copy = printed(frame);
    const total = copy.querySelector('[part="total"]')!;
    expect(w.getComputedStyle(total).display).to.not.equal('none');
    const reading = copy.querySelector('details li')!;
    expect(w.getComputedStyle(reading).display).to.not.equal('none');
    // on paper a citation's link shows its address
    const a = copy.querySelector('cite a[href]')!;
    expect(w.getComputedStyle(a, '::after').content).to.contain('adilet.zan.kz');
  });

  it('a second print replaces the first frame', async () => {
    const el = await estimator();
    const caught = catchPrint();
    button(el, 'Print').click();
    button(el, 'Print').click();
    expect(caught.printed.length).to.equal(2);
    expect(caught.frames[0]!.isConnected).to.equal(false);
    expect(caught.frames[1]!.isConnected).to.equal(true);
  });
});

describe('the eligibility checker prints and copies', () => {
  const applicant = { size: 'medium', stateShare: '0', sezParticipant: true } as const;

  async function checker(): Promise<QiEligibilityChecker> {
    const el = await fixture<QiEligibilityChecker>(html`<qi-eligibility-checker lang="en" measure="competence" application-date="2026-03-02" .applicant=${applicant}></qi-eligibility-checker>`);
    await waitUntil(() => shadow(el).querySelector('[part="verdict"]'), 'the verdict is shown');
    return el;
  }

  it('copies the SDK’s text of the result and says so', async () => {
    const el = await checker();
    const calls: string[] = [];
    const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (t: string) => void calls.push(t) });
    cleanups.push(() => delete (clipboard as unknown as Record<string, unknown>)['writeText']);
    button(el, 'Copy as text').click();
    await waitUntil(() => calls.length === 1, 'the clipboard is written');
    const r = checkEligibility({ applicationDate: '2026-03-02', measure: 'competence', applicant });
    expect(calls[0]).to.equal(format(r, 'en'));
    await waitUntil(() => norm(shadow(el).querySelector('.actions [role=status]')?.textContent) === 'Copied.', 'the widget says it copied');
    await expect(el).to.be.accessible();
  });

  it('prints the answers and the result alone, the other checks unfolded', async () => {
    const el = await checker();
    const caught = catchPrint();
    button(el, 'Print').click();
    expect(caught.pagePrinted).to.equal(0);
    expect(caught.printed.length).to.equal(1);
    const { frame, detailsOpen } = caught.printed[0]!;
    expect(detailsOpen.length, 'an ineligible result folds the other checks').to.be.greaterThan(0);
    expect(detailsOpen.every(Boolean)).to.equal(true);
    const copy = printed(frame);
    const r = checkEligibility({ applicationDate: '2026-03-02', measure: 'competence', applicant });
    expect(norm(copy.textContent)).to.contain(`Rules edition: ${editionTitle(r.edition.id, 'en')}`);
    expect(norm(copy.textContent)).to.contain(`Computed for: ${formatDate('2026-03-02', 'en')}`);
    expect(norm(copy.querySelector('[part="verdict"]')?.textContent)).to.equal('This application cannot succeed');
    // the visitor's answer is on paper: the "Yes" of the special economic zone is checked in the copy
    const checked = [...copy.querySelectorAll('input[type=radio][checked]')].map((i) => norm(i.parentElement?.textContent));
    expect(checked).to.include('Yes');
    expect(copy.querySelectorAll('cite a[href]').length).to.be.greaterThan(0);
  });
});

describe('citations link to the act on adilet.zan.kz', () => {
  const cites = (el: Element) => [...shadow(el).querySelectorAll('cite')];

  it('a citation of p.14 renders a link to the Rules (new tab, no opener, no referrer); an interpretation renders none', async () => {
    const el = await estimator('en');
    const p14 = cites(el).find((c) => norm(c.textContent) === formatCitation({ act: 'rules-308', paragraph: '14' }, 'en'));
    expect(p14, 'a citation of p.14').to.not.equal(undefined);
    const a = p14!.querySelector('a')!;
    expect(a, 'p.14 is a link').to.not.equal(null);
    expect(a.getAttribute('href')).to.equal(RULES_RU);
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    const r = estimateOf();
    const i = r.interpretations[0]!;
    const ic = cites(el).find((c) => norm(c.textContent) === formatCitation(i.cite, 'en'));
    expect(ic, 'an interpretation citation').to.not.equal(undefined);
    expect(i.cite.act).to.equal('interpretation');
    expect(ic!.querySelector('a'), 'an interpretation has no link').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links the Kazakh text for a Kazakh visitor, the Russian one for a Russian visitor', async () => {
    const kk = await estimator('kk');
    const kkP14 = cites(kk).find((c) => norm(c.textContent) === formatCitation({ act: 'rules-308', paragraph: '14' }, 'kk'));
    expect(kkP14?.querySelector('a')?.getAttribute('href')).to.equal(RULES_KK);
    expect(kkP14?.querySelector('a')?.getAttribute('hreflang')).to.equal('kk');
    const ru = await estimator('ru');
    const ruP14 = cites(ru).find((c) => norm(c.textContent) === formatCitation({ act: 'rules-308', paragraph: '14' }, 'ru'));
    expect(ruP14?.querySelector('a')?.getAttribute('href')).to.equal(RULES_RU);
  });

  it('a link is not a request: rendering the citations fetches nothing', async () => {
    const before = performance.getEntriesByType('resource').filter((e) => e.name.includes('adilet')).length;
    const el = await estimator('en');
    expect(shadow(el).querySelectorAll('cite a[href]').length).to.be.greaterThan(0);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('adilet')).length).to.equal(before);
  });
});
