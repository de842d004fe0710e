package vn.dangbo.api.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dangbo.records.congress.BodyMember;
import vn.dangbo.records.congress.CheckInService;
import vn.dangbo.records.congress.Congress;
import vn.dangbo.records.congress.CongressBody;
import vn.dangbo.records.congress.CongressService;
import vn.dangbo.records.congress.CongressSession;
import vn.dangbo.records.congress.Delegate;
import vn.dangbo.records.congress.DiscussionGroup;
import vn.dangbo.records.congress.SeatRow;

/** What the congress endpoints answer with: records named for what they carry. */
public final class CongressViews {

    private CongressViews() {
    }

    public record CongressSummary(long id, String name, String level, String term, LocalDate startsOn,
                                  LocalDate endsOn, String venue, String status) {
        static CongressSummary of(Congress c) {
            return new CongressSummary(c.id(), c.name(), c.level(), c.term(), c.startsOn(), c.endsOn(), c.venue(),
                    c.status().name());
        }
    }

    public record SeatRowLine(String label, int seats) {
        static SeatRowLine of(SeatRow r) {
            return new SeatRowLine(r.label(), r.seats());
        }
    }

    public record CongressSessionLine(long id, int ordinal, String name, Instant startsAt, boolean checkInOpen) {
        static CongressSessionLine of(CongressSession s) {
            return new CongressSessionLine(s.id(), s.ordinal(), s.name(), s.startsAt(), s.checkInOpen());
        }
    }

    public record GroupLine(long id, String name) {
        static GroupLine of(DiscussionGroup g) {
            return new GroupLine(g.id(), g.name());
        }
    }

    public record BodySeat(long id, String body, long delegateId, String fullName, boolean head) {
        static BodySeat of(BodyMember m) {
            return new BodySeat(m.id(), m.body().name(), m.delegate().id(), m.delegate().fullName(), m.head());
        }
    }

    /**
     * The congress as its page shows it; myBodies are the consoles the caller has here, myDelegateId their own
     * line on the list (absent for the organising board unless they are delegates too), myCheckedInAt when they
     * have checked in to the session open now.
     */
    public record CongressOverview(CongressSummary congress, int quorumNumerator, int quorumDenominator,
                                   List<SeatRowLine> seatRows, List<CongressSessionLine> sessions, List<GroupLine> groups,
                                   List<BodySeat> bodies, Set<String> myBodies, boolean organiser,
                                   Long myDelegateId, Instant myCheckedInAt) {
        static CongressOverview of(CongressService.Overview o, boolean organiser) {
            Congress c = o.congress();
            List<BodySeat> bodies = o.bodies().values().stream().flatMap(List::stream).map(BodySeat::of).toList();
            return new CongressOverview(CongressSummary.of(c), c.quorumNumerator(), c.quorumDenominator(),
                    c.seatRows().stream().map(SeatRowLine::of).toList(),
                    o.sessions().stream().map(CongressSessionLine::of).toList(),
                    o.groups().stream().map(GroupLine::of).toList(), bodies,
                    o.myBodies().stream().map(CongressBody::name).collect(java.util.stream.Collectors.toSet()),
                    organiser, o.me().map(Delegate::id).orElse(null), o.myCheckedInAt().orElse(null));
        }
    }

    /** One line of the delegate list; memberId absent for a guest from outside the ward. */
    public record DelegateLine(long id, String kind, String basis, Long memberId, String fullName, String delegation,
                               Long groupId, String groupName, String seatRow, Integer seatNumber, String seat,
                               String status, String statusReason, String absenceReason, String credentialQuestion,
                               String credentialDecision, String credentialNote, boolean hasPhoto, int cardVersion) {
        static DelegateLine of(Delegate d, boolean hasPhoto) {
            return new DelegateLine(d.id(), d.kind().name(), d.basis() == null ? null : d.basis().name(),
                    d.member() == null ? null : d.member().id(), d.fullName(), d.delegation(),
                    d.group() == null ? null : d.group().id(), d.group() == null ? null : d.group().name(),
                    d.seatRow(), d.seatNumber(), d.seat(), d.status().name(), d.statusReason(), d.absenceReason(),
                    d.credentialQuestion(), d.credentialDecision() == null ? null : d.credentialDecision().name(),
                    d.credentialNote(), hasPhoto, d.cardVersion());
        }
    }

    /** What the kiosk shows: who, where they sit, and whether this scan was the first of the session. */
    public record CheckInReply(long delegateId, String fullName, String kind, String delegation, String seat,
                               String groupName, boolean hasPhoto, long sessionId, String sessionName,
                               Instant checkedInAt, String method, boolean alreadyCheckedIn) {
        static CheckInReply of(CheckInService.Result r) {
            Delegate d = r.delegate();
            return new CheckInReply(d.id(), d.fullName(), d.kind().name(), d.delegation(), d.seat(),
                    d.group() == null ? null : d.group().name(), r.hasPhoto(), r.session().id(), r.session().name(),
                    r.checkedAt(), r.method().name(), r.already());
        }
    }

    public record GroupAttendance(Long groupId, String name, long convened, long present) {
    }

    /** The live attendance board of a session (no session yet: sessionId absent, nobody present). */
    public record AttendanceBoard(long congressId, Long sessionId, String sessionName, boolean checkInOpen,
                                  long convened, long present, long absentWithReason, long quorumNeeded,
                                  boolean quorumReached, long alternatesPresent, long guestsPresent,
                                  List<GroupAttendance> groups, Instant asOf) {
        static AttendanceBoard of(CheckInService.Board b) {
            CongressSession s = b.session();
            return new AttendanceBoard(b.congress().id(), s == null ? null : s.id(), s == null ? null : s.name(),
                    s != null && s.checkInOpen(), b.convened(), b.present(), b.absentWithReason(), b.quorumNeeded(),
                    b.quorumReached(), b.alternatesPresent(), b.guestsPresent(),
                    b.groups().stream().map(g -> new GroupAttendance(g.groupId(), g.name(), g.convened(), g.present()))
                            .toList(), b.asOf());
        }
    }

}
