package org.visitprep.ehr;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.visitprep.ehr.connection.ConnectedEhr;

/** What connecting a patient's EHR record comes to: connected, or refused and why (nothing stored then). */
public sealed interface ConnectOutcome {

    /** The record is connected; its tokens are stored sealed. */
    record Connected(ConnectedEhr connection) implements ConnectOutcome {

        public Connected {
            Objects.requireNonNull(connection, "connection");
        }
    }

    /** Not connected, with a message for the patient. */
    record ConnectRefused(EhrProblem reason, List<String> arguments) implements ConnectOutcome {

        public ConnectRefused {
            Objects.requireNonNull(reason, "reason");
            arguments = List.copyOf(arguments);
        }

        public String message(Locale locale) {
            return reason.message(locale, arguments);
        }
    }
}
