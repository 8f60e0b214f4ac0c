/*
 * VisitPrep's service worker. It keeps the portal's static files (styles, scripts, fonts, icons) on the device so
 * that a phone loads them once, and shows a static "you are offline" page when the network is gone. It never keeps
 * a page, an AJAX answer, a PDF or anything else that could hold health data: those always come from the network,
 * untouched, and an answer the server marks "no-store" is never kept even if its address looks static.
 */
const CACHE = 'visitprep-static-v1';
const ROOT = new URL('./', self.location).pathname;
const OFFLINE = ROOT + 'offline.html';
const STATIC_PATHS = [
    /^jakarta\.faces\.resource\/(?!.*dynamiccontent).+\.(css|js|woff2?|ttf|eot|svg|png|gif)\.xhtml$/,
    /^resources\/icons\/[\w.-]+\.(png|svg)$/,
    /^offline\.html$/,
    /^manifest\.webmanifest$/
];

function isStatic(url) {
    if (url.origin !== self.location.origin || !url.pathname.startsWith(ROOT)) {
        return false;
    }
    const path = url.pathname.substring(ROOT.length);
    return STATIC_PATHS.some(pattern => pattern.test(path));
}

function keepable(response) {
    return response.ok && response.type === 'basic'
        && !/no-store/i.test(response.headers.get('Cache-Control') || '');
}

self.addEventListener('install', event => {
    event.waitUntil(caches.open(CACHE)
        .then(cache => fetch(OFFLINE, {cache: 'reload'})
            .then(response => response.ok ? cache.put(OFFLINE, response) : undefined))
        .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
    event.waitUntil(caches.keys()
        .then(names => Promise.all(names
            .filter(name => name.startsWith('visitprep-') && name !== CACHE)
            .map(name => caches.delete(name))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
    const request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    const url = new URL(request.url);
    if (request.mode === 'navigate') {
        // the page itself always comes from the network; only when there is none, the static offline page
        event.respondWith(fetch(request).catch(() => caches.match(OFFLINE)));
        return;
    }
    if (!isStatic(url)) {
        return;
    }
    // a kept copy answers at once, and the network refreshes it for next time
    event.respondWith(caches.open(CACHE).then(cache => cache.match(request).then(kept => {
        const fresh = fetch(request).then(response => {
            if (keepable(response)) {
                cache.put(request, response.clone());
            }
            return response;
        });
        return kept || fresh;
    })));
});
