package vn.dangbo.records.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberNotFound;
import vn.dangbo.records.member.MembershipEnded;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.organization.UnitNotFound;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.DomainException;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.VietnameseText;

/**
 * Handbook logins: an officer creates them from the dossiers (one member or a whole cell) and may
 * switch them off or on; a membership that ends switches the login off on its own. The temporary
 * password is returned once and never written anywhere.
 */
@Stateless
public class HandbookAccountService {

    private static final Logger LOG = Logger.getLogger(HandbookAccountService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    IdentityDirectory directory;

    @Inject
    HandbookAccountService self;

    /** A login just created, with the password the member must change at first sign-in. */
    public record IssuedLogin(HandbookAccount account, String memberName, String cellName, String temporaryPassword) {
        @Override
        public String toString() {
            return "IssuedLogin[" + account.username() + "]";
        }
    }

    public enum Outcome { CREATED, HAS_ACCOUNT, NOT_ELIGIBLE, UNAVAILABLE, FAILED }

    /** What happened to one member of a cell; issued only when CREATED, messageKey otherwise. */
    public record CellOutcome(long memberId, String memberName, Outcome outcome, Optional<IssuedLogin> issued,
                              String messageKey) {
    }

    /** A member of the cell and their login, if any. */
    public record MemberLogin(Member member, boolean eligible, Optional<HandbookAccount> account) {
    }

    public IssuedLogin create(Long memberId) {
        caller.get().requireWholeWard();
        required("memberId", memberId);
        String officer = caller.get().username();
        // Locked so two officers cannot create two Keycloak users for the same member at once.
        Member m = Optional.ofNullable(em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new MemberNotFound(memberId));
        if (accountOf(memberId).isPresent()) {
            throw new Conflict("account.exists");
        }
        if (!HandbookAccount.eligible(m.status())) {
            throw new Conflict("account.notEligible");
        }
        String username = Usernames.firstFree(m.fullName(), u -> usernameInUse(u) || directory.usernameTaken(u));
        String password = TemporaryPasswords.next();
        String given = m.name().givenName();
        String family = m.fullName().length() > given.length()
                ? m.fullName().substring(0, m.fullName().length() - given.length()).strip() : given;
        String keycloakId = directory.createUser(
                new IdentityDirectory.NewLogin(username, given, family, memberId, password));
        HandbookAccount account = new HandbookAccount(memberId, keycloakId, username, officer);
        em.persist(account);
        em.flush();
        audit.record(AuditAction.ACCOUNT_CREATED, "MEMBER", memberId, username);
        return new IssuedLogin(account, m.fullName(), m.cell().name(), password);
    }

    /**
     * Creates the missing logins of a cell's eligible members, each in a transaction of its own so one
     * failure keeps the others; once Keycloak is unreachable the rest are reported, not attempted.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<CellOutcome> createForCell(Long cellId) {
        caller.get().requireWholeWard();
        required("cellId", cellId);
        List<MemberLogin> rows = ofCell(cellId);
        List<CellOutcome> out = new ArrayList<>();
        boolean unavailable = false;
        for (MemberLogin row : rows) {
            Member m = row.member();
            if (row.account().isPresent()) {
                out.add(new CellOutcome(m.id(), m.fullName(), Outcome.HAS_ACCOUNT, Optional.empty(), "account.exists"));
            } else if (!row.eligible()) {
                out.add(new CellOutcome(m.id(), m.fullName(), Outcome.NOT_ELIGIBLE, Optional.empty(),
                        "account.notEligible"));
            } else if (unavailable) {
                out.add(new CellOutcome(m.id(), m.fullName(), Outcome.UNAVAILABLE, Optional.empty(),
                        "account.directoryUnavailable"));
            } else {
                try {
                    IssuedLogin issued = self.create(m.id());
                    out.add(new CellOutcome(m.id(), m.fullName(), Outcome.CREATED, Optional.of(issued), null));
                } catch (DirectoryUnavailable e) {
                    unavailable = true;
                    out.add(new CellOutcome(m.id(), m.fullName(), Outcome.UNAVAILABLE, Optional.empty(), e.messageKey()));
                } catch (DomainException e) {
                    out.add(new CellOutcome(m.id(), m.fullName(), Outcome.FAILED, Optional.empty(), e.messageKey()));
                }
            }
        }
        return out;
    }

    /** The members whose dossier is in the cell (including those who left from it), in name order. */
    public List<MemberLogin> ofCell(Long cellId) {
        caller.get().requireWholeWard();
        required("cellId", cellId);
        PartyUnit cell = em.find(PartyUnit.class, cellId);
        if (cell == null || cell.kind() != UnitKind.CELL) {
            throw new UnitNotFound(cellId);
        }
        List<Member> members = em.createQuery(
                        "select m from Member m where m.cell.id = :cell order by m.sortKey, m.id", Member.class)
                .setParameter("cell", cellId).getResultList();
        Map<Long, HandbookAccount> accounts = members.isEmpty() ? Map.of() : em.createQuery(
                        "select a from HandbookAccount a where a.memberId in :ids", HandbookAccount.class)
                .setParameter("ids", members.stream().map(Member::id).toList()).getResultList().stream()
                .collect(Collectors.toMap(HandbookAccount::memberId, Function.identity()));
        return members.stream().map(m -> new MemberLogin(m, HandbookAccount.eligible(m.status()),
                Optional.ofNullable(accounts.get(m.id())))).toList();
    }

    /** One member's login, if any, and whether they may have one: for the dossier. */
    public MemberLogin ofMember(long memberId) {
        caller.get().requireWholeWard();
        Member m = Optional.ofNullable(em.find(Member.class, memberId)).orElseThrow(() -> new MemberNotFound(memberId));
        return new MemberLogin(m, HandbookAccount.eligible(m.status()), accountOf(memberId));
    }

    /** An officer switches a login off (lost phone, misuse); Keycloak must confirm, or nothing changes. */
    public HandbookAccount disable(long accountId, String reason) {
        caller.get().requireWholeWard();
        HandbookAccount a = find(accountId);
        String why = VietnameseText.clean(reason);
        if (a.state() == AccountState.DISABLED) {
            throw new Conflict("account.alreadyDisabled");
        }
        directory.setEnabled(a.keycloakId(), false);
        a.markDisabled(why == null || why.isEmpty() ? "officer" : why, true);
        audit.record(AuditAction.ACCOUNT_DISABLED, "MEMBER", a.memberId(), a.username()
                + (why == null || why.isEmpty() ? "" : ": " + why));
        return a;
    }

    /** Switches a login back on, only for a member who may use the handbook. */
    public HandbookAccount enable(long accountId) {
        caller.get().requireWholeWard();
        HandbookAccount a = find(accountId);
        if (a.state() == AccountState.ACTIVE) {
            throw new Conflict("account.alreadyActive");
        }
        Member m = em.find(Member.class, a.memberId());
        if (!HandbookAccount.eligible(m.status())) {
            throw new Conflict("account.notEligible");
        }
        directory.setEnabled(a.keycloakId(), true);
        a.markEnabled();
        audit.record(AuditAction.ACCOUNT_ENABLED, "MEMBER", a.memberId(), a.username());
        return a;
    }

    /**
     * After a death, removal, expulsion or transfer out has been committed. Keycloak down does not lose
     * it: the account waits as DISABLE_PENDING for {@link #retryPendingDisables()}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void membershipEnded(MembershipEnded event) {
        Optional<HandbookAccount> found = accountOf(event.memberId());
        if (found.isEmpty() || found.get().state() != AccountState.ACTIVE) {
            return;
        }
        HandbookAccount a = found.get();
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        boolean confirmed = tellDirectory(a);
        a.markDisabled(event.status().name() + " " + event.on(), confirmed);
        audit.recordAsSystem(AuditAction.ACCOUNT_DISABLED, "MEMBER", a.memberId(),
                a.username() + ": " + event.status() + (confirmed ? "" : " (chờ Keycloak)"));
    }

    /** Retries the disables Keycloak missed; stops at the first failure. Returns how many went through. */
    public int retryPendingDisables() {
        List<HandbookAccount> pending = em.createQuery(
                        "select a from HandbookAccount a where a.state = :p order by a.id", HandbookAccount.class)
                .setParameter("p", AccountState.DISABLE_PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        int done = 0;
        for (HandbookAccount a : pending) {
            if (!tellDirectory(a)) {
                break;
            }
            a.markDisabled(a.disabledReason(), true);
            audit.recordAsSystem(AuditAction.ACCOUNT_DISABLED, "MEMBER", a.memberId(), a.username() + ": retried");
            done++;
        }
        return done;
    }

    private boolean tellDirectory(HandbookAccount a) {
        try {
            directory.setEnabled(a.keycloakId(), false);
            return true;
        } catch (DirectoryUnavailable e) {
            LOG.warning(() -> "login " + a.username() + " not yet disabled in Keycloak; will retry");
            return false;
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInput(List.of(new InvalidField(field, "field.required")));
        }
    }

    private HandbookAccount find(long id) {
        return Optional.ofNullable(em.find(HandbookAccount.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new AccountNotFound(id));
    }

    private Optional<HandbookAccount> accountOf(long memberId) {
        return em.createQuery("select a from HandbookAccount a where a.memberId = :m", HandbookAccount.class)
                .setParameter("m", memberId).getResultStream().findFirst();
    }

    private boolean usernameInUse(String username) {
        return em.createQuery("select count(a) from HandbookAccount a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult() > 0;
    }
}
