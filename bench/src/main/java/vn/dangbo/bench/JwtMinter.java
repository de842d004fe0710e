package vn.dangbo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stands in for Keycloak: an RSA key pair made at start, its public half written as PEM for Payara
 * (mp.jwt.verify.publickey.location), and RS256 tokens signed with the JDK alone.
 */
final class JwtMinter {

    static final String ISSUER = "https://bench.invalid/realms/ward";
    static final String AUDIENCE = "ward-api";

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;

    JwtMinter() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    /** Writes the public key as an X.509 SubjectPublicKeyInfo PEM file. */
    Path writePublicKey(Path file) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n",
                StandardCharsets.US_ASCII);
        return file;
    }

    /**
     * A token valid for {@code lifetimeSeconds}.
     *
     * @param memberId the member_id claim (links the login to a dossier), or null for none
     */
    String token(String username, List<String> groups, Long memberId, long lifetimeSeconds)
            throws GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(quote(ISSUER))
                .append(",\"aud\":[").append(quote(AUDIENCE)).append(']')
                .append(",\"sub\":").append(quote("bench-" + username))
                .append(",\"upn\":").append(quote(username))
                .append(",\"preferred_username\":").append(quote(username))
                .append(",\"groups\":[")
                .append(groups.stream().map(JwtMinter::quote).collect(Collectors.joining(",")))
                .append(']')
                .append(",\"iat\":").append(now)
                .append(",\"exp\":").append(now + lifetimeSeconds)
                .append(",\"jti\":").append(quote(UUID.randomUUID().toString()));
        if (memberId != null) {
            claims.append(",\"member_id\":").append(quote(memberId.toString()));
        }
        claims.append('}');
        String signingInput = encode(header) + "." + encode(claims.toString());
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + URL.encodeToString(rsa.sign());
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
