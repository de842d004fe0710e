package vn.dangbo.records.statistics;

import java.time.LocalDate;
import java.time.Period;
import vn.dangbo.records.partyage.PartyAge;

/** The age and party-age bands of the statistics forms. */
final class Bands {

    static final java.util.List<String> AGE = java.util.List.of("UP_TO_30", "31_40", "41_50", "51_60", "61_70", "OVER_70");
    static final java.util.List<String> PARTY_AGE = java.util.List.of("UNDER_10", "10_19", "20_29", "30_39", "40_49", "50_PLUS");

    private Bands() {
    }

    static int years(LocalDate from, LocalDate on) {
        return Period.between(from, on).getYears();
    }

    static String age(LocalDate birth, LocalDate on) {
        int y = years(birth, on);
        return y <= 30 ? "UP_TO_30" : y <= 40 ? "31_40" : y <= 50 ? "41_50" : y <= 60 ? "51_60" : y <= 70 ? "61_70" : "OVER_70";
    }

    /** Party age from the first admission, minus interruptions (removal until re-admission). */
    static String partyAge(PartyAge age, LocalDate on) {
        var years = age.years(on);
        if (years.isEmpty()) {
            return "UNKNOWN";
        }
        int y = years.get();
        return y < 10 ? "UNDER_10" : y < 20 ? "10_19" : y < 30 ? "20_29" : y < 40 ? "30_39" : y < 50 ? "40_49" : "50_PLUS";
    }
}
