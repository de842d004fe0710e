package vn.dangbo.records.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.records.shared.InvalidField;

/**
 * A delegate's face descriptor: the 128 numbers the kiosk's browser computed from the consented photo, stored
 * as 128 float32 little-endian. The server never computes nor compares faces; it keeps the numbers for the
 * secretariat's kiosks of this congress and forgets them when the congress is closed.
 */
@Entity
@Table(name = "congress_face")
public class FaceDescriptor {

    public static final int LENGTH = 128;
    /**
     * face-api's descriptors are small numbers (well inside ±1); anything beyond this bound is not a
     * descriptor but a mistake or garbage, and would make every distance meaningless.
     */
    public static final double BOUND = 4.0;

    @Id
    @Column(name = "delegate_id")
    private Long delegateId;
    private byte[] descriptor;
    @Column(name = "computed_at")
    private Instant computedAt;

    protected FaceDescriptor() {
    }

    FaceDescriptor(long delegateId, float[] values) {
        this.delegateId = delegateId;
        replace(values);
    }

    void replace(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(LENGTH * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        this.descriptor = b.array();
        this.computedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Exactly 128 finite numbers within ±BOUND; every wrong value is named by its index. */
    static float[] checked(List<Double> values) {
        if (values == null || values.size() != LENGTH) {
            throw new InvalidField("descriptor", "congress.face.length", LENGTH,
                    values == null ? 0 : values.size());
        }
        List<InvalidField> problems = new ArrayList<>();
        float[] out = new float[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            Double v = values.get(i);
            if (v == null || !Double.isFinite(v) || Math.abs(v) > BOUND) {
                problems.add(new InvalidField("descriptor[" + i + "]", "congress.face.value", (int) BOUND));
            } else {
                out[i] = v.floatValue();
            }
        }
        CongressService.fail(problems.size() > 5 ? problems.subList(0, 5) : problems);
        return out;
    }

    public long delegateId() { return delegateId; }
    public Instant computedAt() { return computedAt; }

    public float[] values() {
        ByteBuffer b = ByteBuffer.wrap(descriptor).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            out[i] = b.getFloat();
        }
        return out;
    }
}
