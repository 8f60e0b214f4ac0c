package org.visitprep.ehr.pull;

import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.smart.TokenSet;

/** Asks an EHR for new tokens with a refresh token (the {@code refresh_token} grant). */
@FunctionalInterface
public interface TokenRenewal {

    TokenSet renew(RegisteredEhr ehr, String refreshToken) throws EhrFailure;
}
