package vn.dangbo.records.congress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

class FaceDescriptorTest {

    private static List<Double> values(int n, double v) {
        return new ArrayList<>(Collections.nCopies(n, v));
    }

    @Test
    void exactly128FiniteNumbersWithinTheBound() {
        assertEquals("descriptor", assertThrows(InvalidField.class,
                () -> FaceDescriptor.checked(values(127, 0.1))).field());
        assertThrows(InvalidField.class, () -> FaceDescriptor.checked(values(129, 0.1)));
        assertThrows(InvalidField.class, () -> FaceDescriptor.checked(null));
        for (Double bad : new Double[] {Double.NaN, Double.POSITIVE_INFINITY, -5.0, null}) {
            List<Double> v = values(128, 0.1);
            v.set(7, bad);
            assertEquals("descriptor[7]", assertThrows(InvalidField.class, () -> FaceDescriptor.checked(v)).field(),
                    String.valueOf(bad));
        }
        List<Double> many = values(128, Double.NaN);
        assertEquals(5, assertThrows(InvalidInput.class, () -> FaceDescriptor.checked(many)).problems().size(),
                "a few indices are named, not 128");
    }

    @Test
    void storedAsFloat32AndReadBack() {
        List<Double> v = values(128, 0.25);
        v.set(0, -1.5);
        v.set(127, 0.1);
        FaceDescriptor f = new FaceDescriptor(1L, FaceDescriptor.checked(v));
        float[] back = f.values();
        assertEquals(-1.5f, back[0]);
        assertEquals(0.1f, back[127]);
        assertArrayEquals(FaceDescriptor.checked(v), back);
    }
}
