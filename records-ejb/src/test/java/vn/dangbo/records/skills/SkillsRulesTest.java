package vn.dangbo.records.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkillsRulesTest {

    @Test
    void everySessionIsRequiredUnlessTheOrganiserSetANumber() {
        assertEquals(4, Completion.required(null, 4));
        assertEquals(3, Completion.required(3, 4));
        assertTrue(Completion.completed(4, null, 4));
        assertFalse(Completion.completed(3, null, 4), "one session missed of four, all required");
        assertTrue(Completion.completed(3, 3, 4), "three of four is enough when three are required");
        assertFalse(Completion.completed(2, 3, 4));
    }

    @Test
    void aClassWithoutSessionsHasNobodyCompleted() {
        assertFalse(Completion.completed(0, null, 0));
        assertFalse(Completion.completed(0, 2, 0));
    }

    @Test
    void phoneNumbersAreStoredInOneFormWhateverTheWayTheyAreTyped() {
        assertEquals(Optional.of("0912345678"), VietnamesePhone.normalise("0912 345 678"));
        assertEquals(Optional.of("0912345678"), VietnamesePhone.normalise("091.234.5678"));
        assertEquals(Optional.of("0912345678"), VietnamesePhone.normalise("+84 912 345 678"));
        assertEquals(Optional.of("0912345678"), VietnamesePhone.normalise("84912345678"));
        assertEquals(Optional.of("0912345678"), VietnamesePhone.normalise("0084-912-345-678"));
        assertEquals(Optional.of("0386123456"), VietnamesePhone.normalise(" 0386 123 456 "));
        assertEquals(Optional.of("02436123456"), VietnamesePhone.normalise("(024) 3612 3456"), "a Hà Nội landline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "091234567", "09123456789", "0112345678", "0412345678", "0612345678",
            "abc0912345678", "0912 345 67x", "+1 912 345 678", "0212345678"})
    void numbersThatAreNotVietnamesePhonesAreRefused(String typed) {
        assertEquals(Optional.empty(), VietnamesePhone.normalise(typed));
    }

    @Test
    void noNumberIsNoPhone() {
        assertEquals(Optional.empty(), VietnamesePhone.normalise(null));
    }
}
