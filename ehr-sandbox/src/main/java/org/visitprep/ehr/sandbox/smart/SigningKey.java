package org.visitprep.ehr.sandbox.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Set;
import java.util.UUID;

/** The RSA key pair that signs id_tokens (RS256); only its public half is ever published, at the JWKS endpoint. */
public final class SigningKey {

    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    /** A fresh key, kept in memory only: tokens signed with it stop verifying when the sandbox restarts. */
    public static SigningKey generate() {
        try {
            return new SigningKey(new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    /** The key kept in this JWK file, written there first (readable by its owner only) when the file is missing. */
    public static SigningKey keptIn(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return new SigningKey(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            SigningKey generated = generate();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, generated.key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file stays with the file system's default permissions
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key file " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The signing key file " + file + " does not hold an RSA JWK", e);
        }
    }

    RSAKey privateKey() {
        return key;
    }

    /** The JWK Set to publish: the public key only. */
    public JWKSet publicJwkSet() {
        return new JWKSet(key.toPublicJWK());
    }

    public Set<String> keyIds() {
        return Set.of(key.getKeyID());
    }
}
