package vn.dangbo.records.election;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.congress.CongressAccess;
import vn.dangbo.records.organization.OrganizationService;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.Position;
import vn.dangbo.records.organization.PositionRole;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

/**
 * After the congress: the people elected to the ward's committee, its standing committee, as secretary or deputy,
 * to the inspection committee or its head, or as delegates to the higher congress take those positions in the
 * ward committee's records from the date given. A congress elects a body for a new term, so whoever held that
 * position and was not elected again leaves it that day. One transaction: the whole body changes, or nothing does.
 * Applying it again changes nothing.
 */
@Stateless
public class ElectionResults {

    private static final Map<ElectionKind, PositionRole> POSITIONS = Map.of(
            ElectionKind.COMMITTEE, PositionRole.COMMITTEE_MEMBER,
            ElectionKind.STANDING_COMMITTEE, PositionRole.STANDING_COMMITTEE_MEMBER,
            ElectionKind.SECRETARY, PositionRole.SECRETARY,
            ElectionKind.DEPUTY_SECRETARY, PositionRole.DEPUTY_SECRETARY,
            ElectionKind.INSPECTION, PositionRole.INSPECTION_MEMBER,
            ElectionKind.INSPECTION_HEAD, PositionRole.INSPECTION_HEAD,
            ElectionKind.DELEGATES, PositionRole.HIGHER_DELEGATE);

    @PersistenceContext
    EntityManager em;

    @Inject
    CongressAccess access;

    @Inject
    ElectionService elections;

    @Inject
    OrganizationService organization;

    @Inject
    AuditLog audit;

    /**
     * Who took a position, who left it (held it and was not elected for the new term), and who was left out and why
     * (elected from the floor without a dossier, already holding it).
     */
    public record Outcome(long unitId, PositionRole role, List<String> placed, List<String> ended,
                          Map<String, String> leftOut) {
    }

    public Outcome intoRecords(long congressId, long electionId, LocalDate from) {
        access.requireOrganiser();
        if (from == null) {
            throw new InvalidInput(List.of(new InvalidField("from", "field.required")));
        }
        Election e = elections.election(congressId, electionId);
        PositionRole role = POSITIONS.get(e.kind());
        if (role == null) {
            throw new Conflict("election.results.noPosition", e.title());
        }
        List<Candidate> elected = new ArrayList<>();
        for (ElectionService.RoundLine line : elections.sheet(congressId, electionId).rounds()) {
            if (line.round().status() == RoundStatus.PUBLISHED) {
                for (RoundResult.Line l : elections.result(congressId, electionId, line.round().number()).elected()) {
                    elected.add(em.find(Candidate.class, l.candidateId()));
                }
            }
        }
        if (elected.isEmpty()) {
            throw new Conflict("election.results.noneElected", e.title());
        }
        PartyUnit ward = em.createQuery("select u from PartyUnit u where u.kind = :k and u.dissolvedOn is null",
                PartyUnit.class).setParameter("k", UnitKind.WARD).getResultStream().findFirst()
                .orElseThrow(() -> new Conflict("election.results.noWard"));
        // Two officers applying the results at once are taken one after the other, so nobody is placed twice.
        em.lock(ward, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        List<Position> current = organization.positions(ward.id()).stream()
                .filter(p -> p.role() == role && p.to() == null).toList();
        List<Long> holding = current.stream().map(p -> p.member().id()).toList();
        List<Long> electedIds = elected.stream().map(Candidate::memberId).toList();
        List<String> ended = new ArrayList<>();
        for (Position p : current) {
            if (!electedIds.contains(p.member().id())) {
                organization.endTerm(ward.id(), p.id(), from);
                ended.add(p.member().fullName());
            }
        }
        List<String> placed = new ArrayList<>();
        Map<String, String> leftOut = new LinkedHashMap<>();
        for (Candidate c : elected) {
            if (c.memberId() == null) {
                leftOut.put(c.fullName(), "noDossier");
            } else if (holding.contains(c.memberId())) {
                leftOut.put(c.fullName(), "alreadyHolding");
            } else {
                Position p = organization.appoint(ward.id(), c.memberId(), role, from);
                placed.add(p.member().fullName());
            }
        }
        audit.record(AuditAction.ELECTION_RESULTS_RECORDED, "election", electionId,
                role + " từ " + from + ": " + String.join(", ", placed)
                        + (ended.isEmpty() ? "" : "; thôi: " + String.join(", ", ended)));
        return new Outcome(ward.id(), role, placed, ended, leftOut);
    }
}
