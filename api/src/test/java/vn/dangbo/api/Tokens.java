package vn.dangbo.api;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * Tokens shaped like Keycloak's for the ward realm (issuer, audience ward-api, roles in groups,
 * member_id), signed with the test key whose public half the server under test trusts.
 */
public final class Tokens {

    public static final String ISSUER = "https://test-issuer.invalid/realms/ward";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    public static String officer() {
        return token("canbo.test", null, Set.of("officer", "member"));
    }

    public static String token(String username, Long memberId, Set<String> roles) {
        var claims = Jwt.issuer(ISSUER)
                .audience("ward-api")
                .subject("sub-" + username)
                .upn(username)
                .preferredUserName(username)
                .groups(roles)
                .expiresIn(600);
        if (memberId != null) {
            claims.claim("member_id", memberId.toString());
        }
        return claims.sign(KEY);
    }

    /** Valid in every way but the issuer. */
    public static String withIssuer(String issuer) {
        return Jwt.issuer(issuer).audience("ward-api").upn("x").groups(Set.of("officer")).expiresIn(600).sign(KEY);
    }

    /** Claims as {@link #token} makes them, for tests that then spoil one of them. */
    public static io.smallrye.jwt.build.JwtClaimsBuilder claims(String username, Set<String> roles) {
        return Jwt.issuer(ISSUER).audience("ward-api").subject("sub-" + username).upn(username)
                .preferredUserName(username).groups(roles).expiresIn(600);
    }

    /** Signed with the key the server under test trusts. */
    public static String sign(io.smallrye.jwt.build.JwtClaimsBuilder claims) {
        return claims.sign(KEY);
    }

    private static PrivateKey load() {
        try (InputStream in = Tokens.class.getResourceAsStream("/test-jwt/private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
