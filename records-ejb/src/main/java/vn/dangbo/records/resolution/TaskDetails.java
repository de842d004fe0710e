package vn.dangbo.records.resolution;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A task's checked fields, as an officer set them. */
public record TaskDetails(String title, Long unitId, Long memberId, LocalDate startsOn, LocalDate deadline,
                          String indicator, BigDecimal targetValue, String targetUnit) {
}
