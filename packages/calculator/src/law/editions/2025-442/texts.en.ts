import type { EditionTexts } from '../types.js';

/** Edition `2025-442` in English: its title and what each of its interpretations says. */
const texts: EditionTexts = {
  "title": "Rules No. 308 as amended by Order No. 442 of 17.10.2025",
  "interpretations": {
    "baseline": "Target = N + 2 × Q (per the 2022 presentation); the alternative reading: revenue over the 2 years after the agreement is concluded ≥ 2 × Q.",
    "process-caps": "Energy audit and technological equipment share one cap of 60 million tenge a year; installation and supervised installation have their own 12 million; digital equipment its own 60 million.",
    "already-received": "What was already received in the same calendar year under the same cap is subtracted from it.",
    "tax-growth": "The three complete calendar years before the filing year are taken, each year’s total strictly above the one before; seven years since registration (not the two years in the application form).",
    "proportional-refund": "Refund = Q × (1 − r), where r = (R − N) / (2Q) is kept between 0 and 1.",
    "service-cost-date": "A service cost is dated by the act of services rendered (the last act, if there are several).",
    "one-agreement-a-year": "One agreement a year per cost type; the training, travel and accommodation of one course are one cost type.",
    "cap-year": "The yearly cap is that of the calendar year of the filing date.",
    "digital-list": "The list of digital equipment is exhaustive: 3D scanner, 3D printer, wide-format plotter.",
    "order-442-item-4": "Item 4 of Order No. 442 is read by meaning: priority-goods documents until 31.12.2025, the register extract from 01.01.2026.",
    "agreement-start": "The agreement is concluded on the day the national institute receives it signed by the applicant; the two years of the target run from that day. The monitoring and the six-monthly notices run from signing; where no separate signing date is given, the two are the same day, and the result says so.",
    "registration": "A portal application received after working hours, on a day off or on a holiday is accepted on the next working day.",
    "q-and-n": "Q is the amount in the agreement; N is the revenue from sales of products and services over the 24 months before it was concluded, or, where the date the measure was received is given, over the 24 months before that date (the result names which).",
    "pace": "Pace: cumulative revenue since the agreement was concluded ≥ (N + 2Q) × elapsed months / 24.",
    "service-term-count": "The 14 working days (and the suspension of the term for an on-site visit) count from the first working day after the day of acceptance.",
    "priority-goods": "Priority goods: until 31.12.2025 the applicant must produce goods on the priority list; from 01.01.2026, when the documents proving them end (Order No. 442, item 4), the requirement is not checked. The alternative reading: still required in 2026."
  }
};

export default texts;
