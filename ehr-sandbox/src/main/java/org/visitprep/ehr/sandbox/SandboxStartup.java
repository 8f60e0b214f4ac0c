package org.visitprep.ehr.sandbox;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.util.logging.Logger;
import org.visitprep.ehr.sandbox.config.SandboxSettings;

/** Starts the sandbox when the WAR deploys, before any servlet initializes. */
@WebListener
public class SandboxStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SandboxStartup.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SandboxSettings settings = SandboxSettings.fromMicroProfileConfig();
        Sandbox.start(settings, Clock.systemUTC()).publishIn(event.getServletContext());
        LOG.info(() -> "EHR sandbox (test EHR, never production) ready: EHR page " + settings.baseUrl()
                + "/, FHIR base URL " + settings.fhirBaseUrl());
    }
}
