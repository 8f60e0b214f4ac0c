package org.visitprep.web.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.JavascriptExecutor;
import org.visitprep.web.it.stack.TestSettings;

/**
 * Pictures of the pages as a phone shows them, kept in the build's output ({@code target/phone-screenshots}) for a
 * person to look at: the whole page, down to a limit, numbered in the order the tests saw them.
 */
public final class Screenshots {

    /** How far down a picture goes: a long list stays a long list, and this is enough to judge it. */
    private static final int TALLEST = 5000;

    private static final AtomicInteger TAKEN = new AtomicInteger();

    private Screenshots() {}

    /** The folder the pictures go to, beside the tests' other output; emptied of an earlier run's at the first. */
    public static synchronized Path folder() {
        Path folder = TestSettings.workFolder().getParent().resolve("phone-screenshots");
        try {
            if (TAKEN.get() == 0 && Files.isDirectory(folder)) {
                try (var earlier = Files.list(folder)) {
                    for (Path picture : earlier.filter(file -> file.toString().endsWith(".png"))
                            .toList()) {
                        Files.delete(picture);
                    }
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + folder, e);
        }
    }

    /** Saves the page as it stands, named after what it shows, and answers the file. */
    public static Path take(Browser browser, String what) {
        Path folder = folder();
        var page = (JavascriptExecutor) browser.driver();
        Number width = (Number) page.executeScript("return document.documentElement.clientWidth");
        Number height = (Number) page.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> clip =
                Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height.intValue(), TALLEST), "scale", 1);
        Map<String, Object> shot = browser.driver()
                .executeCdpCommand(
                        "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        String name = "%02d-%s.png"
                .formatted(TAKEN.incrementAndGet(), what.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        Path file = folder.resolve(name);
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        }
        return file;
    }
}
