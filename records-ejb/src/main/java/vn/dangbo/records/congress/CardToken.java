package vn.dangbo.records.congress;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a delegate card's QR code carries: "DH1.congress.delegate.cardVersion.signature", the signature an
 * HMAC-SHA256 (first 16 bytes, base64url) under the congress's own key. Changing any number breaks the
 * signature; a card of another congress fails under this congress's key; a reissued card raises the version,
 * so the earlier card's code no longer matches.
 */
public final class CardToken {

    static final String PREFIX = "DH1";
    private static final int SIGNATURE_BYTES = 16;
    private static final int MAX_LENGTH = 120;

    private CardToken() {
    }

    public record Claims(long congressId, long delegateId, int cardVersion) {
    }

    public static String sign(byte[] key, long congressId, long delegateId, int cardVersion) {
        String payload = PREFIX + "." + congressId + "." + delegateId + "." + cardVersion;
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, payload));
    }

    /** The claims a token states, unverified: enough to find the congress whose key checks it. */
    public static Optional<Claims> read(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 5 || !parts[0].equals(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Claims(Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    Integer.parseInt(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when the token is exactly the one this key signs for these claims (compared in constant time). */
    public static boolean verify(byte[] key, String token) {
        Optional<Claims> claims = read(token);
        if (claims.isEmpty()) {
            return false;
        }
        Claims c = claims.get();
        byte[] expected = sign(key, c.congressId(), c.delegateId(), c.cardVersion()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
