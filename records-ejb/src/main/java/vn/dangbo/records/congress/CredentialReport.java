package vn.dangbo.records.congress;

import java.time.LocalDate;
import java.util.List;

/**
 * The credential committee's report (báo cáo thẩm tra tư cách đại biểu) for one session: who was convened, who
 * is present, who is absent and why, the structure of the convened delegates, and the questioned credentials.
 * Percentages have one decimal and are shares of the official delegates convened.
 */
public record CredentialReport(Long congressId, String congressName, String partyCommittee, String level, String term,
                               LocalDate openingDate, String venue, Long sessionId, String sessionName,
                               List<SessionChoice> sessions, int convened, int present, double presentPercent,
                               int absent, int absentWithReason, double absentWithReasonPercent,
                               int absentWithoutReason, double absentWithoutReasonPercent, boolean quorumReached,
                               long quorumNeeded, List<Absence> absences, List<Structure> structures,
                               int ethnicMinorities, double ethnicMinoritiesPercent, Person youngest, Person oldest,
                               double averageAge, List<Share> byBasis, int withdrawn, int alternates,
                               int alternatesPresent, int guests, int guestsPresent, List<Questioned> questioned,
                               String committeeHead, List<Line> delegates) {

    /** A session the report can be computed for. */
    public record SessionChoice(long id, int ordinal, String name, boolean checkInOpen) {
    }

    /** An official delegate convened but not checked in, with the reason they gave (absent when none). */
    public record Absence(long delegateId, String fullName, String delegation, String reason) {
    }

    /** One structure (by sex, age band …): its rows in the order the report lists them. */
    public record Structure(String key, List<Share> rows) {
    }

    /** A row: a code (MALE, UNDER_30 …) or a recorded text (Kinh, 12/12 …), its label, count and share. */
    public record Share(String key, String label, int count, double percent) {
    }

    public record Person(long delegateId, String fullName, LocalDate birthDate, int age) {
    }

    /** A questioned credential: the question, and the committee's decision (absent while pending). */
    public record Questioned(long delegateId, String fullName, String kind, String delegation, String question,
                             String decision, String decisionLabel, String note) {
    }

    /** One delegate or guest on the list, with what the structures count. */
    public record Line(long delegateId, String kind, String basis, String fullName, String delegation,
                       String sex, LocalDate birthDate, Integer age, String ethnicity, String generalEducation,
                       String professionalQualification, String politicalTheory, Integer partyYears,
                       String occupation, String status, boolean present, String absenceReason) {
    }

    /** A structure by its key, for the documents (empty rows when the key is unknown). */
    public Structure structure(String key) {
        return structures.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElse(new Structure(key, List.of()));
    }
}
