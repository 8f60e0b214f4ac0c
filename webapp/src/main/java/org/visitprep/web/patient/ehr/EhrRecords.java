package org.visitprep.web.patient.ehr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.visitprep.ehr.EhrConnectionService;
import org.visitprep.ehr.connection.ConnectedEhr;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.smart.AuthorizationRedirect;
import org.visitprep.ehr.smart.LaunchRefused;
import org.visitprep.ehr.smart.PendingLaunches;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.security.SignedInPerson;
import org.visitprep.web.smart.CallbackAddress;
import org.visitprep.web.smart.EhrLaunchSession;

/**
 * The patient's records at registered EHRs: each EHR, connected or not; connect (off to the EHR to sign in and
 * allow), re-sync, disconnect. What came of the last connection or re-sync shows once.
 */
@Named
@ViewScoped
public class EhrRecords implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PAGE = "/patient/ehr.xhtml";

    private static final String FORM = "ehrs";

    /** A registered EHR as the page lists it, with the patient's connection to it if any. */
    public record EhrRow(String key, String iss, String name, ConnectedEhr connection) implements Serializable {

        public boolean isConnected() {
            return connection != null;
        }

        public Instant connectedAt() {
            return connection == null ? null : connection.connectedAt();
        }

        public Instant lastPulledAt() {
            return connection == null ? null : connection.lastPulledAt().orElse(null);
        }
    }

    @Inject
    private SmartLaunches smartLaunches;

    @EJB
    private EhrConnectionService connections;

    @Inject
    private EhrRecordSync sync;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    @Inject
    private HttpServletRequest request;

    private RecordArrival arrival;
    private transient List<EhrRow> rows;

    @PostConstruct
    void takeArrival() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(RecordArrival.SESSION_ATTRIBUTE) instanceof RecordArrival last) {
            session.removeAttribute(RecordArrival.SESSION_ATTRIBUTE);
            arrival = last;
        }
    }

    public List<EhrRow> getRows() {
        if (rows == null) {
            List<ConnectedEhr> mine = connections.connectionsOf(person.patientId());
            rows = smartLaunches.registeredEhrs().all().stream()
                    .map(ehr -> new EhrRow(
                            ehr.key(),
                            ehr.iss(),
                            ehr.name(),
                            mine.stream()
                                    .filter(c -> c.iss().equals(ehr.iss()))
                                    .findFirst()
                                    .orElse(null)))
                    .toList();
        }
        return rows;
    }

    /** Sends the browser to the EHR to sign in and allow VisitPrep to read the record. */
    public void connect(String key) throws IOException {
        Optional<RegisteredEhr> ehr = byKey(key);
        if (ehr.isEmpty()) {
            return;
        }
        HttpSession session = request.getSession();
        PendingLaunches pending = EhrLaunchSession.pendingOf(session);
        switch (smartLaunches.startStandaloneLaunch(
                ehr.get().iss(), CallbackAddress.of(request, CallbackAddress.PATIENT_LAUNCH), pending)) {
            case AuthorizationRedirect redirect -> {
                EhrLaunchSession.keep(session, pending);
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(redirect.location().toString());
            }
            case LaunchRefused refused -> message(FacesMessage.SEVERITY_ERROR, refused.message(language.getLocale()));
        }
    }

    /** Pulls the record again; the import adds only what is new. */
    public void resync(String key) {
        byKey(key).ifPresent(ehr -> {
            arrival = sync.bringIn(person.patientId(), ehr.iss(), ehr.name(), language.getLocale());
            rows = null;
        });
    }

    /** Forgets the connection and deletes its tokens; what was brought in stays. */
    public void disconnect(String key) {
        byKey(key).ifPresent(ehr -> {
            boolean was = connections.disconnect(person.patientId(), ehr.iss());
            arrival = RecordArrival.success(EhrRecordSync.words(
                    language.getLocale(), was ? "ehr.disconnected.done" : "ehr.disconnected.none", ehr.name()));
            rows = null;
        });
    }

    private Optional<RegisteredEhr> byKey(String key) {
        return smartLaunches.registeredEhrs().all().stream()
                .filter(ehr -> ehr.key().equals(key))
                .findFirst();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(FORM, new FacesMessage(severity, text, null));
    }

    public RecordArrival getArrival() {
        return arrival;
    }

    /** The kinds that arrived, in a stable order, for the page. */
    public List<Map.Entry<String, Integer>> getArrivedKinds() {
        return arrival == null
                ? List.of()
                : arrival.countsByKind().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .toList();
    }
}
