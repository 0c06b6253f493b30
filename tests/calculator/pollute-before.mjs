// Preload (`node --import ./tests/calculator/pollute-before.mjs --test …`): the prototypes are extended before the
// SDK is imported, as by an old script earlier on the page.
import { pollute } from './hostile/pollute.mjs';
// fast-check is the tests' tool, not under test: its bundle's own export helper walks an object with for…in and
// throws at import once Object.prototype is extended, so it loads first.
import 'fast-check';

pollute();
