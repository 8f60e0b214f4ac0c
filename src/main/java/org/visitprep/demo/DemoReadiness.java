package org.visitprep.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The portal is ready once the demo patients have their records (always, when the demo is off). */
@Readiness
@ApplicationScoped
public class DemoReadiness implements HealthCheck {

    @EJB
    private DemoPopulation population;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("demo-data")
                .status(population.isLoaded())
                .build();
    }
}
