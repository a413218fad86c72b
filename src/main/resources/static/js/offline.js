// Working without signal (issue 14). Loaded as its own module so that nothing here can stop app.js.
//
// 1. Registers the service worker (sw.js, with workbox-window from npm) and, on My day with signal, asks it to keep
//    today's pages: the server's one list of them (GET /offline/today).
// 2. The session record form saves into an outbox in IndexedDB first, under an Idempotency-Key made once when the form
//    is first submitted (a double tap or a retry reuses it), then sends it with the signed-in session. With no signal
//    it stays on the phone and the worker is told so; it is sent on page load, when signal returns (the online event)
//    and on Background Sync. A replay of the key answers with the first record, never a second (hazard H95).
// 3. A refusal when sending later (the delegation was cancelled meanwhile, not allowed, the form's errors) is shown
//    plainly on My day with what was recorded, and kept until the worker copies or deletes it (H96).
// 4. The before-session checklist goes through the same outbox. With no signal the phone applies the service's rules
//    (from the page's data- attributes): a stop says plainly the registrant has not been told yet and whom to phone; all
//    clear opens the record form kept for it, which names the checklist by the id the phone made. The checklist is
//    sent before that record, and the service applies its rules again on arrival (hazard H108).
// 5. Signing out wipes the pages and the outbox, after asking when records are still waiting (H96, H98). Pages kept for
//    someone else, or past their time, are wiped on load (H98, H99); records are only ever sent by their author.

const WORDS = (document.getElementById('ta-offline-words') || { dataset: {} }).dataset;
const say = (key, ...args) => (WORDS[key] || key).replace(/\{(\d+)\}/g, (m, i) => args[Number(i)]);
const session = document.getElementById('ta-session');
const ME = session ? session.dataset.user : null;

const DB_NAME = 'ta-offline';
const OUTBOX = 'outbox';
const PAGES = 'ta-today-pages';
const LIST = '/offline/today';
const NOT_SENT = ['_csrf', '_formToken', '_page'];

// ---------------------------------------------------------------------------------------------------------------------
// The outbox: one IndexedDB store, a record per Idempotency-Key.

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(OUTBOX, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function inOutbox(mode, work) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(OUTBOX, mode);
    const request = work(tx.objectStore(OUTBOX));
    tx.oncomplete = () => { db.close(); resolve(request ? request.result : undefined); };
    tx.onerror = () => { db.close(); reject(tx.error); };
    tx.onabort = () => { db.close(); reject(tx.error); };
  });
}

const allKept = () => inOutbox('readonly', (store) => store.getAll());
const keep = (record) => inOutbox('readwrite', (store) => store.put(record));
const forget = (key) => inOutbox('readwrite', (store) => store.delete(key));

function deleteOutbox() {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Everything this app keeps on the phone: pages, outbox, service worker. Only after the worker chose it. */
async function wipeAll() {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith('ta-')).map((n) => caches.delete(n)));
  await deleteOutbox();
  if (navigator.serviceWorker) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((r) => r.unregister()));
  }
}

function newKey() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function csrfToken() {
  const field = document.querySelector('form[action$="/logout"] input[name="_csrf"]');
  return field ? field.value : null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Sending one record. The CSRF token goes in a header, not the body, so the body of a retry is byte for byte the same
// and the server recognises the key's request.

async function send(record, csrf) {
  let response;
  try {
    response = await fetch(record.action, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      cache: 'no-store',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
        Accept: 'application/json',
        'Idempotency-Key': record.key,
        'X-CSRF-TOKEN': csrf,
      },
      body: record.body,
    });
  } catch (e) {
    return { kind: 'offline' };
  }
  if (response.type === 'opaqueredirect' || response.status === 401) {
    return { kind: 'signin' };
  }
  const json = (response.headers.get('Content-Type') || '').includes('json');
  const answer = json ? await response.json().catch(() => ({})) : {};
  if (response.status === 200 || response.status === 201) {
    return { kind: 'sent', page: answer.page };
  }
  if (response.status === 409 && answer.code === 'record.duplicate' && answer.existingId) {
    // The same record already reached the service (sent before under another key): it is there once.
    return { kind: 'sent', page: `/session-records/${answer.existingId}`, duplicate: true };
  }
  if (!json && response.status === 403) {
    return { kind: 'signin' };
  }
  if (response.status >= 500 || [408, 425, 429].includes(response.status)
      || (response.status === 409 && answer.code === 'idempotency.in-flight')) {
    return { kind: 'later' };
  }
  return {
    kind: 'refused',
    problem: {
      status: response.status,
      code: answer.code || '',
      detail: answer.detail || answer.title || '',
      errors: Array.isArray(answer.errors) ? answer.errors.map((e) => e.message) : [],
    },
  };
}

