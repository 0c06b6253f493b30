import type { EditionTexts } from '../types.js';

/** Edition `2022` in English: its title and what each of its interpretations says. */
const texts: EditionTexts = {
  "title": "Rules No. 308 as presented in 2022 (partial)",
  "interpretations": {
    "baseline": "Target = N + 2 × Q (per the 2022 presentation).",
    "already-received": "What was already received under the same cap is subtracted from it.",
    "registration": "An application is registered on the day after it reaches the system (per the 2022 presentation).",
    "partial-silence": "Where the 2022 presentation is silent on a rule the current Rules check (special economic zones, breaches, court bans, consent and others), the question is still asked; an answer the current Rules would fail is “unknown”, never a pass, and the result is never “eligible” while it stands."
  }
};

export default texts;
