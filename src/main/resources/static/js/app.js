// Starts the NHS.UK frontend components. Loaded as a module so that the page needs no inline script (strict CSP).
import { initAll } from '/vendor/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
