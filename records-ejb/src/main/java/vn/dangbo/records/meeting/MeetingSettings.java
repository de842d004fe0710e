package vn.dangbo.records.meeting;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the ward's meeting settings. The QR secret comes from configuration ({@code ward.meetings.qr-secret},
 * env {@code WARD_MEETINGS_QR_SECRET}) or, when unset, is generated once per installation and kept in the
 * database, so every server instance signs and verifies with the same key.
 */
@Stateless
public class MeetingSettings {

    static final String QUORUM = "quorum";
    static final String QR_SECRET = "qr_secret";

    @PersistenceContext
    EntityManager em;

    public Quorum quorum() {
        return Optional.ofNullable(em.find(MeetingSetting.class, QUORUM)).flatMap(s -> Quorum.parse(s.value()))
                .orElse(Quorum.DEFAULT);
    }

    public byte[] qrSecret() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("ward.meetings.qr-secret", String.class)
                .filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        MeetingSetting s = em.find(MeetingSetting.class, QR_SECRET);
        // Migration V14 makes the key; this covers only a database whose row was removed by hand.
        if (s == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            s = new MeetingSetting(QR_SECRET, Base64.getEncoder().encodeToString(random), "system");
            em.persist(s);
            em.flush();
        }
        return Base64.getDecoder().decode(s.value());
    }
}
