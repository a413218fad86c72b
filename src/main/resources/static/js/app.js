// Starts the NHS.UK frontend components. Loaded as a module so that the page needs no inline script (strict CSP).
import { initAll } from '/vendor/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();

// A table wider than the screen scrolls in its own region: the line above it says so and a shadow marks the edge with
// more columns behind it, only while the table does not fit. Measured again on resize, on scrolling the region, when a
// details element opens (a table inside is measured only once shown) and after htmx swaps part of the page.
const markWideTables = () => document.querySelectorAll('.ta-table-scroll, .ta-grid-scroll').forEach((region) => {
  const wider = region.scrollWidth > region.clientWidth + 2;
  const cue = region.previousElementSibling;
  if (cue && cue.classList.contains('ta-scroll-cue')) {
    cue.hidden = !wider;
  }
  region.classList.toggle('ta-scroll-more', wider && region.scrollLeft + region.clientWidth < region.scrollWidth - 1);
});
document.addEventListener('scroll', (e) => {
  if (e.target.classList && (e.target.classList.contains('ta-table-scroll') || e.target.classList.contains('ta-grid-scroll'))) {
    markWideTables();
  }
}, { capture: true, passive: true });
document.addEventListener('toggle', markWideTables, true);
window.addEventListener('resize', markWideTables);
document.body.addEventListener('htmx:afterSettle', markWideTables);
markWideTables();

// The words this script shows, in the page's language: page.html puts them on #ta-words from the message bundles.
const WORDS = (document.getElementById('ta-words') || { dataset: {} }).dataset;
const word = (key, ...args) => (WORDS[key] || key).replace(/\{(\d+)\}/g, (m, i) => args[Number(i)]);

// Camera scanning of equipment labels. Where the browser can read QR codes and barcodes itself (BarcodeDetector, as
// on Android phones) a "Scan with camera" button appears beside the label field; elsewhere the field takes typing or
// a handheld scanner's input, so nothing depends on this.
const scanButtons = document.querySelectorAll('[data-scan-for]');
if (scanButtons.length && 'BarcodeDetector' in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
  scanButtons.forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => scanInto(button));
  });
}

