package vn.dangbo.records.congress;

import java.time.LocalDate;

/** What describes a congress, checked by {@link CongressService}. */
public record CongressDetails(String name, String level, String term, LocalDate startsOn, LocalDate endsOn,
                              String venue) {
}
