package vn.dangbo.records.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidInput;

class MemberEventRulesTest {

    private static final LocalDate ADMITTED = LocalDate.of(2023, 3, 15);

    private static Member member(MemberStatus status) {
        PartyUnit ward = new PartyUnit(UnitKind.WARD, "Đảng bộ phường Thử", null, null);
        PartyUnit cell = new PartyUnit(UnitKind.CELL, "Chi bộ 1", ward, null);
        Map<DossierField, Object> v = new EnumMap<>(DossierField.class);
        v.put(DossierField.FULL_NAME, "Lê Thị Hồng");
        v.put(DossierField.SEX, Sex.FEMALE);
        v.put(DossierField.BIRTH_DATE, LocalDate.of(1980, 1, 2));
        v.put(DossierField.CITIZEN_ID, "001180000123");
        v.put(DossierField.ADMISSION_DATE, ADMITTED);
        v.put(DossierField.STATUS, status);
        if (status != MemberStatus.PROBATIONARY) {
            v.put(DossierField.FULL_MEMBERSHIP_DATE, ADMITTED.plusYears(1));
        }
        return Member.create(v, cell);
    }

    private static String conflict(Member m, EventKind kind, LocalDate date) {
        return assertThrows(Conflict.class, () -> m.recordEvent(kind, date, null)).messageKey();
    }

    @Test
    void fullMembershipComesAfterTwelveMonthsOfProbation() {
        Member m = member(MemberStatus.PROBATIONARY);
        assertEquals("event.probationNotOver", conflict(m, EventKind.FULL_MEMBERSHIP, ADMITTED.plusMonths(11)));
        List<FieldChange> changes = m.recordEvent(EventKind.FULL_MEMBERSHIP, ADMITTED.plusMonths(12), null);
        assertEquals(MemberStatus.FULL, m.status());
        assertEquals(ADMITTED.plusMonths(12), m.fullMembershipDate());
        assertEquals(List.of("fullMembershipDate", "status"), changes.stream().map(FieldChange::field).toList());
        assertEquals("PROBATIONARY", changes.get(1).oldValue());
    }

    @Test
    void nothingFollowsDeath() {
        Member m = member(MemberStatus.FULL);
        m.recordEvent(EventKind.DEATH, LocalDate.of(2025, 6, 1), null);
        assertEquals(MemberStatus.DECEASED, m.status());
        for (EventKind k : EventKind.values()) {
            assertEquals("event.afterDeath", conflict(m, k, LocalDate.of(2025, 7, 1)), k.name());
        }
    }

    @Test
    void exemptionAndItsEndGoBackToFullMembership() {
        Member m = member(MemberStatus.FULL);
        m.recordEvent(EventKind.EXEMPTION, LocalDate.of(2025, 1, 1), null);
        assertEquals(MemberStatus.EXEMPT, m.status());
        assertEquals("event.notFrom.EXEMPTION", conflict(m, EventKind.EXEMPTION, LocalDate.of(2025, 2, 1)));
        m.recordEvent(EventKind.EXEMPTION_END, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 1, 1));
        assertEquals(MemberStatus.FULL, m.status());
    }

    @Test
    void reAdmissionAfterRemovalStartsANewProbation() {
        Member m = member(MemberStatus.FULL);
        assertEquals("event.notFrom.READMISSION", conflict(m, EventKind.READMISSION, LocalDate.of(2025, 1, 1)));
        m.recordEvent(EventKind.REMOVAL, LocalDate.of(2024, 5, 1), null);
        m.recordEvent(EventKind.READMISSION, LocalDate.of(2025, 5, 1), LocalDate.of(2024, 5, 1));
        assertEquals(MemberStatus.PROBATIONARY, m.status());
        assertEquals(LocalDate.of(2025, 5, 1), m.admissionDate());
        assertNull(m.fullMembershipDate());
    }

    @Test
    void eventsCannotGoBackInTime() {
        Member m = member(MemberStatus.FULL);
        InvalidInput before = assertThrows(InvalidInput.class,
                () -> m.recordEvent(EventKind.EXEMPTION, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1)));
        assertEquals("event.beforeLastEvent", before.problems().get(0).messageKey());
        InvalidInput beforeAdmission = assertThrows(InvalidInput.class,
                () -> m.recordEvent(EventKind.DEATH, ADMITTED.minusDays(1), null));
        assertEquals("event.beforeAdmission", beforeAdmission.problems().get(0).messageKey());
        assertEquals(MemberStatus.FULL, m.status(), "a refused event changes nothing");
    }

    @Test
    void theInputNamesEveryBadField() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> EventInput.parse(Map.of(
                "kind", "PROMOTION", "date", "2025-02-30", "reason", "x".repeat(501), "color", "red")));
        List<String> fields = e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).sorted().toList();
        assertEquals(List.of("color:field.unknown", "date:field.date", "kind:field.notOneOf", "reason:field.tooLong"),
                fields);
        assertTrue(EventInput.parse(Map.of("kind", "death", "date", "2025-01-01")).decisionNumber() == null);
    }
}
