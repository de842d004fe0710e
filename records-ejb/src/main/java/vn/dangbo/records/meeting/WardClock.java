package vn.dangbo.records.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Meetings are planned in the ward's wall-clock time (an invitation says "19:30", not an instant), so the
 * check-in window and "has it started" are judged in the ward's zone, not the server's: a server running in
 * UTC would otherwise open check-in seven hours late. Zone from {@code ward.time-zone}
 * (env {@code WARD_TIME_ZONE}), Asia/Ho_Chi_Minh by default.
 */
public final class WardClock {

    public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

    private WardClock() {
    }

    public static ZoneId zone() {
        String configured = ConfigProvider.getConfig().getOptionalValue("ward.time-zone", String.class)
                .filter(s -> !s.isBlank()).orElse(DEFAULT_ZONE);
        try {
            return ZoneId.of(configured.strip());
        } catch (java.time.DateTimeException e) {
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(Clock.system(zone()));
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }
}
