package org.visitprep.record.storage;

import java.util.Arrays;
import java.util.UUID;
import org.visitprep.crypto.HealthDataCipher;

/**
 * Seals, opens and blind-indexes one patient's stored record, under a snapshot of their data keys. Thread-safe.
 *
 * <p>Each sealed column has a purpose naming the column and its row, so that sealed bytes copied to another column
 * or another row do not open.
 */
final class RecordCipher {

    static final int INDEX_LENGTH = 16;

    private final UUID patientId;
    private final HealthDataCipher cipher;

    RecordCipher(UUID patientId, HealthDataCipher cipher) {
        this.patientId = patientId;
        this.cipher = cipher;
    }

    UUID patientId() {
        return patientId;
    }

    byte[] sealDetail(UUID entryId, byte[] detail) {
        return cipher.seal(patientId, detail, "record_entry.detail:" + entryId);
    }

    byte[] openDetail(UUID entryId, byte[] sealed) {
        return cipher.open(patientId, sealed, "record_entry.detail:" + entryId);
    }

    byte[] sealOriginal(UUID entryId, byte[] original) {
        return cipher.seal(patientId, original, "record_entry.original:" + entryId);
    }

    byte[] openOriginal(UUID entryId, byte[] sealed) {
        return cipher.open(patientId, sealed, "record_entry.original:" + entryId);
    }

    byte[] sealReport(UUID importId, byte[] report) {
        return cipher.seal(patientId, report, "record_import.report:" + importId);
    }

    byte[] openReport(UUID importId, byte[] sealed) {
        return cipher.open(patientId, sealed, "record_import.report:" + importId);
    }

    byte[] sealPerson(byte[] person) {
        return cipher.seal(patientId, person, "record_person.person:" + patientId);
    }

    byte[] openPerson(byte[] sealed) {
        return cipher.open(patientId, sealed, "record_person.person:" + patientId);
    }

    byte[] sealProfile(byte[] profile) {
        return cipher.seal(patientId, profile, "record_person.profile:" + patientId);
    }

    byte[] openProfile(byte[] sealed) {
        return cipher.open(patientId, sealed, "record_person.profile:" + patientId);
    }

    /**
     * The blind index of a value, which names what it is (see {@link EntryIndexes}): its HMAC-SHA256 cut to
     * {@value #INDEX_LENGTH} bytes, as NIST SP 800-107 allows for HMAC. 128 bits make it practically impossible for two
     * values of one patient to share an index, and keep the database's indexes small.
     */
    BlindIndex index(String qualifiedValue) {
        return new BlindIndex(Arrays.copyOf(cipher.blindIndex(patientId, qualifiedValue), INDEX_LENGTH));
    }
}
