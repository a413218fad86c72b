/* Therapy Assist's service worker: keeps today's pages for working without signal (issue 14).
 *
 * What is kept comes from the server in one list (GET /offline/today: My day, the offline page, and the record form of
 * each task due today). Those pages are fetched network-first and fall back to the kept copy; any other page is never
 * stored, and without signal shows the offline page instead. The list says when to wipe the pages (hazard H98); the
 * pages are wiped then, when someone else signs in, and on sign-out (with the Clear-Site-Data header). Records made
 * without signal are not here: the pages' script keeps them in IndexedDB and sends them (js/offline.js).
 *
 * Workbox comes from npm (package.json), copied to /vendor/workbox by the Maven build; never from a CDN.
 */
importScripts('/vendor/workbox/workbox-sw/build/workbox-sw.js');
workbox.setConfig({ debug: false, modulePathCb: (name) => `/vendor/workbox/${name}/build/${name}.prod.js` });

const { registerRoute, setCatchHandler } = workbox.routing;
const { NetworkFirst, NetworkOnly, StaleWhileRevalidate } = workbox.strategies;
const { CacheableResponsePlugin } = workbox.cacheableResponse;
const { ExpirationPlugin } = workbox.expiration;

const PAGES = 'ta-today-pages';
const STATIC = 'ta-static';
const LIST = '/offline/today';
const OFFLINE_PAGE = '/offline';
// What the kept pages need to show: the frame's styles and scripts, and the icons.
const ESSENTIALS = ['/css/app.css', '/js/app.js', '/js/offline.js', '/vendor/nhsuk/nhsuk-frontend.min.css',
  '/vendor/nhsuk/nhsuk-frontend.min.js', '/vendor/htmx/htmx.min.js',
  '/vendor/workbox/workbox-window/build/workbox-window.prod.mjs', '/vendor/nhsuk/assets/images/favicon.ico',
  '/manifest.webmanifest', '/icons/icon-192.png'];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim().then(wipeIfStale)));

const pathOf = (url) => url.pathname + url.search;

/** Today's list as kept, or null. */
async function keptList() {
  const cache = await caches.open(PAGES);
  const response = await cache.match(LIST, { ignoreVary: true });
  return response ? response.json() : null;
}

/** The kept pages go once their time is up (18 hours by default), or when the day they were kept for has passed. */
async function wipeIfStale() {
  const list = await keptList();
  if (list && (Date.now() > Date.parse(list.wipeAfter) || list.date !== localDate())) {
    await caches.delete(PAGES);
    return true;
  }
  return false;
}

function localDate() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Only a whole page answered for the signed-in person is kept: never a redirect to sign-in, never an error. */
const wholePagesOnly = {
  cacheWillUpdate: async ({ response }) => (response && response.status === 200 && !response.redirected
    && response.type === 'basic' ? response : null),
};

const todaysPage = new NetworkFirst({
  cacheName: PAGES,
  networkTimeoutSeconds: 6,
  matchOptions: { ignoreVary: true },
  plugins: [wholePagesOnly],
});

/** Fetches today's list and keeps exactly those pages; pages kept before that are not on it are dropped. */
async function keepToday() {
  const response = await fetch(LIST, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' });
  if (response.status !== 200 || response.type !== 'basic') {
    return { kept: 0, status: response.status };
  }
  const list = await response.clone().json();
  const cache = await caches.open(PAGES);
  const wanted = new Set(list.pages);
  for (const request of await cache.keys()) {
    const path = pathOf(new URL(request.url));
    if (path !== LIST && !wanted.has(path)) {
      await cache.delete(request);
    }
  }
  let kept = 0;
  for (const page of list.pages) {
    try {
      const answer = await fetch(page, { credentials: 'same-origin', redirect: 'follow' });
      if (await wholePagesOnly.cacheWillUpdate({ response: answer })) {
        await cache.put(page, answer);
        kept += 1;
      }
    } catch (e) {
      // Signal went while keeping: what was kept stays; the next My day online tries again.
    }
  }
  await cache.put(LIST, new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } }));
  const statics = await caches.open(STATIC);
  await Promise.all(ESSENTIALS.map((path) => statics.add(path).catch(() => undefined)));
  return { kept, pages: list.pages.length, tasks: list.tasks, wipeAfter: list.wipeAfter, staffId: list.staffId };
}

// Pages: today's, network-first with the kept copy as fallback; every other page is never stored.
registerRoute(({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  async (options) => {
    await wipeIfStale();
    const list = await keptList();
    if (list && list.pages.includes(pathOf(options.url))) {
      return todaysPage.handle(options);
    }
    return new NetworkOnly().handle(options);
  });

// The frame's styles, scripts, fonts and icons: from the kept copy at once, refreshed in the background.
registerRoute(({ url }) => url.origin === self.location.origin
    && /^\/(vendor|css|js|icons)\/|^\/manifest\.webmanifest$/.test(url.pathname),
  new StaleWhileRevalidate({
    cacheName: STATIC,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 80 })],
  }));

// A page not kept, with no signal: the offline page, not the browser's own error.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') {
    const cache = await caches.open(PAGES);
    const offline = await cache.match(OFFLINE_PAGE, { ignoreVary: true });
    if (offline) {
      return offline;
    }
  }
  return Response.error();
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  const reply = (answer) => event.ports[0] && event.ports[0].postMessage(answer);
  if (type === 'keep-today') {
    event.waitUntil(keepToday().then(reply, () => reply({ kept: 0, failed: true })));
  } else if (type === 'wipe') {
    event.waitUntil(Promise.all([caches.delete(PAGES), caches.delete(STATIC)]).then(() => reply({ wiped: true })));
  }
});

// Background Sync: when signal returns, an open page sends what is waiting (it holds the sign-in and CSRF token).
self.addEventListener('sync', (event) => {
  if (event.tag === 'ta-outbox') {
    event.waitUntil(self.clients.matchAll({ type: 'window' })
      .then((windows) => windows.forEach((w) => w.postMessage({ type: 'send-outbox' }))));
  }
});