async function scanInto(button) {
  const input = document.getElementById(button.dataset.scanFor);
  const video = document.getElementById(button.dataset.scanVideo);
  const status = document.getElementById(button.dataset.scanStatus);
  const say = (text) => { if (status) { status.textContent = text; } };
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (e) {
    say(word('cameraFailed'));
    return;
  }
  const detector = new window.BarcodeDetector({ formats: ['qr_code', 'code_128', 'code_39'] });
  video.srcObject = stream;
  video.hidden = false;
  button.disabled = true;
  say(word('cameraPoint'));
  await video.play();
  const stop = () => {
    stream.getTracks().forEach((track) => track.stop());
    video.hidden = true;
    button.disabled = false;
  };
  const giveUpAt = Date.now() + 30000;
  while (Date.now() < giveUpAt) {
    const codes = await detector.detect(video).catch(() => []);
    if (codes.length > 0) {
      stop();
      input.value = codes[0].rawValue.trim();
      say(word('scanned', input.value));
      if (button.dataset.scanSubmit === 'true') {
        input.form.requestSubmit();
      }
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  say(word('scanNothing'));
}

// ---------------------------------------------------------------------------------------------------------------------
// Nothing typed is lost when the session runs out (issue 11, point 4).
//
// 1. A warning a few minutes before the server's session ends, with "Stay signed in" (a keep-alive request).
// 2. What is typed into a page's forms is kept in sessionStorage (this tab only, never localStorage: ward devices are
//    shared) under the form's page and action. If the session ran out, the form's post goes to sign-in and sign-in
//    comes back to the page; the page puts back what was kept and says so. The server tells the next page when a form
//    was saved (meta ta-form-saved), and what was kept for it is forgotten; signing out, or someone else signing in on
//    this tab, forgets everything.

const KEPT = 'ta-kept:';
const KEPT_BY = 'ta-kept-by';

function forgetAllKept() {
  Object.keys(sessionStorage).filter((k) => k.startsWith(KEPT)).forEach((k) => sessionStorage.removeItem(k));
  sessionStorage.removeItem(KEPT_BY);
}

const session = document.getElementById('ta-session');
if (session) {
  if (sessionStorage.getItem(KEPT_BY) !== session.dataset.user) {
    forgetAllKept();
    sessionStorage.setItem(KEPT_BY, session.dataset.user);
  }
  keepWhatIsTyped();
  warnBeforeSignOut(session);
  document.querySelectorAll('form[action$="/logout"]').forEach((f) => f.addEventListener('submit', forgetAllKept));
} else if (new URLSearchParams(window.location.search).has('signedout')) {
  forgetAllKept();
}

function keptKey(form) {
  const page = form.querySelector('input[type=hidden][name="_page"]');
  return page ? KEPT + page.value + ' ' + form.getAttribute('action') : null;
}

function kept(field) {
  return field.name && !field.disabled
    && !['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image'].includes(field.type);
}

function readForm(form) {
  const values = {};
  Array.from(form.elements).filter(kept).forEach((field) => {
    if (field.type === 'radio' || field.type === 'checkbox') {
      values[field.name] = values[field.name] || [];
      if (field.checked) {
        values[field.name].push(field.value);
      }
    } else {
      values[field.name] = field.value;
    }
  });
  return values;
}

function fillForm(form, values) {
  Array.from(form.elements).filter(kept).forEach((field) => {
    if (!(field.name in values)) {
      return;
    }
    const value = values[field.name];
    if (field.type === 'radio' || field.type === 'checkbox') {
      field.checked = Array.isArray(value) && value.includes(field.value);
    } else if (typeof value === 'string') {
      field.value = value;
    }
  });
}

function keepWhatIsTyped() {
  const saved = document.querySelector('meta[name="ta-form-saved"]');
  if (saved) {
    Object.keys(sessionStorage).filter((k) => k.startsWith(KEPT + saved.content + ' '))
      .forEach((k) => sessionStorage.removeItem(k));
  }
  // A form that came back with errors already shows what was sent; only a freshly opened page is filled in.
  const cameBackWithErrors = document.querySelector('.nhsuk-error-summary') !== null;
  document.querySelectorAll('form').forEach((form) => {
    const key = keptKey(form);
    if (!key) {
      return;
    }
    const stored = sessionStorage.getItem(key);
    if (stored && !cameBackWithErrors) {
      const values = JSON.parse(stored);
      if (JSON.stringify(values) !== JSON.stringify(readForm(form))) {
        fillForm(form, values);
        form.before(keptNotice());
      }
    }
    const keep = () => sessionStorage.setItem(key, JSON.stringify(readForm(form)));
    form.addEventListener('input', keep);
    form.addEventListener('change', keep);
  });
}

function keptNotice() {
  const notice = document.createElement('div');
  notice.className = 'nhsuk-inset-text';
  notice.setAttribute('data-testid', 'kept-typing');
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = word('keptTyping');
  notice.append(text);
  return notice;
}

function warnBeforeSignOut(element) {
  const timeout = Number(element.dataset.timeout) * 1000;
  if (!(timeout > 0)) {
    return;
  }
  const warnFor = Math.min(3 * 60 * 1000, timeout / 4);
  const main = document.getElementById('maincontent') || document.body;
  const banner = document.createElement('div');
  banner.className = 'nhsuk-notification-banner';
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-labelledby', 'ta-session-warning-title');
  banner.setAttribute('data-testid', 'session-warning');
  banner.hidden = true;
  banner.innerHTML = '<div class="nhsuk-notification-banner__header">'
    + '<h2 class="nhsuk-notification-banner__title" id="ta-session-warning-title"></h2></div>'
    + '<div class="nhsuk-notification-banner__content" aria-live="assertive">'
    + '<p class="nhsuk-notification-banner__heading" data-role="heading"></p><p data-role="body"></p>'
    + '<button type="button" class="nhsuk-button nhsuk-u-margin-bottom-0" data-role="stay"></button>'
    + '<a class="nhsuk-notification-banner__link" data-role="sign-in" hidden></a></div>';
  banner.querySelector('#ta-session-warning-title').textContent = word('important');
  banner.querySelector('[data-role=stay]').textContent = word('staySignedIn');
  banner.querySelector('[data-role=sign-in]').textContent = word('signInAgain');
  main.prepend(banner);
  const heading = banner.querySelector('[data-role=heading]');
  const body = banner.querySelector('[data-role=body]');
  const stay = banner.querySelector('[data-role=stay]');
  const signIn = banner.querySelector('[data-role=sign-in]');
  signIn.href = element.dataset.signIn;
  let endsAt = Date.now() + timeout;
  let timers = [];

  const minutesLeft = () => {
    const minutes = Math.ceil((endsAt - Date.now()) / 60000);
    return minutes <= 1 ? word('signedOutSoon') : word('signedOutIn', minutes);
  };
  const warn = () => {
    heading.textContent = minutesLeft();
    body.textContent = word('idleWarning');
    stay.hidden = false;
    signIn.hidden = true;
    banner.hidden = false;
  };
  const signedOut = () => {
    heading.textContent = word('signedOut');
    body.textContent = word('signedOutBody');
    stay.hidden = true;
    signIn.hidden = false;
    signIn.href = element.dataset.signIn;
    banner.hidden = false;
  };
  const schedule = () => {
    timers.forEach(clearTimeout);
    endsAt = Date.now() + timeout;
    banner.hidden = true;
    timers = [setTimeout(warn, timeout - warnFor), setTimeout(signedOut, timeout)];
    for (let t = timeout - warnFor + 30000; t < timeout; t += 30000) {
      timers.push(setTimeout(() => { if (!banner.hidden && !stay.hidden) { warn(); } }, t));
    }
  };
  stay.addEventListener('click', async () => {
    try {
      const response = await fetch(element.dataset.keepAlive, { credentials: 'same-origin', cache: 'no-store' });
      if (response.status === 204 && !response.redirected) {
        schedule();
      } else {
        signedOut();
      }
    } catch (e) {
      body.textContent = word('unreachable');
    }
  });
  document.body.addEventListener('htmx:afterRequest', schedule);
  schedule();
}

// ---------------------------------------------------------------------------------------------------------------------
// How much waits in the inbox and on My day, beside those menu items, kept up to date while the page is open. Asked
// without the session cookie (credentials: 'omit'), with a pass of its own, so that asking does not count as activity
// and an idle session still ends (platform.web.CountPasses); asking stops when the pass runs out or is refused.

const counts = document.getElementById('ta-counts');
if (counts) {
  const every = Math.max(1, Number(counts.dataset.every) || 20) * 1000;
  const until = Number(counts.dataset.until) || 0;
  let timer = null;
  // Shows the number on every badge for this menu item; says whether anything changed.
  const show = (key, n) => {
    let changed = false;
    document.querySelectorAll(`[data-count-of="${key}"]`).forEach((badge) => {
      const text = n > 0 ? String(n) : '';
      if (badge.dataset.shown === text) {
        return;
      }
      changed = true;
      badge.dataset.shown = text;
      badge.hidden = n <= 0;
      badge.replaceChildren();
      if (n > 0) {
        const number = document.createElement('span');
        number.setAttribute('aria-hidden', 'true');
        number.textContent = text;
        const words = document.createElement('span');
        words.className = 'nhsuk-u-visually-hidden';
        words.textContent = ` (${counts.dataset.waiting.replace('{0}', text)})`;
        badge.append(number, words);
      }
    });
    return changed;
  };
  const stop = () => {
    clearInterval(timer);
    timer = null;
  };
  const refresh = async () => {
    if (document.hidden) {
      return;
    }
    if (Date.now() > until) {
      stop();
      return;
    }
    try {
      const answer = await fetch(counts.dataset.url, { credentials: 'omit', cache: 'no-store',
        headers: { Accept: 'application/json' } });
      if (answer.status === 401) {
        stop();
        return;
      }
      if (answer.ok) {
        const n = await answer.json();
        const changed = [show('inbox', n.inbox), show('my-day', n.myDay)].some((c) => c);
        // A number appearing, going or growing changes the menu's width: the NHS.UK header moves items into "More"
        // on a resize, so it is told of one.
        if (changed) {
          window.dispatchEvent(new Event('resize'));
        }
      }
    } catch (e) {
      // No signal: the numbers stay as they were until the next try.
    }
  };
  refresh();
  timer = setInterval(refresh, every);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && timer) {
      refresh();
    }
  });
}
