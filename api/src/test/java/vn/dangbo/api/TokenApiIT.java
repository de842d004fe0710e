package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.build.Jwt;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every token the server must not trust is refused with 401, and every refusal — by the server's
 * security layer or by the API — is a problem+json document in the caller's language, never an HTML page.
 */
class TokenApiIT extends ServerTest {

    private static String officerClaimsSigned(java.util.function.UnaryOperator<io.smallrye.jwt.build.JwtClaimsBuilder> spoil) {
        return Tokens.sign(spoil.apply(Tokens.claims("canbo.token", Set.of("officer", "member"))));
    }

    @Test
    void aValidTokenIsAccepted() {
        assertEquals(200, anonymous.as(officerClaimsSigned(c -> c)).get("/api/units").status());
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertRefusedToken(Tokens.withIssuer("https://elsewhere.invalid/realms/ward"));
        assertRefusedToken(Tokens.withIssuer(Tokens.ISSUER.replace("/ward", "/master")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefusedToken(officerClaimsSigned(c -> c.audience("some-other-api")));
    }

    @Test
    void anExpiredTokenIsRefused() {
        long now = System.currentTimeMillis() / 1000;
        assertRefusedToken(officerClaimsSigned(c -> c.issuedAt(now - 7200).expiresAt(now - 60)));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String signed = officerClaimsSigned(c -> c);
        String payload = signed.split("\\.")[1];
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        assertRefusedToken(header + "." + payload + ".");
        assertRefusedToken(header + "." + payload);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        String forged = Tokens.claims("canbo.token", Set.of("officer", "admin")).sign(g.generateKeyPair().getPrivate());
        assertRefusedToken(forged);
    }

    @Test
    void aTokenWhosePayloadWasChangedIsRefused() {
        // A member's token with the roles rewritten to officer: the signature no longer matches.
        String[] parts = Tokens.token("dangvien.token", 1L, Set.of("member")).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"member\"", "\"officer\"");
        assertRefusedToken(parts[0] + "." + b64(payload) + "." + parts[2]);
    }

    @Test
    void malformedTokensAreRefused() {
        assertRefusedToken("not-a-token");
        assertRefusedToken("a.b.c");
        assertRefusedToken(b64("{\"alg\":\"RS256\"}") + ".%%%." + "xyz");
        assertRefusedToken(Jwt.issuer(Tokens.ISSUER).audience("ward-api").upn("x").expiresIn(600).signWithSecret(
                "a-shared-secret-long-enough-for-hs256-signing-0123456789"));
    }

    @Test
    void anInvalidTokenIsRefusedEvenOnThePublicConfiguration() {
        assertEquals(200, anonymous.get("/api/config").status());
        assertRefusedToken("/api/config", "a.b.c");
    }

    @Test
    void noTokenAtAllIsA401ProblemAskingToSignIn() {
        Http.Reply r = anonymous.inLanguage("en").get("/api/members");
        assertProblem(r, 401);
        assertEquals("Please sign in.", r.json().getString("detail"));
        Http.Reply vi = anonymous.get("/api/units");
        assertProblem(vi, 401);
        assertEquals("Vui lòng đăng nhập.", vi.json().getString("detail"));
    }

    @Test
    void aRoleTheCallerLacksIsA403Problem() {
        Http member = anonymous.as(World.memberToken(987_654_321L));
        assertProblem(member.get("/api/audit"), 403);
        assertProblem(member.inLanguage("en").get("/api/imports"), 403);
        assertProblem(member.post("/api/units", jakarta.json.Json.createObjectBuilder().build()), 403);
        Http.Reply en = member.inLanguage("en").get("/api/audit");
        assertEquals("You are not allowed to do this.", en.json().getString("detail"));
    }

    private void assertRefusedToken(String token) {
        assertRefusedToken("/api/units", token);
    }

    private void assertRefusedToken(String path, String token) {
        Http.Reply r = anonymous.as(token).inLanguage("en").get(path);
        assertProblem(r, 401);
        assertEquals("Your sign-in is invalid or has expired. Please sign in again.", r.json().getString("detail"));
        Http.Reply vi = anonymous.as(token).get(path);
        assertProblem(vi, 401);
        assertEquals("Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.", vi.json().getString("detail"));
    }

    private static void assertProblem(Http.Reply r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), "problem+json, got " + r.contentType() + ": " + r.body());
        assertFalse(r.body().contains("<html"), r.body());
        JsonObject p = r.json();
        assertEquals(status, p.getInt("status"));
        assertFalse(p.getString("title").isBlank());
        assertFalse(p.getString("detail").isBlank());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
