package vn.dangbo.records.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

/** A member's dossier: the core of form 2-HSĐV. Rows are never deleted; a member who leaves changes status. */
@Entity
@Table(name = "member")
public class Member {

    /** Probation lasts 12 months from admission (Điều lệ Đảng, Article 5). */
    public static final int PROBATION_MONTHS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "other_names")
    private String otherNames;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;
    private String birthplace;
    private String residence;
    private String ethnicity;
    private String religion;
    @Column(name = "citizen_id")
    private String citizenId;
    private String occupation;
    @Column(name = "general_education")
    private String generalEducation;
    @Column(name = "professional_qualification")
    private String professionalQualification;
    @Enumerated(EnumType.STRING)
    @Column(name = "political_theory")
    private PoliticalTheory politicalTheory;
    @Column(name = "foreign_language")
    private String foreignLanguage;
    @Column(name = "it_level")
    private String itLevel;
    @Column(name = "admission_date")
    private LocalDate admissionDate;
    @Column(name = "full_membership_date")
    private LocalDate fullMembershipDate;
    @Column(name = "party_card_number")
    private String partyCardNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cell_id")
    private PartyUnit cell;

    @Column(name = "search_name", nullable = false)
    private String searchName;
    @Column(name = "sort_key", nullable = false)
    private String sortKey;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The spreadsheet import that created the dossier, if one did. */
    @Column(name = "import_id", updatable = false)
    private Long importId;

    @Version
    private long version;

    protected Member() {
    }

    /**
     * A new dossier from parsed field values. The cell is resolved by the caller, who has checked
     * that the user may add members to it.
     */
    public static Member create(Map<DossierField, Object> values, PartyUnit cell) {
        List<InvalidField> problems = new ArrayList<>();
        for (DossierField f : DossierField.values()) {
            if (f.required() && values.get(f) == null && f != DossierField.CELL_ID) {
                problems.add(new InvalidField(f.apiName(), "field.required"));
            }
        }
        MemberStatus status = (MemberStatus) values.get(DossierField.STATUS);
        if (status != null && !MemberStatus.INITIAL.contains(status)) {
            problems.add(new InvalidField("status", "status.notInitial"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Member m = new Member();
        m.createdAt = Instant.now();
        values.forEach((f, v) -> {
            if (f != DossierField.CELL_ID) {
                m.set(f, v);
            }
        });
        m.placeIn(cell);
        m.checkConsistency();
        return m;
    }

    /**
     * Applies the changed fields and returns what changed (old and new value of each), for the
     * history. Fields given with their current value are not changes.
     */
    public List<FieldChange> apply(Map<DossierField, Object> values) {
        if (status == MemberStatus.TRANSFERRED_OUT) {
            throw new Conflict("member.sealed");
        }
        List<FieldChange> changes = new ArrayList<>();
        Map<DossierField, Object> ordered = new EnumMap<>(values);
        for (Map.Entry<DossierField, Object> e : ordered.entrySet()) {
            DossierField f = e.getKey();
            if (f == DossierField.STATUS) {
                if (e.getValue() != status) {
                    throw new InvalidInput(List.of(new InvalidField("status", "status.useEvents")));
                }
                continue;
            }
            if (f == DossierField.CELL_ID) {
                if (!cell.id().equals(e.getValue())) {
                    throw new InvalidInput(List.of(new InvalidField("cellId", "member.useTransfer")));
                }
                continue;
            }
            Object old = get(f);
            if (!Objects.equals(old, e.getValue())) {
                changes.add(new FieldChange(f.apiName(), DossierField.display(old), DossierField.display(e.getValue())));
                set(f, e.getValue());
            }
        }
        checkConsistency();
        return changes;
    }

    /** A completed transfer: the member now belongs to the receiving cell. */
    public FieldChange transferTo(PartyUnit newCell) {
        if (!status.active()) {
            throw new Conflict("transfer.memberNotActive");
        }
        FieldChange change = new FieldChange(DossierField.CELL_ID.apiName(), cell.id().toString(), newCell.id().toString());
        placeIn(newCell);
        return change;
    }

    /** The member left the ward: the dossier is sealed from now on (no edits, no events). */
    public List<FieldChange> transferOut() {
        if (!status.active()) {
            throw new Conflict("transfer.memberNotActive");
        }
        return List.of(change(DossierField.STATUS, MemberStatus.TRANSFERRED_OUT));
    }

    /** A member who had transferred out comes back: the same dossier reopens in a cell of the ward. */
    public List<FieldChange> returnTo(PartyUnit newCell, MemberStatus newStatus) {
        if (status != MemberStatus.TRANSFERRED_OUT) {
            throw new Conflict("incoming.notTransferredOut");
        }
        if (!MemberStatus.ACTIVE.contains(newStatus)) {
            throw new InvalidInput(List.of(new InvalidField("status", "status.notInitial")));
        }
        FieldChange moved = new FieldChange(DossierField.CELL_ID.apiName(), cell.id().toString(), newCell.id().toString());
        placeIn(newCell);
        List<FieldChange> changes = new ArrayList<>();
        if (!cell.id().toString().equals(moved.oldValue())) {
            changes.add(moved);
        }
        changes.add(change(DossierField.STATUS, newStatus));
        checkConsistency();
        return changes;
    }

    /**
     * Records a decision that changes the status: refused when it cannot follow the current status
     * (nothing after death; full membership only after 12 months of probation …) or when it is dated
     * before the admission or before the previous decision. Returns the dossier fields it changed.
     */
    public List<FieldChange> recordEvent(EventKind kind, LocalDate date, LocalDate previousEventDate) {
        if (!kind.allowedFrom(status)) {
            throw new Conflict(EventKind.refusal(kind, status));
        }
        if (admissionDate != null && date.isBefore(admissionDate) && kind != EventKind.READMISSION) {
            throw new InvalidInput(List.of(new InvalidField("date", "event.beforeAdmission")));
        }
        if (previousEventDate != null && date.isBefore(previousEventDate)) {
            throw new InvalidInput(List.of(new InvalidField("date", "event.beforeLastEvent")));
        }
        List<FieldChange> changes = new ArrayList<>();
        if (kind == EventKind.FULL_MEMBERSHIP) {
            if (admissionDate == null) {
                throw new InvalidInput(List.of(new InvalidField("date", "member.fullWithoutAdmission")));
            }
            if (date.isBefore(admissionDate.plusMonths(PROBATION_MONTHS))) {
                throw new Conflict("event.probationNotOver",
                        admissionDate.plusMonths(PROBATION_MONTHS).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            }
            changes.add(change(DossierField.FULL_MEMBERSHIP_DATE, date));
        }
        if (kind == EventKind.READMISSION) {
            // A new probation starts; the earlier dates stay in the history of the dossier.
            changes.add(change(DossierField.ADMISSION_DATE, date));
            changes.add(change(DossierField.FULL_MEMBERSHIP_DATE, null));
        }
        changes.add(change(DossierField.STATUS, kind.leadsTo()));
        checkConsistency();
        return changes.stream().filter(c -> !Objects.equals(c.oldValue(), c.newValue())).toList();
    }

    private FieldChange change(DossierField f, Object value) {
        FieldChange c = new FieldChange(f.apiName(), DossierField.display(get(f)), DossierField.display(value));
        set(f, value);
        return c;
    }

    private void placeIn(PartyUnit newCell) {
        if (newCell.kind() != UnitKind.CELL) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "member.cellNotACell")));
        }
        if (newCell.dissolved()) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "unit.dissolved")));
        }
        this.cell = newCell;
    }

    /** Rules across fields, checked after every change so no save can leave a contradiction behind. */
    private void checkConsistency() {
        List<InvalidField> problems = new ArrayList<>();
        if (citizenId != null) {
            try {
                new CitizenId(citizenId).checkMatches(sex, birthDate);
            } catch (InvalidCitizenId e) {
                problems.add(e);
            }
        }
        if (admissionDate != null && birthDate != null && admissionDate.isBefore(birthDate.plusYears(18))) {
            problems.add(new InvalidField("admissionDate", "member.admittedUnder18"));
        }
        if (fullMembershipDate != null) {
            if (admissionDate == null) {
                problems.add(new InvalidField("admissionDate", "member.fullWithoutAdmission"));
            } else if (!fullMembershipDate.isAfter(admissionDate)) {
                problems.add(new InvalidField("fullMembershipDate", "member.fullBeforeAdmission"));
            }
        }
        if (status == MemberStatus.PROBATIONARY && fullMembershipDate != null) {
            problems.add(new InvalidField("fullMembershipDate", "member.probationaryWithFullDate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** A field's value as the dossier shows it (the cell by its name), for a request that quotes it. */
    public String shown(DossierField f) {
        return f == DossierField.CELL_ID ? (cell == null ? null : cell.name()) : DossierField.display(get(f));
    }

    Object get(DossierField f) {
        return switch (f) {
            case FULL_NAME -> fullName;
            case OTHER_NAMES -> otherNames;
            case SEX -> sex;
            case BIRTH_DATE -> birthDate;
            case BIRTHPLACE -> birthplace;
            case RESIDENCE -> residence;
            case ETHNICITY -> ethnicity;
            case RELIGION -> religion;
            case CITIZEN_ID -> citizenId;
            case OCCUPATION -> occupation;
            case GENERAL_EDUCATION -> generalEducation;
            case PROFESSIONAL_QUALIFICATION -> professionalQualification;
            case POLITICAL_THEORY -> politicalTheory;
            case FOREIGN_LANGUAGE -> foreignLanguage;
            case IT_LEVEL -> itLevel;
            case ADMISSION_DATE -> admissionDate;
            case FULL_MEMBERSHIP_DATE -> fullMembershipDate;
            case PARTY_CARD_NUMBER -> partyCardNumber;
            case CELL_ID -> cell == null ? null : cell.id();
            case STATUS -> status;
        };
    }

    private void set(DossierField f, Object v) {
        switch (f) {
            case FULL_NAME -> {
                PersonName name = new PersonName((String) v);
                fullName = name.fullName();
                searchName = name.searchForm();
                sortKey = name.sortKey();
            }
            case OTHER_NAMES -> otherNames = (String) v;
            case SEX -> sex = (Sex) v;
            case BIRTH_DATE -> birthDate = (LocalDate) v;
            case BIRTHPLACE -> birthplace = (String) v;
            case RESIDENCE -> residence = (String) v;
            case ETHNICITY -> ethnicity = (String) v;
            case RELIGION -> religion = (String) v;
            case CITIZEN_ID -> citizenId = (String) v;
            case OCCUPATION -> occupation = (String) v;
            case GENERAL_EDUCATION -> generalEducation = (String) v;
            case PROFESSIONAL_QUALIFICATION -> professionalQualification = (String) v;
            case POLITICAL_THEORY -> politicalTheory = (PoliticalTheory) v;
            case FOREIGN_LANGUAGE -> foreignLanguage = (String) v;
            case IT_LEVEL -> itLevel = (String) v;
            case ADMISSION_DATE -> admissionDate = (LocalDate) v;
            case FULL_MEMBERSHIP_DATE -> fullMembershipDate = (LocalDate) v;
            case PARTY_CARD_NUMBER -> partyCardNumber = (String) v;
            case STATUS -> status = (MemberStatus) v;
            case CELL_ID -> throw new IllegalArgumentException("the cell is set through placeIn");
        }
    }

    public PersonName name() {
        return new PersonName(fullName);
    }

    public Long id() { return id; }
    public String fullName() { return fullName; }
    public String otherNames() { return otherNames; }
    public Sex sex() { return sex; }
    public LocalDate birthDate() { return birthDate; }
    public String birthplace() { return birthplace; }
    public String residence() { return residence; }
    public String ethnicity() { return ethnicity; }
    public String religion() { return religion; }
    public String citizenId() { return citizenId; }
    public String occupation() { return occupation; }
    public String generalEducation() { return generalEducation; }
    public String professionalQualification() { return professionalQualification; }
    public PoliticalTheory politicalTheory() { return politicalTheory; }
    public String foreignLanguage() { return foreignLanguage; }
    public String itLevel() { return itLevel; }
    public LocalDate admissionDate() { return admissionDate; }
    public LocalDate fullMembershipDate() { return fullMembershipDate; }
    public String partyCardNumber() { return partyCardNumber; }
    public MemberStatus status() { return status; }
    public PartyUnit cell() { return cell; }
    public long version() { return version; }
    public Long importId() { return importId; }
}
