// Preload (`node --import ./tests/calculator/pollute-after.mjs --test …`): the SDK's entries are imported first and
// the prototypes extended afterwards, as by a script that runs later on the page.
import { pollute } from './hostile/pollute.mjs';
// fast-check is the tests' tool, not under test: its bundle's own export helper walks an object with for…in and
// throws at import once Object.prototype is extended, so it loads first.
import 'fast-check';

await import('@qazindustry/productivity-calculator');
await import('@qazindustry/productivity-calculator/core');
pollute();
