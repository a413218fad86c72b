/**
 * Working without signal: what a support worker's phone keeps for today
 * ({@link org.therapyassist.offline.TodayOnPhone},
 * the one list of pages the service worker keeps) and for how long
 * ({@link org.therapyassist.offline.OfflineProperties}).
 * The service worker, the outbox of sessions recorded without signal and the wiping on sign-out are in
 * {@code static/sw.js} and {@code static/js/offline.js}; the outbox sends to {@code sessions}' outbox endpoint.
 */
package org.therapyassist.offline;
