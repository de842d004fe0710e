package vn.dangbo.records.agenda;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.congress.CongressAccess;
import vn.dangbo.records.congress.CongressService;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.NotFound;
import vn.dangbo.records.shared.PlainText;

/**
 * Tokens for the hall's big screens: a projector follows the public live state of one congress with nothing but
 * a long random token in its address, which the organising board creates and can revoke. The token is shown
 * once; only its SHA-256 is stored, so the database does not hand out working screen addresses.
 */
@Stateless
public class ScreenService {

    static final int MAX_LABEL = 100;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    vn.dangbo.records.live.LiveStates states;

    @Inject
    CongressAccess access;

    @Inject
    CongressService congresses;

    @Inject
    AuditLog audit;

    public record Created(ScreenToken screen, String token) {
    }

    public Created create(long congressId, String label) {
        congresses.openCongress(congressId);
        access.requireOrganiser();
        List<InvalidField> problems = new ArrayList<>();
        String name = PlainText.line("label", label, MAX_LABEL, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        ScreenToken screen = new ScreenToken(congressId, name, hash(token), access.caller().username(), AgendaRows.now());
        em.persist(screen);
        em.flush();
        audit.record(AuditAction.CONGRESS_SCREEN_TOKEN_CREATED, "congress", congressId, "screen " + screen.id() + ": " + name);
        return new Created(screen, token);
    }

    public List<ScreenToken> list(long congressId) {
        congresses.find(congressId);
        access.requireOrganiser();
        return em.createQuery("select s from ScreenToken s where s.congressId = :c order by s.id", ScreenToken.class)
                .setParameter("c", congressId).getResultList();
    }

    /** A revoked screen is refused when it next connects (its stream lasts an hour at most). */
    public ScreenToken revoke(long congressId, long screenId) {
        congresses.find(congressId);
        access.requireOrganiser();
        ScreenToken s = em.find(ScreenToken.class, screenId);
        if (s == null || s.congressId() != congressId) {
            throw new ScreenNotFound(screenId);
        }
        s.revoke(access.caller().username(), AgendaRows.now());
        audit.record(AuditAction.CONGRESS_SCREEN_TOKEN_REVOKED, "congress", congressId, "screen " + screenId);
        return s;
    }

    /** The congress a screen token follows; unknown and revoked tokens are refused alike. No caller here. */
    /** What the hall sees, for the screen holding this token (refused when unknown or revoked). */
    public vn.dangbo.records.live.LiveSnapshot hallState(String token) {
        return states.snapshot(congressOf(token), vn.dangbo.records.live.LiveAudience.PUBLIC);
    }

    public long congressOf(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            throw new ScreenTokenRefused();
        }
        return em.createQuery("select s from ScreenToken s where s.tokenHash = :h and s.revokedAt is null",
                        ScreenToken.class)
                .setParameter("h", hash(token)).getResultStream().findFirst()
                .map(ScreenToken::congressId).orElseThrow(ScreenTokenRefused::new);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static class ScreenNotFound extends NotFound {
        public ScreenNotFound(long id) {
            super("congress.screen.notFound", id);
        }
    }
}
