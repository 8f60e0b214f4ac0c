package org.visitprep.ehr.pull;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.connection.ConnectionAccess;
import org.visitprep.ehr.connection.EhrConnections;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.registry.RegisteredEhrs;
import org.visitprep.ehr.smart.TokenSet;

/**
 * Pulls a connected patient's record: refreshes the access token first when it has expired, and once more when the
 * EHR rejects it; keeps every new token at once (EHRs rotate refresh tokens, so the old one is spent). A plain class
 * over a repository whose every call is a unit of work of its own: no transaction stays open over the HTTP calls.
 */
public final class ConnectionPull {

    private final EhrConnections connections;
    private final RegisteredEhrs ehrs;
    private final TokenRenewal renewal;
    private final FhirRecordPull fetch;
    private final Clock clock;

    public ConnectionPull(
            EhrConnections connections, RegisteredEhrs ehrs, TokenRenewal renewal, FhirRecordPull fetch, Clock clock) {
        this.connections = connections;
        this.ehrs = ehrs;
        this.renewal = renewal;
        this.fetch = fetch;
        this.clock = clock;
    }

    /** The patient's whole record at the EHR {@code iss}, or why not. */
    public PullOutcome pull(UUID patientId, String iss, PullStrategy strategy) {
        Optional<RegisteredEhr> registered = ehrs.byIss(iss);
        if (registered.isEmpty()) {
            return PullFailed.of(EhrProblem.UNKNOWN_EHR, String.valueOf(iss));
        }
        RegisteredEhr ehr = registered.get();
        Optional<ConnectionAccess> access;
        try {
            access = connections.accessOf(patientId, ehr.iss());
        } catch (RuntimeException unopenable) {
            // The tokens no longer open (the patient's keys were shredded, or the row was altered): connect again.
            return PullFailed.of(EhrProblem.RECONNECT_NEEDED, ehr.name());
        }
        if (access.isEmpty()) {
            return PullFailed.of(EhrProblem.NOT_CONNECTED, ehr.name());
        }
        String ehrPatientId = access.get().ehrPatientId();
        try {
            TokenSet tokens = access.get().tokens();
            if (tokens.isExpiredAt(clock.instant())) {
                tokens = renewed(patientId, ehr, tokens);
            }
            PulledRecord record;
            try {
                record = fetch.pull(ehr, ehrPatientId, tokens.accessToken(), strategy);
            } catch (AccessTokenRejected firstTime) {
                tokens = renewed(patientId, ehr, tokens);
                try {
                    record = fetch.pull(ehr, ehrPatientId, tokens.accessToken(), strategy);
                } catch (AccessTokenRejected again) {
                    return PullFailed.of(EhrProblem.RECONNECT_NEEDED, ehr.name());
                }
            }
            connections.recordPull(patientId, ehr.iss(), record.pulledAt());
            return new RecordPulled(record);
        } catch (EhrFailure failure) {
            return PullFailed.of(failure);
        }
    }

    private TokenSet renewed(UUID patientId, RegisteredEhr ehr, TokenSet tokens) throws EhrFailure {
        String refreshToken =
                tokens.refreshToken().orElseThrow(() -> new EhrFailure(EhrProblem.RECONNECT_NEEDED, ehr.name()));
        TokenSet fresh;
        try {
            fresh = renewal.renew(ehr, refreshToken);
        } catch (EhrFailure failure) {
            if (failure.problem() == EhrProblem.TOKEN_REFUSED) {
                throw new EhrFailure(EhrProblem.RECONNECT_NEEDED, ehr.name());
            }
            throw failure;
        }
        TokenSet renewed = tokens.renewedBy(fresh);
        connections.renewTokens(patientId, ehr.iss(), renewed);
        return renewed;
    }
}