/** Sends one kept record and keeps what became of it: gone when it reached the service, otherwise its state. */
async function sendKept(record, csrf) {
  const result = await send(record, csrf);
  if (result.kind === 'sent') {
    await forget(record.key);
    rememberSentCheck(record);
  } else if (result.kind === 'refused') {
    await keep({ ...record, state: 'refused', problem: result.problem });
  } else {
    await keep({ ...record, state: result.kind === 'signin' ? 'signin' : 'waiting', triedAt: Date.now() });
  }
  return result;
}

/** Waiting, or signed out when it was tried; or being sent from its form by a page that closed before the answer. */
function mayBeSent(record) {
  return record.state === 'waiting' || record.state === 'signin'
    || (record.state === 'sending' && Date.now() - record.savedAt > 30000);
}

let sending = null;

/** Sends every record this person kept that may be sent; one run at a time. */
function sendWaiting() {
  if (!sending) {
    sending = sendAll().finally(() => { sending = null; });
  }
  return sending;
}

async function sendAll() {
  const sent = [];
  const csrf = csrfToken();
  if (csrf && navigator.onLine) {
    const all = (await allKept()).filter((r) => r.staffId === ME);
    // A record waits while the checklist it names is still to be sent; once that checklist was refused, the record goes
    // too and the service says why it cannot be taken.
    const pending = new Set(all.filter((r) => r.state !== 'refused').map((r) => r.key));
    const mine = all.filter(mayBeSent).sort((a, b) => a.savedAt - b.savedAt);
    for (const record of mine) {
      if (record.after && pending.has(record.after)) {
        continue;
      }
      const result = await sendKept(record, csrf);
      if (result.kind === 'sent') {
        pending.delete(record.key);
        if (record.kind !== 'check') {
          sent.push({ ...record, page: result.page });
        }
      } else if (result.kind === 'offline' || result.kind === 'signin') {
        break;
      }
    }
  }
  await showOutbox(sent);
}

// ---------------------------------------------------------------------------------------------------------------------
// The record form.

function labelOf(field) {
  const label = field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
  const legend = field.closest('fieldset') ? field.closest('fieldset').querySelector('legend') : null;
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
  if (field.type === 'checkbox' || field.type === 'radio') {
    return [text(legend), text(label)].filter(Boolean).join(': ');
  }
  return legend && !label ? text(legend) : [legend && field.closest('.ta-tick') ? text(legend) : '', text(label)]
    .filter(Boolean).join(': ');
}

/** What was recorded, as the worker wrote it: for showing and copying while it waits. */
function linesOf(form) {
  const lines = [];
  Array.from(form.elements).forEach((field) => {
    if (!field.name || NOT_SENT.includes(field.name) || field.type === 'hidden' || field.type === 'submit'
        || field.type === 'button') {
      return;
    }
    if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) {
      return;
    }
    const value = field.type === 'checkbox' || field.type === 'radio' ? '✓' : field.value.trim();
    if (value) {
      lines.push([labelOf(field) || field.name, value]);
    }
  });
  return lines;
}

function bodyOf(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (!NOT_SENT.includes(name) && typeof value === 'string') {
      params.append(name, value);
    }
  }
  return params.toString();
}

