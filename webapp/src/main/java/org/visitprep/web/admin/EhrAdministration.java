package org.visitprep.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.visitprep.administration.Administrator;
import org.visitprep.administration.ClinicianAccount;
import org.visitprep.administration.Clinicians;
import org.visitprep.administration.EhrRegistrations;
import org.visitprep.administration.EhrRegistrations.EhrView;
import org.visitprep.administration.EhrRegistrations.MapRefused;
import org.visitprep.administration.IdentityProviderProblem;
import org.visitprep.web.security.SignedInPerson;

/** The registered EHRs page: what each EHR is, and which clinician each of its users is. */
@Named
@RequestScoped
public class EhrAdministration {

    @EJB
    private EhrRegistrations registrations;

    @EJB
    private Clinicians clinicians;

    @Inject
    private SignedInPerson person;

    private List<EhrView> ehrs;
    private Map<String, String> clinicianNames;

    private String ehrKey;
    private String fhirUser;
    private String clinicianId;

    public List<EhrView> getEhrs() {
        if (ehrs == null) {
            ehrs = registrations.list();
        }
        return ehrs;
    }

    /** The clinician a subject is, as people know them; the subject itself when the identity provider does not say. */
    public String clinicianName(String subject) {
        String name = names().get(subject);
        return name == null ? subject : name;
    }

    public List<SelectItem> getEhrChoices() {
        return getEhrs().stream()
                .map(ehr -> new SelectItem(ehr.key(), ehr.name()))
                .toList();
    }

    public List<SelectItem> getClinicianChoices() {
        var choices = new ArrayList<SelectItem>();
        choices.add(new SelectItem("", ClinicianAdministration.word("ehrs.map.chooseClinician")));
        clinicianList().stream()
                .filter(ClinicianAccount::enabled)
                .forEach(c -> choices.add(new SelectItem(c.id(), c.displayName() + " (" + c.username() + ")")));
        return choices;
    }

    public String map() {
        try {
            registrations.map(administrator(), ehrKey, fhirUser, clinicianId);
            info(ClinicianAdministration.word("ehrs.mapped", fhirUser == null ? "" : fhirUser.strip()));
            fhirUser = null;
            clinicianId = null;
        } catch (MapRefused refused) {
            error(ClinicianAdministration.word(
                    "ehrs.problem." + refused.problem().name()));
        } catch (IdentityProviderProblem problem) {
            error(ClinicianAdministration.word("problem." + problem.reason().name()));
        }
        ehrs = null;
        return null;
    }

    public String unmap(String key, String user) {
        try {
            registrations.unmap(administrator(), key, user);
            info(ClinicianAdministration.word("ehrs.unmapped", user));
        } catch (MapRefused refused) {
            error(ClinicianAdministration.word(
                    "ehrs.problem." + refused.problem().name()));
        }
        ehrs = null;
        return null;
    }

    private Map<String, String> names() {
        if (clinicianNames == null) {
            clinicianNames = clinicianList().stream()
                    .collect(Collectors.toMap(ClinicianAccount::id, ClinicianAccount::displayName, (a, b) -> a));
        }
        return clinicianNames;
    }

    private List<ClinicianAccount> clinicianList() {
        try {
            return clinicians.list();
        } catch (IdentityProviderProblem unavailable) {
            return List.of();
        }
    }

    private Administrator administrator() {
        return new Administrator(person.adminId(), person.displayName());
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public String getEhrKey() {
        return ehrKey;
    }

    public void setEhrKey(String ehrKey) {
        this.ehrKey = ehrKey;
    }

    public String getFhirUser() {
        return fhirUser;
    }

    public void setFhirUser(String fhirUser) {
        this.fhirUser = fhirUser;
    }

    public String getClinicianId() {
        return clinicianId;
    }

    public void setClinicianId(String clinicianId) {
        this.clinicianId = clinicianId;
    }
}
