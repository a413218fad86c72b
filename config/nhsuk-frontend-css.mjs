// Run by the Maven build (exec-maven-plugin, process-resources) on the NHS.UK frontend's CSS as copied into the app,
// to fit it to where the app serves it from.
//
// 1. The CSS loads the Frutiger font from assets.nhs.uk. Frutiger is licensed for services on nhs.uk; a trust's own
//    service uses Arial, which is the next font in the CSS's own font stack. Dropping the @font-face rules means the
//    browser never asks for the font: no request to another site, and no Content Security Policy error on every page
//    (font-src stays 'self').
// 2. Its icons are written as /assets/images/…, where the NHS.UK site serves them; here they are under /vendor/nhsuk/
//    with the rest of the frontend, so a sortable table's arrows or a search button's icon no longer answer 404.
//
// Idempotent: the file may already have been done by an earlier build.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
const css = readFileSync(file, 'utf8');
const fitted = css.replace(/@font-face\{[^}]*\}/g, '').replace(/url\(\/assets\//g, 'url(/vendor/nhsuk/assets/');
if (fitted.includes('assets.nhs.uk') || /url\(\/(?!vendor\/)/.test(fitted)) {
  console.error(`${file} still loads from assets.nhs.uk or outside /vendor/: check this version of the NHS.UK frontend`);
  process.exit(1);
}
if (fitted !== css) {
  writeFileSync(file, fitted);
}