/** What app.js kept of this form's typing (sessionStorage) is forgotten once the outbox holds the record. */
function forgetTyping(form) {
  const page = form.querySelector('input[type=hidden][name="_page"]');
  if (page) {
    sessionStorage.removeItem(`ta-kept:${page.value} ${form.getAttribute('action')}`);
  }
}

/**
 * A form the script sends, one submit at a time: a double tap while the first is being kept or sent does nothing, and
 * the keys made on the first submit stay on the form for a retry.
 */
function oneAtATime(form, handle) {
  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    try {
      await handle();
    } finally {
      busy = false;
    }
  });
}

function watchRecordForm(form) {
  oneAtATime(form, async () => {
    // Made once, when the form is first submitted: a double tap or a retry sends the same key.
    form.dataset.outboxKey = form.dataset.outboxKey || newKey();
    const escalation = form.querySelector('[name="escalation"]');
    const record = {
      key: form.dataset.outboxKey,
      staffId: ME,
      action: form.dataset.outboxAction,
      body: bodyOf(form),
      title: form.dataset.outboxTitle,
      delegator: form.dataset.outboxDelegator,
      escalation: Boolean(escalation && escalation.value.trim()),
      lines: linesOf(form),
      savedAt: Date.now(),
      state: navigator.onLine ? 'sending' : 'waiting',
      after: form.dataset.afterKey,
    };
    try {
      await keep(record);
    } catch (e) {
      HTMLFormElement.prototype.submit.call(form);
      return;
    }
    if (!navigator.onLine) {
      forgetTyping(form);
      showKeptOnPhone(form, record);
      registerSync();
      return;
    }
    const result = await checklistFirst(record.after)
      ? await send(record, csrfToken()) : { kind: 'offline' };
    if (result.kind === 'sent' && !result.duplicate) {
      await forget(record.key);
      forgetTyping(form);
      window.location.assign(result.page);
    } else if (result.kind === 'offline' || result.kind === 'later') {
      await keep({ ...record, state: 'waiting' });
      forgetTyping(form);
      showKeptOnPhone(form, record);
      registerSync();
    } else {
      // Signed out, the form's errors, a refusal or the same record already there, with the worker here and signal:
      // nothing was saved, so the form goes the ordinary way, which shows the sign-in page (and keeps what was typed),
      // the error summary beside the fields, or the record already there.
      await forget(record.key);
      HTMLFormElement.prototype.submit.call(form);
    }
  });
}

/** The checklist a record names goes first; true once it has reached the service (or was never waiting). */
async function checklistFirst(afterKey) {
  if (!afterKey) {
    return true;
  }
  const check = (await allKept().catch(() => [])).find((r) => r.key === afterKey);
  if (!check || check.state === 'refused') {
    return true;
  }
  return (await sendKept(check, csrfToken())).kind === 'sent';
}

// ---------------------------------------------------------------------------------------------------------------------
// The before-session checklist.

const SENT_CHECKS = 'ta-checks-sent';

/** A passing checklist sent from the outbox, so the record form that follows still finds it after it has gone. */
function rememberSentCheck(record) {
  if (record.kind === 'check' && !record.stopped) {
    const sent = JSON.parse(sessionStorage.getItem(SENT_CHECKS) || '[]');
    sent.push({ id: record.checkId, delegationId: record.delegationId, staffId: record.staffId });
    sessionStorage.setItem(SENT_CHECKS, JSON.stringify(sent.slice(-20)));
  }
}

const answerOf = (form, name) => {
  const chosen = form.querySelector(`input[name="${CSS.escape(name)}"]:checked`);
  return chosen ? chosen.value : null;
};

/**
 * The service's rules for the checklist (PreSessionRules), from the page: what must be answered or corrected first, in
 * page order, and every reason the session stops, in the service's words.
 */
