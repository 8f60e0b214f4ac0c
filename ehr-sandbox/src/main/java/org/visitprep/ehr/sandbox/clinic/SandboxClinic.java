package org.visitprep.ehr.sandbox.clinic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The clinic the sandbox plays: one organization and its practitioners, the same at every start. */
public final class SandboxClinic {

    public static final String ORGANIZATION_ID = "visitprep-sandbox-clinic";
    public static final String ORGANIZATION_NAME = "VisitPrep Sandbox Clinic";

    private static final String NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi";
    private static final String SANDBOX_SYSTEM = "urn:visitprep:ehr-sandbox";

    public static final List<ClinicPractitioner> PRACTITIONERS = List.of(
            new ClinicPractitioner("drbob", "Dr", "Bob", "Baker", "9990000011"),
            new ClinicPractitioner("drcarol", "Dr", "Carol", "Chen", "9990000029"));

    private SandboxClinic() {}

    public static Optional<ClinicPractitioner> practitioner(String id) {
        return PRACTITIONERS.stream()
                .filter(practitioner -> practitioner.id().equals(id))
                .findFirst();
    }

    /** The clinic's FHIR resources: the Organization, each Practitioner and their PractitionerRole. */
    public static List<Resource> resources() {
        Organization organization = new Organization();
        organization.setId("Organization/" + ORGANIZATION_ID);
        organization.setActive(true);
        organization.setName(ORGANIZATION_NAME);
        organization.addIdentifier(new Identifier().setSystem(SANDBOX_SYSTEM).setValue(ORGANIZATION_ID));
        organization
                .addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setValue("555-0100");
        List<Resource> resources = new ArrayList<>();
        resources.add(organization);
        for (ClinicPractitioner person : PRACTITIONERS) {
            Practitioner practitioner = new Practitioner();
            practitioner.setId("Practitioner/" + person.id());
            practitioner.setActive(true);
            practitioner.addIdentifier(new Identifier().setSystem(NPI_SYSTEM).setValue(person.npi()));
            practitioner.addIdentifier(
                    new Identifier().setSystem(SANDBOX_SYSTEM).setValue(person.id()));
            practitioner.addName(new HumanName()
                    .addPrefix(person.prefix())
                    .addGiven(person.given())
                    .setFamily(person.family())
                    .setText(person.displayName()));
            resources.add(practitioner);
            PractitionerRole role = new PractitionerRole();
            role.setId("PractitionerRole/" + person.id() + "-role");
            role.setActive(true);
            role.setPractitioner(new Reference("Practitioner/" + person.id()).setDisplay(person.displayName()));
            role.setOrganization(new Reference("Organization/" + ORGANIZATION_ID).setDisplay(ORGANIZATION_NAME));
            resources.add(role);
        }
        return resources;
    }
}
