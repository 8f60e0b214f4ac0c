package org.visitprep.web.patient.ehr;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What came of bringing a record in from an EHR, for the page to show once: messages for the patient, and how many
 * entries of each kind the pulled record held (kinds by name, for the record bundle's words).
 *
 * @param failed whether nothing arrived
 * @param disconnected whether the connection was dropped because the EHR's record is about someone else
 */
public record RecordArrival(
        boolean failed, List<String> messages, Map<String, Integer> countsByKind, boolean disconnected)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = RecordArrival.class.getName();

    public RecordArrival {
        messages = List.copyOf(messages);
        countsByKind = Map.copyOf(countsByKind);
    }

    public RecordArrival(boolean failed, List<String> messages, Map<String, Integer> countsByKind) {
        this(failed, messages, countsByKind, false);
    }

    static RecordArrival failure(String message) {
        return new RecordArrival(true, List.of(message), Map.of());
    }

    static RecordArrival success(String message) {
        return new RecordArrival(false, List.of(message), Map.of());
    }
}
