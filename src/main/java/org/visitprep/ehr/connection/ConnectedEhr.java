package org.visitprep.ehr.connection;

import java.time.Instant;
import java.util.Optional;

/**
 * A patient's connection as the screens show it: to which EHR, since when, last pulled when. No tokens.
 *
 * @param iss the EHR's FHIR base URL
 */
public record ConnectedEhr(String iss, String ehrPatientId, Instant connectedAt, Optional<Instant> lastPulledAt) {

    static ConnectedEhr of(EhrConnection connection) {
        return new ConnectedEhr(
                connection.ehrIss(),
                connection.ehrPatientId(),
                connection.connectedAt(),
                Optional.ofNullable(connection.lastPulledAt()));
    }
}
