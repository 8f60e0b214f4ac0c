/**
 * Encryption of health data at rest: the master keys read from configuration, each patient's data keys (stored
 * wrapped under a master key, rotated, and deleted to crypto-shred), the AES-GCM sealing of health data and the blind
 * indexes that let storage find a value without keeping it in clear.
 *
 * <p>Storage seals and opens through {@link org.visitprep.crypto.PatientDataProtection}; administrators rotate and
 * shred through {@link org.visitprep.crypto.PatientKeyService}. Nothing here logs or puts in a message key material,
 * plaintext, or sealed bytes.
 */
package org.visitprep.crypto;
