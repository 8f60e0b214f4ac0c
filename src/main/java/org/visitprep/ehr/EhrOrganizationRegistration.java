package org.visitprep.ehr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.sharing.CareOrganization;
import org.visitprep.sharing.CareTeams;

/**
 * Makes each registered EHR's organization one the portal knows, at start-up, so that patients can share a summary
 * with it and its clinicians can open that summary from inside the EHR. An organization already known is left as it
 * is; nobody becomes a member of it here.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class EhrOrganizationRegistration {

    private static final Logger LOG = Logger.getLogger(EhrOrganizationRegistration.class.getName());

    @Inject
    private SmartLaunches smartLaunches;

    @Inject
    private CareTeams teams;

    @PostConstruct
    void register() {
        for (RegisteredEhr ehr : smartLaunches.registeredEhrs().all()) {
            if (ehr.organization().isBlank()
                    || teams.organization(ehr.organization()).isPresent()) {
                continue;
            }
            teams.add(CareOrganization.ehrOrganization(ehr.organization(), ehr.name()));
            LOG.info(() -> "The organization of the registered EHR '" + ehr.key() + "' is known now");
        }
    }
}
