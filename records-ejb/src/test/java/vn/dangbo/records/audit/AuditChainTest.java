package vn.dangbo.records.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static AuditChain.Entry entry(String detail, String origin) {
        return new AuditChain.Entry(7, 1_790_000_000_123L, "canbo", "MEMBER_UPDATED", "MEMBER", "42", detail, origin);
    }

    @Test
    void entriesThatDifferOnlyInWhereTheirFieldsSplitHashDifferently() {
        // without length prefixes "a\nb" + "c" and "a" + "b\nc" would read the same
        List<AuditChain.Entry> lookalikes = List.of(entry(null, "x"), entry("", "x"), entry("-", "x"),
                entry("a\nb", "c"), entry("a", "b\nc"), entry("x", null));
        Set<String> hashes = new HashSet<>();
        for (AuditChain.Entry e : lookalikes) {
            hashes.add(AuditChain.hash(AuditChain.GENESIS, 1, e));
        }
        assertEquals(lookalikes.size(), hashes.size());
    }

    @Test
    void theHashDependsOnThePreviousHashAndThePlaceInTheChain() {
        AuditChain.Entry e = entry("đổi nơi cư trú", "10.0.0.1");
        String first = AuditChain.hash(AuditChain.GENESIS, 1, e);
        assertEquals(64, first.length());
        assertEquals(first, AuditChain.hash(AuditChain.GENESIS, 1, e), "deterministic");
        assertNotEquals(first, AuditChain.hash(AuditChain.GENESIS, 2, e));
        assertNotEquals(first, AuditChain.hash(first, 1, e));
    }
}
