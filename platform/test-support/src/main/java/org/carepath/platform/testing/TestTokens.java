package org.carepath.platform.testing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints RS256 tokens for any role, clinic and patient, signed by a key made once per test JVM whose public
 * half {@link CarePathTestResource} hands to the services.
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.carepath.local";
    public static final String AUDIENCE = "carepath";

    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    /** A staff token of one role for one clinic. */
    public static String staff(String role, String clinicId) {
        return builder(role).claim("clinic_id", clinicId).sign(KEYS.getPrivate());
    }

    /** A staff token that lacks the clinic_id claim every staff token must carry. */
    public static String staffWithoutClinic(String role) {
        return builder(role).sign(KEYS.getPrivate());
    }

    /** A patient-app token for one patient of one clinic. */
    public static String patient(String clinicId, UUID patientId) {
        return builder("patient").claim("clinic_id", clinicId).claim("patient_id", patientId.toString())
                .sign(KEYS.getPrivate());
    }

    /** A token signed by a key the services do not trust. */
    public static String forged(String role, String clinicId) {
        return builder(role).claim("clinic_id", clinicId).sign(generate().getPrivate());
    }

    public static String expired(String role, String clinicId) {
        long past = System.currentTimeMillis() / 1000 - Duration.ofHours(2).toSeconds();
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("user-" + role).groups(Set.of(role))
                .claim("clinic_id", clinicId).issuedAt(past).expiresAt(past + 60).sign(KEYS.getPrivate());
    }

    /** A staff token that expires this many seconds from now (whole seconds, as JWT times are). */
    public static String expiringIn(long seconds, String role, String clinicId) {
        return builder(role).claim("clinic_id", clinicId).expiresAt(System.currentTimeMillis() / 1000 + seconds)
                .sign(KEYS.getPrivate());
    }

    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    /** The public key as a JSON Web Key Set (RFC 7517), as an OIDC issuer publishes it. */
    public static String jwks() {
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"carepath-test\","
                + "\"n\":\"" + url.encodeToString(unsigned(key.getModulus())) + "\","
                + "\"e\":\"" + url.encodeToString(unsigned(key.getPublicExponent())) + "\"}]}";
    }

    /** A JWK's integers are big-endian without the sign byte that BigInteger adds. */
    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static JwtClaimsBuilder builder(String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("user-" + role + "-" + UUID.randomUUID())
                .groups(Set.of(role)).expiresIn(Duration.ofHours(1));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