function judgeChecklist(form) {
  const problems = [];
  const reasons = [];
  const questions = Array.from(form.querySelectorAll('[data-phone-questions] li'));
  const question = (q) => {
    const answer = answerOf(form, q.dataset.name);
    if (answer === null) {
      problems.push([`${q.dataset.name}-0`, q.dataset.blank]);
    } else if (answer === q.dataset.stopsOn) {
      reasons.push(q.textContent.trim());
    }
  };
  questions.filter((q) => q.dataset.name === 'consentToday').forEach(question);
  form.querySelectorAll('input[data-reading]').forEach((input) => {
    const raw = input.value.trim();
    const scale = Number(input.dataset.scale);
    const number = scale === 0 ? /^\d+$/ : /^\d+(\.\d+)?$/;
    if (!raw) {
      problems.push([input.id, input.dataset.blank]);
      return;
    }
    const value = Number(raw);
    if (!number.test(raw) || value < Number(input.dataset.plausibleLow) || value > Number(input.dataset.plausibleHigh)) {
      problems.push([input.id, input.dataset.implausible]);
      return;
    }
    if ((raw.split('.')[1] || '').replace(/0+$/, '').length > scale) {
      problems.push([input.id, input.dataset.onePlace]);
      return;
    }
    if (value < Number(input.dataset.low) || (input.dataset.high !== '' && value > Number(input.dataset.high))) {
      reasons.push(input.dataset.outside.replace('{0}', value.toFixed(scale)));
    }
  });
  questions.filter((q) => q.dataset.name !== 'consentToday').forEach(question);
  return { problems, reasons };
}

/** The problems as the service's pages show them: a summary at the top and a message beside each field. */
function showProblems(form, problems) {
  form.querySelectorAll('[data-phone-error]').forEach((e) => e.remove());
  form.querySelectorAll('.nhsuk-form-group--error').forEach((g) => g.classList.remove('nhsuk-form-group--error'));
  const summary = element('div', { class: 'nhsuk-error-summary', role: 'alert', tabindex: '-1',
    'aria-labelledby': 'ta-phone-problems', 'data-phone-error': '' });
  summary.append(element('h2', { class: 'nhsuk-error-summary__title', id: 'ta-phone-problems' },
    form.dataset.invalidTitle));
  const list = element('ul', { class: 'nhsuk-list nhsuk-error-summary__list' });
  problems.forEach(([id, message]) => {
    const item = element('li');
    item.append(element('a', { href: `#${id}` }, message));
    list.append(item);
    const field = document.getElementById(id);
    const group = field && field.closest('.nhsuk-form-group');
    if (group) {
      group.classList.add('nhsuk-form-group--error');
      const inline = element('span', { class: 'nhsuk-error-message', 'data-phone-error': '' }, message);
      const legend = group.querySelector('legend');
      if (legend) {
        legend.after(inline);
      } else {
        field.before(inline);
      }
    }
  });
  const body = element('div', { class: 'nhsuk-error-summary__body' });
  body.append(list);
  summary.append(body);
  form.prepend(summary);
  summary.focus();
}

/** With no signal: a stop in plain words (the registrant is not told yet; phone them), or on to the record form. */
async function keepChecklistOnPhone(form, record, judged) {
  await keep({ ...record, state: 'waiting' });
  registerSync();
  if (record.stopped) {
    // From a template, so the page has one main heading whichever it shows.
    const template = document.querySelector('template[data-phone-stop]');
    const stop = template.content.firstElementChild.cloneNode(true);
    stop.querySelector('[data-phone-reasons]')
      .replaceChildren(...judged.reasons.map((reason) => element('li', {}, reason)));
    form.closest('[data-phone-checklist]').remove();
    template.after(stop);
    stop.focus();
    return;
  }
  window.location.assign(`${form.dataset.recordForm}#check=${record.checkId}`);
}

