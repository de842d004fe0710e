package vn.dangbo.records.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.member.MemberStatus;

class UsernamesTest {

    @Test
    void foldsTheFullNameIntoDottedAscii() {
        assertEquals("nguyen.van.an", Usernames.base("Nguyễn Văn An"));
        assertEquals("dang.thi.dao", Usernames.base("Đặng  Thị Đào"));
        // Decomposed input (NFD, as some phones send it) gives the same name.
        assertEquals("tran.thi.hue", Usernames.base("Tra\u0300n Thi\u0323 Hue\u0302\u0301"));
    }

    @Test
    void namesakesGetTheFirstFreeNumber() {
        Set<String> taken = Set.of("le.van.binh", "le.van.binh2");
        assertEquals("le.van.binh3", Usernames.firstFree("Lê Văn Bình", taken::contains));
        assertEquals("le.van.cuong", Usernames.firstFree("Lê Văn Cường", taken::contains));
    }

    @Test
    void longOrShortNamesStayWithinKeycloakLimits() {
        String longName = "Nguyễn Trần Phương Hoàng Thị Minh Khai Xuân Thu Hà Nội Sài Gòn";
        String base = Usernames.base(longName);
        assertTrue(base.length() <= Usernames.MAX_BASE, base);
        assertTrue(!base.endsWith("."), base);
        assertTrue(Usernames.base("Ú").length() >= 3);
    }

    @Test
    void onlyFullAndProbationaryMembersAreEligible() {
        assertTrue(HandbookAccount.eligible(MemberStatus.FULL));
        assertTrue(HandbookAccount.eligible(MemberStatus.PROBATIONARY));
        for (MemberStatus s : Set.of(MemberStatus.EXEMPT, MemberStatus.DECEASED, MemberStatus.REMOVED,
                MemberStatus.EXPELLED, MemberStatus.TRANSFERRED_OUT)) {
            assertTrue(!HandbookAccount.eligible(s), s.name());
        }
    }

    @Test
    void temporaryPasswordsMixClassesAndAvoidLookAlikes() {
        for (int i = 0; i < 200; i++) {
            String p = TemporaryPasswords.next();
            assertEquals(TemporaryPasswords.LENGTH, p.length());
            assertTrue(p.chars().anyMatch(Character::isUpperCase), p);
            assertTrue(p.chars().anyMatch(Character::isLowerCase), p);
            assertTrue(p.chars().anyMatch(Character::isDigit), p);
            assertTrue(p.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), p);
        }
    }
}
