package org.carepath.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The local stack's signing key: made on first use, kept under the stack's home so tokens stay valid
 * across restarts. Only for local use; production trusts an OIDC issuer's keys.
 */
public final class LocalKeys {

    static final String ISSUER = "https://auth.carepath.local";
    static final String AUDIENCE = "carepath";
    static final Set<String> ROLES = Set.of("clinic-staff", "clinician", "prescriber", "patient", "analytics", "admin");

    private final Path privateKey;
    private final Path publicKey;

    public LocalKeys(Path directory) {
        this.privateKey = directory.resolve("signing-key.pem");
        this.publicKey = directory.resolve("signing-key.pub.pem");
    }

    /** The public key file the services verify tokens with; creates the key pair when there is none. */
    Path ensure() throws IOException, GeneralSecurityException {
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return publicKey;
        }
        Files.createDirectories(privateKey.getParent());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        return publicKey;
    }

    /** A token for one role of one clinic (and patient, for patient tokens), signed by the local key. */
    public String mint(String role, String clinicId, String patientId, Duration lifetime)
            throws IOException, GeneralSecurityException {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "'; one of " + ROLES);
        }
        ensure();
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(AUDIENCE)
                .subject("local-" + role + "-" + UUID.randomUUID().toString().substring(0, 8))
                .groups(Set.of(role)).expiresIn(lifetime);
        if (clinicId != null) {
            claims.claim("clinic_id", clinicId);
        }
        if (patientId != null) {
            claims.claim("patient_id", patientId);
        }
        return claims.sign(loadPrivateKey());
    }

    private PrivateKey loadPrivateKey() throws IOException, GeneralSecurityException {
        String pem = Files.readString(privateKey, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