function watchCheckForm(form) {
  oneAtATime(form, async () => {
    const judged = judgeChecklist(form);
    if (!navigator.onLine && judged.problems.length) {
      showProblems(form, judged.problems);
      return;
    }
    // Made once: a double tap or a retry sends the same key, the same checklist id and the same time.
    form.dataset.outboxKey = form.dataset.outboxKey || newKey();
    form.dataset.checkId = form.dataset.checkId || newKey();
    form.dataset.takenAt = form.dataset.takenAt || new Date().toISOString();
    const body = new URLSearchParams(bodyOf(form));
    body.set('id', form.dataset.checkId);
    body.set('takenAt', form.dataset.takenAt);
    const record = {
      key: form.dataset.outboxKey,
      kind: 'check',
      checkId: form.dataset.checkId,
      delegationId: form.querySelector('input[name="delegationId"]').value,
      staffId: ME,
      action: form.dataset.outboxCheck,
      body: body.toString(),
      title: form.dataset.outboxTitle,
      delegator: form.dataset.outboxDelegator,
      stopped: judged.reasons.length > 0,
      escalation: judged.reasons.length > 0,
      lines: linesOf(form),
      savedAt: Date.now(),
      state: 'sending',
    };
    try {
      await keep(record);
    } catch (e) {
      HTMLFormElement.prototype.submit.call(form);
      return;
    }
    const result = navigator.onLine ? await send(record, csrfToken()) : { kind: 'offline' };
    if (result.kind === 'sent') {
      await forget(record.key);
      window.location.assign(result.page);
    } else if ((result.kind === 'offline' || result.kind === 'later') && !judged.problems.length) {
      await keepChecklistOnPhone(form, record, judged);
    } else {
      // The service's own answer with signal (the fields, a refusal, signed out): nothing was kept there, so the form
      // goes the ordinary way and the page shows it; or no signal with something to correct first.
      await forget(record.key);
      if (result.kind === 'offline' || result.kind === 'later') {
        showProblems(form, judged.problems);
        return;
      }
      HTMLFormElement.prototype.submit.call(form);
    }
  });
}

/**
 * The record form kept for a checklist gone through on this phone: it names that checklist (from the address's #check=)
 * if the outbox holds it, passing, for this task and person, or it was sent from here; otherwise the page keeps saying
 * to go through the checklist first, and the form stays hidden.
 */
async function fillPhoneCheck(form) {
  const field = form.querySelector('input[data-phone-check]');
  const id = new URLSearchParams(window.location.hash.slice(1)).get('check');
  if (!field || !id) {
    return;
  }
  const delegationId = form.querySelector('input[name="delegationId"]').value;
  const mine = (c) => c.staffId === ME && c.delegationId === delegationId;
  const kept = (await allKept().catch(() => [])).find((r) => r.kind === 'check' && r.checkId === id && mine(r)
    && !r.stopped && r.state !== 'refused');
  const sent = JSON.parse(sessionStorage.getItem(SENT_CHECKS) || '[]').find((c) => c.id === id && mine(c));
  if (!kept && !sent) {
    return;
  }
  field.value = id;
  if (kept) {
    form.dataset.afterKey = kept.key;
  }
  const missing = document.querySelector('[data-testid=phone-check-missing]');
  if (missing) {
    missing.hidden = true;
  }
  form.querySelector('[data-testid=phone-check-kept]').hidden = false;
  form.hidden = false;
}

function element(tag, attributes = {}, text) {
  const el = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => el.setAttribute(name, value));
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}

function escalationWarning(record) {
  const callout = element('div', { class: 'nhsuk-warning-callout', 'data-testid': 'escalation-not-sent' });
  const label = element('h3', { class: 'nhsuk-warning-callout__label' }, say('escalationTitle'));
  callout.append(label, element('p', {}, say(record.kind === 'check' ? 'checkStopNotSent' : 'escalationNotSent',
    record.delegator || '')));
  return callout;
}

