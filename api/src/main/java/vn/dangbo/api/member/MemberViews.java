package vn.dangbo.api.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.records.member.EventKind;
import vn.dangbo.records.member.FieldChange;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberEvent;
import vn.dangbo.records.member.MemberRevision;
import vn.dangbo.records.member.MemberSearch;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.member.PoliticalTheory;
import vn.dangbo.records.member.Sex;
import vn.dangbo.records.shared.Page;

/** What the member endpoints answer with. */
public final class MemberViews {

    private MemberViews() {
    }

    public record MemberSummary(long id, String fullName, Sex sex, LocalDate birthDate, String citizenId,
                                String partyCardNumber, MemberStatus status, long cellId, String cellName) {
        static MemberSummary of(Member m) {
            return new MemberSummary(m.id(), m.fullName(), m.sex(), m.birthDate(), m.citizenId(), m.partyCardNumber(),
                    m.status(), m.cell().id(), m.cell().name());
        }

        static MemberSummary of(MemberSearch.Row r) {
            return new MemberSummary(r.id(), r.fullName(), r.sex(), r.birthDate(), r.citizenId(),
                    r.partyCardNumber(), r.status(), r.cellId(), r.cellName());
        }
    }

    /** {@code totalExact} false: there are more than {@code total} matches ("1,000+"). */
    /** A probationary member and the first day their full membership can be voted. */
    public record ProbationEnding(MemberSummary member, LocalDate admissionDate, LocalDate probationEnds) {
        static ProbationEnding of(Member m) {
            return new ProbationEnding(MemberSummary.of(m), m.admissionDate(),
                    m.admissionDate().plusMonths(Member.PROBATION_MONTHS));
        }
    }

    public record MemberPage(List<MemberSummary> items, long total, boolean totalExact, int page, int size) {
        static MemberPage of(Page<MemberSearch.Row> p) {
            return new MemberPage(p.items().stream().map(MemberSummary::of).toList(), p.total(), p.totalExact(),
                    p.page(), p.size());
        }
    }

    public record MemberDossier(long id, String fullName, String otherNames, Sex sex, LocalDate birthDate,
                                String birthplace, String residence, String ethnicity, String religion,
                                String citizenId, String occupation, String generalEducation,
                                String professionalQualification, PoliticalTheory politicalTheory,
                                String foreignLanguage, String itLevel, LocalDate admissionDate,
                                LocalDate fullMembershipDate, String partyCardNumber, MemberStatus status,
                                long cellId, String cellName, long version, Long importId) {
        static MemberDossier of(Member m) {
            return new MemberDossier(m.id(), m.fullName(), m.otherNames(), m.sex(), m.birthDate(), m.birthplace(),
                    m.residence(), m.ethnicity(), m.religion(), m.citizenId(), m.occupation(), m.generalEducation(),
                    m.professionalQualification(), m.politicalTheory(), m.foreignLanguage(), m.itLevel(),
                    m.admissionDate(), m.fullMembershipDate(), m.partyCardNumber(), m.status(), m.cell().id(),
                    m.cell().name(), m.version(), m.importId());
        }
    }

    public record StatusEvent(long id, EventKind kind, LocalDate date, String decisionNumber, String reason,
                              MemberStatus statusBefore, MemberStatus statusAfter, String recordedBy,
                              Instant recordedAt) {
        static StatusEvent of(MemberEvent e) {
            return new StatusEvent(e.id(), e.kind(), e.date(), e.decisionNumber(), e.reason(), e.statusBefore(),
                    e.statusAfter(), e.recordedBy(), e.recordedAt());
        }
    }

    public record ChangedField(String field, String from, String to) {
        static ChangedField of(FieldChange c) {
            return new ChangedField(c.field(), c.oldValue(), c.newValue());
        }
    }

    /** importId: the spreadsheet import that made the revision (absent when made in a form). */
    public record DossierRevision(long id, Instant at, String by, List<ChangedField> changes, Long importId) {
        static DossierRevision of(MemberRevision r) {
            return new DossierRevision(r.id(), r.changedAt(), r.changedBy(),
                    r.changes().stream().map(ChangedField::of).toList(), r.importId());
        }
    }
}
