package vn.dangbo.records.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final long CELL_A = 10;
    private static final long CELL_B = 11;

    @Test
    void anOfficerManagesTheWholeWard() {
        Caller officer = new Caller("canbo", Set.of("officer", "member"), Optional.of(3L), Set.of());
        assertTrue(officer.wholeWard());
        assertTrue(officer.manages(CELL_A));
        assertTrue(officer.mayRead(99, CELL_B));
        officer.requireWholeWard();
    }

    @Test
    void aSecretaryManagesOnlyTheUnitsOfTheirCurrentPositions() {
        Caller secretary = new Caller("bithu", Set.of("secretary", "member"), Optional.of(1L), Set.of(CELL_A));
        assertTrue(secretary.manages(CELL_A));
        assertFalse(secretary.manages(CELL_B));
        assertTrue(secretary.mayRead(42, CELL_A));
        assertFalse(secretary.mayRead(42, CELL_B));
        assertThrows(OutsideYourUnit.class, () -> secretary.requireManages(CELL_B));
        assertThrows(NotAllowed.class, secretary::requireWholeWard);
    }

    @Test
    void thePositionAloneIsNotEnoughWithoutTheRole() {
        Caller noRole = new Caller("x", Set.of("member"), Optional.of(1L), Set.of(CELL_A));
        assertFalse(noRole.manages(CELL_A));
        assertThrows(NotAllowed.class, noRole::requireManagesAnything);
    }

    @Test
    void aSecretaryWithoutACurrentPositionManagesNothing() {
        Caller former = new Caller("cu", Set.of("secretary", "member"), Optional.of(5L), Set.of());
        assertFalse(former.managesAnything());
        assertThrows(NotAllowed.class, former::requireManagesAnything);
    }

    @Test
    void aMemberReadsOnlyTheirOwnDossier() {
        Caller member = new Caller("dv", Set.of("member"), Optional.of(7L), Set.of());
        assertTrue(member.mayRead(7, CELL_A));
        assertFalse(member.mayRead(8, CELL_A));
        assertFalse(member.managesAnything());
    }
}
