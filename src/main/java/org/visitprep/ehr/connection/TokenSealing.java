package org.visitprep.ehr.connection;

import java.util.UUID;
import org.visitprep.crypto.HealthDataCipher;
import org.visitprep.crypto.PatientDataProtection;

/** Seals and opens a patient's connection tokens: the crypto package's cipher, in or outside the container. */
public interface TokenSealing {

    byte[] seal(UUID patientId, byte[] plaintext, String purpose);

    byte[] open(UUID patientId, byte[] sealed, String purpose);

    static TokenSealing with(PatientDataProtection protection) {
        return new TokenSealing() {
            @Override
            public byte[] seal(UUID patientId, byte[] plaintext, String purpose) {
                return protection.seal(patientId, plaintext, purpose);
            }

            @Override
            public byte[] open(UUID patientId, byte[] sealed, String purpose) {
                return protection.open(patientId, sealed, purpose);
            }
        };
    }

    static TokenSealing with(HealthDataCipher cipher) {
        return new TokenSealing() {
            @Override
            public byte[] seal(UUID patientId, byte[] plaintext, String purpose) {
                return cipher.seal(patientId, plaintext, purpose);
            }

            @Override
            public byte[] open(UUID patientId, byte[] sealed, String purpose) {
                return cipher.open(patientId, sealed, purpose);
            }
        };
    }
}
