package org.visitprep.web.it.phone;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.visitprep.web.it.browser.Browser;

/**
 * What the portal leaves on the device, read from inside the browser: the web app manifest that lets a phone add the
 * portal to its home screen, and what the service worker keeps in the browser's Cache Storage.
 */
final class DeviceStorage {

    /**
     * The addresses of static files, which hold no one's data: Faces resources that are styles, scripts, fonts and
     * images (never PrimeFaces' dynamic content), the icons, the manifest and the offline page.
     */
    private static final Pattern STATIC_FILE = Pattern.compile("/(jakarta\\.faces\\.resource/(?!.*dynamiccontent)"
            + ".+\\.(css|js|woff2?|ttf|eot|svg|png|gif)\\.xhtml|resources/icons/[\\w.-]+\\.(png|svg)"
            + "|offline\\.html|manifest\\.webmanifest)");

    private final Browser browser;

    DeviceStorage(Browser browser) {
        this.browser = browser;
    }

    static boolean isStaticFile(String address) {
        return STATIC_FILE.matcher(URI.create(address).getPath()).matches();
    }

    /** The manifest the page links to, and whether each of its icons is served as the image it says it is. */
    @SuppressWarnings("unchecked")
    Manifest manifest() {
        Map<String, Object> read = (Map<String, Object>) browser.driver().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const link = document.querySelector('link[rel=manifest]');
                        (async () => {
                          const answer = await fetch(link.href);
                          const manifest = await answer.json();
                          const icons = [];
                          for (const icon of manifest.icons || []) {
                            const image = await fetch(new URL(icon.src, link.href));
                            icons.push(icon.sizes + ' ' + icon.type + ' ' + icon.purpose + ': ' + image.status
                                + ' ' + image.headers.get('Content-Type'));
                          }
                          done({type: answer.headers.get('Content-Type'),
                                start: new URL(manifest.start_url, link.href).pathname,
                                scope: new URL(manifest.scope, link.href).pathname,
                                display: manifest.display, icons});
                        })().catch(e => done({type: 'unreadable: ' + e, start: '', scope: '', display: '', icons: []}));
                        """);
        return new Manifest(
                (String) read.get("type"),
                (String) read.get("start"),
                (String) read.get("scope"),
                (String) read.get("display"),
                (List<String>) read.get("icons"));
    }

    /** Every address the service worker's caches hold, once it controls the page. */
    @SuppressWarnings("unchecked")
    List<String> cachedAddresses() {
        return (List<String>) browser.driver().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        (async () => {
                          await navigator.serviceWorker.ready;
                          const found = [];
                          for (const name of await caches.keys()) {
                            for (const request of await (await caches.open(name)).keys()) found.push(request.url);
                          }
                          done(found);
                        })().catch(e => done(['unreadable: ' + e]));
                        """);
    }

    /** The text of every response the caches hold. */
    @SuppressWarnings("unchecked")
    List<String> cachedTexts() {
        return (List<String>) browser.driver().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        (async () => {
                          const texts = [];
                          for (const name of await caches.keys()) {
                            const cache = await caches.open(name);
                            for (const request of await cache.keys()) texts.push(await (await cache.match(request)).text());
                          }
                          done(texts);
                        })().catch(e => done(['unreadable: ' + e]));
                        """);
    }

    /**
     * The web app manifest as the browser reads it.
     *
     * @param contentType how the server labels it
     * @param startPath the path the installed app opens
     * @param scopePath the addresses the installed app covers
     * @param display how it opens ("standalone": without the browser's bars)
     * @param icons each icon's sizes, type and purpose, and how the server answered for it
     */
    record Manifest(String contentType, String startPath, String scopePath, String display, List<String> icons) {

        boolean startsOnThePatientsHome() {
            return contentType.startsWith("application/manifest+json")
                    && startPath.equals("/patient/home.xhtml")
                    && scopePath.equals("/")
                    && display.equals("standalone");
        }

        boolean iconsAreServed() {
            return icons.stream().anyMatch(icon -> icon.startsWith("192x192 image/png any: 200 image/png"))
                    && icons.stream().anyMatch(icon -> icon.startsWith("512x512 image/png any: 200 image/png"))
                    && icons.stream().anyMatch(icon -> icon.startsWith("512x512 image/png maskable: 200 image/png"))
                    && icons.stream().allMatch(icon -> icon.contains(": 200 image/"));
        }
    }
}
