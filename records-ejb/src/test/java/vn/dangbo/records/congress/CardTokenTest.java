package vn.dangbo.records.congress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CardTokenTest {

    private static final byte[] KEY = key(7);
    private static final byte[] OTHER_KEY = key(8);

    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    @Test
    void aSignedTokenVerifiesAndStatesItsClaims() {
        String token = CardToken.sign(KEY, 3, 41, 1);
        assertTrue(CardToken.verify(KEY, token));
        assertEquals(new CardToken.Claims(3, 41, 1), CardToken.read(token).orElseThrow());
        assertTrue(token.startsWith("DH1.3.41.1."), token);
    }

    @Test
    void changingAnyNumberBreaksTheSignature() {
        String token = CardToken.sign(KEY, 3, 41, 1);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        assertFalse(CardToken.verify(KEY, "DH1.3.42.1." + signature), "another delegate");
        assertFalse(CardToken.verify(KEY, "DH1.4.41.1." + signature), "another congress");
        assertFalse(CardToken.verify(KEY, "DH1.3.41.2." + signature), "another card version");
    }

    @Test
    void aTokenSignedUnderAnotherKeyIsRefused() {
        assertFalse(CardToken.verify(KEY, CardToken.sign(OTHER_KEY, 3, 41, 1)));
    }

    @Test
    void garbageIsUnreadable() {
        for (String s : new String[] {null, "", "DH1", "DH1.a.b.c.d", "XX1.3.41.1.abc", "DH1.3.41.1", "x".repeat(500)}) {
            assertTrue(CardToken.read(s).isEmpty(), String.valueOf(s));
            assertFalse(CardToken.verify(KEY, s));
        }
    }

    @Test
    void theSignatureIsNotTheGuessableId() {
        String a = CardToken.sign(KEY, 3, 41, 1);
        String b = CardToken.sign(KEY, 3, 42, 1);
        String sa = a.substring(a.lastIndexOf('.') + 1);
        String sb = b.substring(b.lastIndexOf('.') + 1);
        assertEquals(22, sa.length(), "16 bytes, base64url");
        assertFalse(sa.equals(sb));
    }
}