function showKeptOnPhone(form, record) {
  const panel = element('div', {
    class: 'nhsuk-notification-banner nhsuk-notification-banner--success',
    role: 'alert',
    'data-testid': 'kept-on-phone',
    tabindex: '-1',
  });
  const header = element('div', { class: 'nhsuk-notification-banner__header' });
  header.append(element('h2', { class: 'nhsuk-notification-banner__title' }, say('savedTitle')));
  const content = element('div', { class: 'nhsuk-notification-banner__content' });
  content.append(element('p', { class: 'nhsuk-notification-banner__heading' }, say('savedOnPhone')),
    element('p', {}, say('savedOnPhoneBody')));
  const link = element('a', { class: 'nhsuk-notification-banner__link', href: '/my-day' }, say('goToMyDay'));
  content.append(link);
  panel.append(header, content);
  form.hidden = true;
  form.before(panel);
  if (record.escalation) {
    form.before(escalationWarning(record));
  }
  panel.focus();
}

function registerSync() {
  if (navigator.serviceWorker) {
    navigator.serviceWorker.ready.then((r) => r.sync && r.sync.register('ta-outbox')).catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// My day: what is kept on this phone.

function stateTag(record) {
  const tags = {
    waiting: ['nhsuk-tag--yellow', say('tagWaiting')],
    signin: ['nhsuk-tag--orange', say('tagSignIn')],
    refused: ['nhsuk-tag--red', say('tagRefused')],
  };
  const [colour, text] = tags[record.state] || tags.waiting;
  return element('strong', { class: `nhsuk-tag ${colour}`, 'data-testid': 'outbox-state' }, text);
}

function contentOf(record) {
  const details = element('details', { class: 'nhsuk-details' });
  const summary = element('summary', { class: 'nhsuk-details__summary' });
  summary.append(element('span', { class: 'nhsuk-details__summary-text' }, say('whatYouRecorded')));
  const list = element('dl', { class: 'nhsuk-summary-list', 'data-testid': 'outbox-content' });
  record.lines.forEach(([key, value]) => {
    const row = element('div', { class: 'nhsuk-summary-list__row' });
    row.append(element('dt', { class: 'nhsuk-summary-list__key' }, key),
      element('dd', { class: 'nhsuk-summary-list__value' }, value));
    list.append(row);
  });
  const text = element('div', { class: 'nhsuk-details__text' });
  text.append(list);
  details.append(summary, text);
  return details;
}

function plainText(record) {
  return [record.title, ...record.lines.map(([key, value]) => `${key}: ${value}`)].join('\n');
}

function refusedPart(record, card) {
  const part = element('div', { 'data-testid': 'outbox-refusal' });
  part.append(element('p', {}, say('refusedHint')));
  const problem = element('div', { class: 'nhsuk-error-summary', role: 'alert', tabindex: '-1' });
  problem.append(element('h3', { class: 'nhsuk-error-summary__title' }, say('refusedTitle')));
  const body = element('div', { class: 'nhsuk-error-summary__body' });
  body.append(element('p', { 'data-testid': 'outbox-problem' }, record.problem.detail));
  if (record.problem.errors.length) {
    const list = element('ul', { class: 'nhsuk-list nhsuk-error-summary__list' });
    record.problem.errors.forEach((e) => list.append(element('li', {}, e)));
    body.append(list);
  }
  problem.append(body);
  part.append(problem);
  const actions = element('div', { class: 'ta-actions' });
  const copy = element('button', { type: 'button', class: 'nhsuk-button nhsuk-button--secondary' }, say('copy'));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(plainText(record));
      copy.textContent = say('copied');
    } catch (e) {
      const area = element('textarea', { class: 'nhsuk-textarea', rows: '6', readonly: 'readonly' });
      area.value = plainText(record);
      copy.replaceWith(area);
      area.select();
    }
  });
  const remove = element('button', { type: 'button', class: 'nhsuk-button nhsuk-button--warning',
    'data-testid': 'outbox-delete' }, say('delete'));
  remove.addEventListener('click', async () => {
    if (remove.dataset.confirm !== 'yes') {
      remove.dataset.confirm = 'yes';
      remove.textContent = say('deleteConfirm');
      return;
    }
    await forget(record.key);
    card.remove();
    showOutbox([]);
  });
  actions.append(copy, remove);
  part.append(actions);
  return part;
}

