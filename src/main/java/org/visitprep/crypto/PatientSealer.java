package org.visitprep.crypto;

import java.util.UUID;

/**
 * Seals and opens a patient's health data under their data key: {@link PatientDataProtection} in the container, a
 * {@link HealthDataCipher} outside it.
 */
public interface PatientSealer {

    byte[] seal(UUID patientId, byte[] plaintext, String purpose);

    byte[] open(UUID patientId, byte[] sealed, String purpose);

    static PatientSealer using(PatientDataProtection protection) {
        return new PatientSealer() {
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

    static PatientSealer using(HealthDataCipher cipher) {
        return new PatientSealer() {
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
