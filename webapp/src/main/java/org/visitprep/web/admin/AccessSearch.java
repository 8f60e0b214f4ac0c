package org.visitprep.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.visitprep.administration.AccessEventSearch;
import org.visitprep.administration.AccessEventSearch.AccessMetadata;
import org.visitprep.administration.EhrRegistrations;

/** The audit page's search of openings of shared summaries: by clinician, EHR and dates; metadata only. */
@Named
@RequestScoped
public class AccessSearch {

    @EJB
    private AccessEventSearch search;

    @EJB
    private EhrRegistrations registrations;

    private String clinician;
    private String ehrOrganization;
    private LocalDate from;
    private LocalDate to;
    private List<AccessMetadata> results;

    public String run() {
        if (from != null && to != null && to.isBefore(from)) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "access:to",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    ClinicianAdministration.word("access.problem.order"),
                                    null));
            return null;
        }
        results = search.search(clinician, ehrOrganization, from, to);
        return null;
    }

    public boolean isSearched() {
        return results != null;
    }

    public List<AccessMetadata> getResults() {
        return results == null ? List.of() : results;
    }

    public boolean isLimited() {
        return results != null && results.size() >= AccessEventSearch.LIMIT;
    }

    public List<SelectItem> getEhrChoices() {
        var choices = new ArrayList<SelectItem>();
        choices.add(new SelectItem("", ClinicianAdministration.word("access.anyEhr")));
        registrations.list().stream()
                .filter(ehr -> !ehr.organization().isBlank())
                .forEach(ehr -> choices.add(new SelectItem(ehr.organization(), ehr.name())));
        return choices;
    }

    public String getClinician() {
        return clinician;
    }

    public void setClinician(String clinician) {
        this.clinician = clinician;
    }

    public String getEhrOrganization() {
        return ehrOrganization;
    }

    public void setEhrOrganization(String ehrOrganization) {
        this.ehrOrganization = ehrOrganization;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
