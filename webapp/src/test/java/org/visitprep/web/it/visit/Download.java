package org.visitprep.web.it.visit;

import java.net.URI;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.visitprep.web.it.browser.Browser;

/**
 * A file fetched by the browser itself, with its session, as a click on a download link would: its status, its
 * headers and its bytes.
 */
public record Download(int status, String contentType, String disposition, byte[] body) {

    @SuppressWarnings("unchecked")
    public static Download of(Browser browser, URI address) {
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(async response => {"
                                + " const bytes = new Uint8Array(await response.arrayBuffer());"
                                + " let text = ''; for (const b of bytes) { text += String.fromCharCode(b); }"
                                + " done({status: response.status,"
                                + "  type: response.headers.get('Content-Type') || '',"
                                + "  disposition: response.headers.get('Content-Disposition') || '',"
                                + "  body: btoa(text)});"
                                + "}).catch(e => done({status: -1, type: '', disposition: '', body: ''}));",
                        address.toString());
        return new Download(
                ((Number) answer.get("status")).intValue(),
                (String) answer.get("type"),
                (String) answer.get("disposition"),
                Base64.getDecoder().decode((String) answer.get("body")));
    }
}