async function showOutbox(sent) {
  const box = document.getElementById('ta-outbox');
  if (!box) {
    return;
  }
  const all = await allKept().catch(() => []);
  const mine = all.filter((r) => r.staffId === ME).sort((a, b) => a.savedAt - b.savedAt);
  const others = all.length - mine.length;
  box.replaceChildren();
  box.hidden = mine.length === 0 && others === 0 && sent.length === 0;
  if (sent.length) {
    const done = element('div', { class: 'nhsuk-inset-text', 'data-testid': 'outbox-sent', role: 'status' });
    done.append(element('p', {}, say('sent', sent.length)));
    const list = element('ul', { class: 'nhsuk-list' });
    sent.forEach((r) => {
      const item = element('li');
      item.append(element('a', { href: r.page }, r.title));
      list.append(item);
    });
    done.append(list);
    box.append(done);
  }
  if (mine.length) {
    box.append(element('h2', { class: 'nhsuk-heading-m', 'data-testid': 'outbox-count' }, say('keptHeading',
      mine.length)));
    box.append(element('p', { class: 'nhsuk-body-s' }, say('keptHint')));
    if (mine.some((r) => r.state === 'signin')) {
      const signIn = element('p', { class: 'nhsuk-body-s', 'data-testid': 'outbox-sign-in' }, `${say('signInToSend')} `);
      signIn.append(element('a', { href: '/my-day' }, say('signInAgain')));
      box.append(signIn);
    }
    mine.forEach((record) => {
      const card = element('div', { class: 'nhsuk-card', 'data-testid': 'outbox-record' });
      const content = element('div', { class: 'nhsuk-card__content' });
      const heading = element('h3', { class: 'nhsuk-card__heading nhsuk-heading-s' }, `${record.title} `);
      heading.append(stateTag(record));
      content.append(heading, element('p', { class: 'nhsuk-body-s' },
        say('savedAt', new Date(record.savedAt).toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit' }))));
      if (record.escalation) {
        content.append(escalationWarning(record));
      }
      if (record.state === 'refused') {
        content.append(refusedPart(record, card));
      }
      content.append(contentOf(record));
      card.append(content);
      box.append(card);
    });
    if (navigator.onLine && mine.some((r) => r.state !== 'refused')) {
      const again = element('button', { type: 'button', class: 'nhsuk-button', 'data-testid': 'outbox-send' },
        say('sendNow'));
      again.addEventListener('click', () => sendWaiting());
      box.append(again);
    }
  }
  if (others) {
    box.append(element('p', { class: 'nhsuk-inset-text', 'data-testid': 'outbox-others' }, say('others', others)));
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Today's pages, and signing out.

async function keptList() {
  const cache = await caches.open(PAGES);
  const response = await cache.match(LIST, { ignoreVary: true });
  return response ? response.json() : null;
}

/** Pages kept for someone else, or past their time, go at once (the service worker checks the time too). */
async function wipeStalePages() {
  const list = await keptList().catch(() => null);
  if (list && (list.staffId !== ME || Date.now() > Date.parse(list.wipeAfter))) {
    await caches.delete(PAGES);
  }
}

async function keepToday(workbox) {
  const status = document.getElementById('ta-kept-today');
  if (!status || !navigator.onLine) {
    return;
  }
  // A service worker installed a moment ago may not answer the first time: try again, a few times, before giving up
  // until My day is next opened with signal.
  for (let attempt = 1; attempt <= 4 && navigator.onLine; attempt += 1) {
    const answer = await workbox.messageSW({ type: 'keep-today' }).catch(() => null);
    if (answer && answer.pages) {
      const until = new Date(answer.wipeAfter).toLocaleString('en-GB', { hour: 'numeric', minute: '2-digit',
        day: 'numeric', month: 'long' });
      status.textContent = say('keptToday', answer.tasks, until);
      status.hidden = false;
      status.dataset.kept = String(answer.kept);
      return;
    }
    console.warn('Today\'s pages were not kept yet', answer);
    await new Promise((resolve) => { setTimeout(resolve, 1500 * attempt); });
  }
}

function guardSignOut() {
  document.querySelectorAll('form[action$="/logout"]').forEach((form) => {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const unsent = (await allKept().catch(() => [])).filter((r) => r.staffId === ME);
      if (unsent.length === 0) {
        await wipeAll().catch(() => undefined);
        HTMLFormElement.prototype.submit.call(form);
        return;
      }
      warnBeforeSignOut(form, unsent.length);
    });
  });
}

function warnBeforeSignOut(form, count) {
  const main = document.getElementById('maincontent') || document.body;
  const old = document.querySelector('[data-testid=sign-out-unsent]');
  if (old) {
    old.remove();
  }
  const warning = element('div', { class: 'nhsuk-warning-callout', role: 'alertdialog', tabindex: '-1',
    'aria-labelledby': 'ta-sign-out-unsent', 'data-testid': 'sign-out-unsent' });
  warning.append(element('h2', { class: 'nhsuk-warning-callout__label', id: 'ta-sign-out-unsent' },
    say('signOutTitle')));
  warning.append(element('p', {}, say('signOutBody', count)));
  const stay = element('a', { class: 'nhsuk-button', href: '/my-day' }, say('signOutStay'));
  const leave = element('button', { type: 'button', class: 'nhsuk-button nhsuk-button--warning',
    'data-testid': 'sign-out-delete' }, say('signOutDelete'));
  leave.addEventListener('click', async () => {
    await wipeAll().catch(() => undefined);
    HTMLFormElement.prototype.submit.call(form);
  });
  const actions = element('div', { class: 'ta-actions' });
  actions.append(stay, leave);
  warning.append(actions);
  main.prepend(warning);
  warning.focus();
}

// ---------------------------------------------------------------------------------------------------------------------
// Any other form that changes something (Arrived, Left, I need help, accept a task) needs signal: without it the
// phone says plainly that nothing was sent, rather than the browser's own error page (H106 for "I need help").

function guardNeedsSignal() {
  document.querySelectorAll('form').forEach((form) => {
    if (form.method !== 'post' || form.dataset.outboxAction || form.dataset.outboxCheck
        || (form.getAttribute('action') || '').endsWith('/logout')) {
      return;
    }
    form.addEventListener('submit', (event) => {
      if (navigator.onLine) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      form.querySelectorAll('[data-testid=not-sent]').forEach((old) => old.remove());
      const message = element('div', { class: 'nhsuk-error-summary', role: 'alert', tabindex: '-1',
        'data-testid': 'not-sent' });
      message.append(element('p', { class: 'nhsuk-body' }, form.dataset.noSignal || say('notSent')));
      form.prepend(message);
      form.querySelectorAll('[data-when-no-signal]').forEach((el) => { el.hidden = false; });
      message.focus();
    }, true);
  });
}

async function start() {
  await wipeStalePages();
  document.querySelectorAll('form[data-outbox-action]').forEach(watchRecordForm);
  document.querySelectorAll('form[data-outbox-check]').forEach(watchCheckForm);
  guardNeedsSignal();
  // Before anything is sent: the record form finds the checklist while the outbox still holds it.
  await Promise.all(Array.from(document.querySelectorAll('form[data-outbox-action]')).map(fillPhoneCheck));
  guardSignOut();
  window.addEventListener('online', () => sendWaiting());
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'send-outbox') {
      sendWaiting();
    }
  });
  await sendWaiting();
  const { Workbox } = await import('/vendor/workbox/workbox-window/build/workbox-window.prod.mjs');
  const workbox = new Workbox('/sw.js');
  await workbox.register();
  await keepToday(workbox);
}

if (new URLSearchParams(window.location.search).has('signedout')) {
  // Signed out (the server's Clear-Site-Data does the same where the browser honours it).
  if ('caches' in window && 'indexedDB' in window) {
    wipeAll().catch(() => undefined);
  }
} else if (ME && 'serviceWorker' in navigator && 'indexedDB' in window && 'caches' in window
    && window.isSecureContext) {
  start().catch((e) => console.error('Working without signal is not available', e));
}
