package org.visitprep.ehr.sandbox.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The layout of every page: English, a skip link, banner, main and footer landmarks, and colours that pass WCAG 2.1
 * AA contrast (dark text on white, white on dark blue buttons, a thick focus outline).
 */
public final class HtmlPage {

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;font-family:system-ui,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#fff}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
            header{background:#12355b;color:#fff;padding:.75rem 1.5rem}
            header p{margin:0;font-size:1.25rem;font-weight:700}
            header small{font-weight:400;font-size:.9rem}
            main{padding:1rem 1.5rem;max-width:72rem}
            footer{border-top:1px solid #6b6b6b;padding:.75rem 1.5rem;font-size:.9rem;color:#3d3d3d}
            fieldset{border:1px solid #6b6b6b;padding:.75rem 1rem;margin:0 0 1rem}
            legend{font-weight:700;padding:0 .25rem}
            label{display:block;margin:.25rem 0}
            select{font-size:1rem;padding:.35rem;min-width:20rem;max-width:100%;border:1px solid #4a4a4a}
            button{font-size:1rem;padding:.5rem 1rem;margin-right:.75rem;border:2px solid #12355b;border-radius:4px;
              background:#12355b;color:#fff;cursor:pointer}
            button.secondary{background:#fff;color:#12355b}
            a{color:#0b4f8a}
            :focus-visible{outline:3px solid #b3470a;outline-offset:2px}
            .notice{border-left:4px solid #12355b;background:#eef3f8;padding:.5rem 1rem}
            .error{border-left:4px solid #a4161a;background:#fbeaea;padding:.5rem 1rem}
            dl{display:grid;grid-template-columns:max-content auto;gap:.25rem 1rem}dt{font-weight:700}dd{margin:0}
            iframe{width:100%;height:75vh;border:1px solid #6b6b6b}
            """;

    private HtmlPage() {}

    /** Writes a whole page; {@code mainHtml} must already be escaped. */
    public static void write(HttpServletResponse response, int status, String title, String mainHtml)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>%s</style>
                </head>
                <body>
                <a class="skip" href="#main">Skip to main content</a>
                <header><p>EHR <small>VisitPrep sandbox: synthetic patients, a test system, never production</small></p>
                </header>
                <main id="main">
                %s
                </main>
                <footer>VisitPrep Sandbox Clinic. All patients are synthetic (Synthea).</footer>
                </body>
                </html>
                """.formatted(escape(title + " - EHR sandbox"), STYLE, mainHtml));
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
