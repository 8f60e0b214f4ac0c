package org.visitprep.web.patient.ehr;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import org.visitprep.ehr.EhrConnectionService;
import org.visitprep.ehr.pull.PullFailed;
import org.visitprep.ehr.pull.PullOutcome;
import org.visitprep.ehr.pull.RecordPulled;
import org.visitprep.record.storage.ImportAlreadyRunning;
import org.visitprep.record.storage.ImportState;
import org.visitprep.record.storage.ImportStatus;
import org.visitprep.record.storage.RecordImportService;

/**
 * Brings a connected EHR record in: the core pulls it through the EHR's FHIR API, then the record import takes it as
 * it takes a file (all or nothing; pulling again adds only what is new).
 */
@ApplicationScoped
public class EhrRecordSync {

    @EJB
    private EhrConnectionService connections;

    @EJB
    private RecordImportService imports;

    public RecordArrival bringIn(UUID patientId, String iss, String ehrName, Locale locale) {
        PullOutcome pulled = connections.pull(patientId, iss);
        return switch (pulled) {
            case PullFailed failed ->
                RecordArrival.failure(words(locale, "ehr.importFailed", ehrName, failed.message(locale)));
            case RecordPulled record -> imported(patientId, record, ehrName, locale);
        };
    }

    private RecordArrival imported(UUID patientId, RecordPulled pulled, String ehrName, Locale locale) {
        ImportStatus status;
        try {
            status = imports.importNow(patientId, pulled.record().importSource());
        } catch (ImportAlreadyRunning running) {
            return RecordArrival.failure(words(locale, "ehr.importRunning", ehrName));
        }
        if (status.state() != ImportState.DONE) {
            List<String> messages = new ArrayList<>();
            boolean anotherPerson =
                    status.problems().stream().anyMatch(p -> p.code().isAboutAnotherPerson());
            if (anotherPerson) {
                // A link to another person's EHR record would let that EHR open this patient's shared summaries.
                connections.disconnect(patientId, pulled.record().iss());
                messages.add(words(locale, "ehr.anotherPerson", ehrName));
            }
            messages.add(status.summary(locale));
            messages.addAll(status.problemMessages(locale));
            return new RecordArrival(true, messages, Map.of(), anotherPerson);
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        status.countsByKind().forEach((kind, count) -> kinds.put(kind.name(), count));
        return new RecordArrival(false, List.of(status.summary(locale)), kinds);
    }

    static String words(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.visitprep.web.smart.messages", locale);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
