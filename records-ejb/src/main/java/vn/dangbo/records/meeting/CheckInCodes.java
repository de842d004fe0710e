package vn.dangbo.records.meeting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The payload of a meeting's QR code: the meeting's id and an HMAC-SHA256 of it under the server's secret,
 * so a code cannot be made up or moved to another meeting. Its validity in time is the meeting's own window,
 * checked by the service, so a code printed in advance works on the day and never after.
 */
public final class CheckInCodes {

    private static final String PREFIX = "DBM1";

    private CheckInCodes() {
    }

    public static String sign(long meetingId, byte[] secret) {
        return PREFIX + "." + meetingId + "." + mac(meetingId, secret);
    }

    /** The meeting id when the code is intact and signed with this secret; empty for anything else. */
    public static Optional<Long> verify(String code, byte[] secret) {
        if (code == null) {
            return Optional.empty();
        }
        String[] parts = code.strip().split("\\.");
        if (parts.length != 3 || !parts[0].equals(PREFIX) || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(parts[1]);
        boolean same = MessageDigest.isEqual(mac(id, secret).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        return same ? Optional.of(id) : Optional.empty();
    }

    private static String mac(long meetingId, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal(("meeting-check-in:" + meetingId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
