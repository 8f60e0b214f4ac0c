package org.visitprep.summary.llm;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the language model's settings when the application starts, so that a wrong one (an http address of another
 * machine, a malformed timeout) stops the start-up with a message naming the setting, rather than the first summary.
 * Logs where summaries go; never the API key.
 */
@Singleton
@Startup
public class AiSettingsCheck {

    private static final Logger LOG = Logger.getLogger(AiSettingsCheck.class.getName());

    @PostConstruct
    void check() {
        AiSettings settings = AiSettings.from(ConfigProvider.getConfig(AiSettingsCheck.class.getClassLoader()));
        LOG.info(() -> settings.enabled() && settings.isConfigured()
                ? "Summaries are drafted by the language model " + settings.model() + " at " + settings.baseUrl()
                        + ", then checked; the grounded engine stands in when it fails"
                : "Summaries are drafted by the grounded engine (the language model is "
                        + (settings.enabled() ? "switched on but not set up" : "off") + ")");
    }
}
