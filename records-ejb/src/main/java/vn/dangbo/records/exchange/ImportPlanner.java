package vn.dangbo.records.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dangbo.records.member.DossierField;
import vn.dangbo.records.member.FieldChange;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.VietnameseText;

/**
 * Turns the rows of a dossier spreadsheet into a plan, row by row: create a dossier, update one
 * (matched by citizen ID or party card number, with the changes field by field), leave one unchanged,
 * or reject the row with the reason per cell. The preview and the confirmed import run the same plan
 * over the same file, and both fold it into a digest: a confirmation whose plan differs from the
 * preview's (someone edited a dossier in between) is refused instead of doing something unseen.
 *
 * <p>Rows are planned in chunks so that the existing dossiers they match are loaded a chunk at a time;
 * nothing holds the whole file. A blank cell means "not given": it never clears a dossier field.
 */
public final class ImportPlanner {

    /** Rows planned together; also the write batch of the import. */
    public static final int CHUNK = 1_000;

    /** A header row is looked for in the first rows of each sheet, below any title rows. */
    static final int HEADER_SEARCH_ROWS = 30;

    /** A header row names the full name and at least this many recognised columns in all. */
    static final int MIN_HEADER_COLUMNS = 3;

    /** One problem of a rejected row, located as the spreadsheet shows it ("D12"). */
    public record CellProblem(String cell, String field, String messageKey, List<Object> args) {
    }

    /** What the import does with one row. */
    public sealed interface PlannedRow permits Create, Update, Unchanged, Rejected {
        int row();
    }

    public record Create(int row, Member member) implements PlannedRow {
    }

    public record Update(int row, Member member, long expectedVersion, List<FieldChange> changes,
                         boolean nameChanged) implements PlannedRow {
    }

    public record Unchanged(int row, long memberId, String fullName) implements PlannedRow {
    }

    public record Rejected(int row, String fullName, List<CellProblem> problems) implements PlannedRow {
    }

    /** The recognised header: which column holds what, where it is, and what was not recognised. */
    public record Header(int sheetIndex, int rowNumber, Map<Integer, ImportColumn> columns, List<String> ignored) {
    }

    /** What the planner needs of the records: the dossiers' keys, cells, and loading of matched dossiers. */
    public interface Records {
        Long memberIdByCitizenId(String citizenId);

        Long memberIdByPartyCard(String partyCard);

        /** Active and dissolved units by id. */
        PartyUnit unit(long id);

        /** A cell by its name, compared folded ("chi bo khu pho 3"). */
        PartyUnit cellByName(String name);

        /** The dossiers of these ids, with their cells, detached: changing them writes nothing. */
        Map<Long, Member> load(Collection<Long> ids);
    }

    private final Records records;
    private final Long defaultCellId;
    private final MessageDigest digest;
    private final Map<String, Integer> citizenIdsSeen = new HashMap<>();
    private final Map<String, Integer> partyCardsSeen = new HashMap<>();
    private final Map<Long, Integer> membersSeen = new HashMap<>();

    public ImportPlanner(Records records, Long defaultCellId) {
        this.records = records;
        this.defaultCellId = defaultCellId;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header row of the first sheet that has one, or a refusal: read only as far as needed. */
    public static Header findHeader(Path file, SpreadsheetReader.Format format) {
        HeaderFinder finder = new HeaderFinder();
        SpreadsheetReader.read(file, format, finder);
        if (finder.header == null) {
            throw new SpreadsheetRefused(finder.nameOnly ? "import.noKeyColumn" : "import.noHeader");
        }
        return finder.header;
    }

    /**
     * Plans every data row below the header, in file order, giving each to {@code sink}; {@code progress}
     * hears the number of rows planned so far and the declared row count when known.
     */
    public void plan(Path file, SpreadsheetReader.Format format, Header header, Consumer<PlannedRow> sink,
                     ProgressListener progress) {
        List<RawRow> chunk = new ArrayList<>(CHUNK);
        int[] done = {0};
        int[] declared = {0};
        SpreadsheetReader.read(file, format, new SheetVisitor() {
            @Override
            public void sheetDimension(int sheetIndex, int lastRowNumber) {
                if (sheetIndex == header.sheetIndex()) {
                    declared[0] = Math.max(0, lastRowNumber - header.rowNumber());
                }
            }

            @Override
            public boolean row(int sheetIndex, int rowNumber, Map<Integer, SheetCell> cells) {
                if (sheetIndex != header.sheetIndex()) {
                    return false;
                }
                if (rowNumber <= header.rowNumber()) {
                    return true;
                }
                chunk.add(new RawRow(rowNumber, cells));
                if (chunk.size() == CHUNK) {
                    planChunk(header, chunk, sink);
                    done[0] += chunk.size();
                    chunk.clear();
                    progress.planned(done[0], declared[0]);
                }
                return true;
            }

            @Override
            public boolean endOfSheet(int sheetIndex) {
                return sheetIndex < header.sheetIndex();
            }
        });
        planChunk(header, chunk, sink);
        done[0] += chunk.size();
        progress.planned(done[0], done[0]);
    }

    /** The digest of everything planned so far. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    public interface ProgressListener {
        void planned(int rows, int declaredRows);
    }

    private record RawRow(int number, Map<Integer, SheetCell> cells) {
    }

    /** A row parsed into field values, with its problems so far and the dossier it matches. */
    private static final class ParsedRow {
        final int number;
        final Map<DossierField, Object> values = new EnumMap<>(DossierField.class);
        final Map<DossierField, String> cellRefs = new EnumMap<>(DossierField.class);
        final List<CellProblem> problems = new ArrayList<>();
        Long matchedId;

        ParsedRow(int number) {
            this.number = number;
        }

        String name() {
            Object name = values.get(DossierField.FULL_NAME);
            return name == null ? null : name.toString();
        }
    }

    private void planChunk(Header header, List<RawRow> rows, Consumer<PlannedRow> sink) {
        if (rows.isEmpty()) {
            return;
        }
        List<ParsedRow> parsed = new ArrayList<>(rows.size());
        List<Long> matched = new ArrayList<>();
        for (RawRow raw : rows) {
            ParsedRow row = parse(header, raw);
            match(row);
            if (row.matchedId != null && row.problems.isEmpty()) {
                matched.add(row.matchedId);
            }
            parsed.add(row);
        }
        Map<Long, Member> existing = matched.isEmpty() ? Map.of() : records.load(matched);
        for (ParsedRow row : parsed) {
            PlannedRow planned = row.problems.isEmpty()
                    ? (row.matchedId == null ? create(row) : update(row, existing.get(row.matchedId)))
                    : new Rejected(row.number, row.name(), row.problems);
            fold(planned);
            sink.accept(planned);
        }
    }

    private ParsedRow parse(Header header, RawRow raw) {
        ParsedRow row = new ParsedRow(raw.number());
        for (Map.Entry<Integer, ImportColumn> e : header.columns().entrySet()) {
            SheetCell cell = raw.cells().get(e.getKey());
            ImportColumn column = e.getValue();
            DossierField field = column.field();
            String ref = SpreadsheetReader.columnName(e.getKey()) + raw.number();
            row.cellRefs.put(field, ref);
            if (cell == null) {
                continue;
            }
            try {
                String text = column.toFieldText(cell);
                if (text == null || text.isBlank()) {
                    continue;
                }
                if (column == ImportColumn.CELL) {
                    PartyUnit unit = records.cellByName(text);
                    if (unit == null) {
                        row.problems.add(new CellProblem(ref, field.apiName(), "import.unknownCell", List.of(text)));
                    } else {
                        row.values.put(field, unit.id());
                    }
                    continue;
                }
                Object value = field.parse(text);
                if (value != null) {
                    row.values.put(field, value);
                }
            } catch (InvalidField problem) {
                row.problems.add(problem(ref, problem));
            }
        }
        return row;
    }

    private static CellProblem problem(String ref, InvalidField f) {
        return new CellProblem(ref, f.field(), f.messageKey(), List.of(f.args()));
    }

    /** By citizen ID, else by party card; a key repeated in the file or two keys naming two dossiers reject the row. */
    private void match(ParsedRow row) {
        String citizenId = (String) row.values.get(DossierField.CITIZEN_ID);
        String card = (String) row.values.get(DossierField.PARTY_CARD_NUMBER);
        if (citizenId == null && card == null) {
            if (row.problems.isEmpty()) {
                row.problems.add(new CellProblem(row.cellRefs.getOrDefault(DossierField.CITIZEN_ID,
                        row.cellRefs.get(DossierField.PARTY_CARD_NUMBER)), "citizenId", "import.noKey", List.of()));
            }
            return;
        }
        repeated(row, citizenId, citizenIdsSeen, DossierField.CITIZEN_ID);
        repeated(row, card, partyCardsSeen, DossierField.PARTY_CARD_NUMBER);
        Long byCitizenId = citizenId == null ? null : records.memberIdByCitizenId(citizenId);
        Long byCard = card == null ? null : records.memberIdByPartyCard(card);
        if (byCitizenId != null && byCard != null && !byCitizenId.equals(byCard)) {
            row.problems.add(new CellProblem(row.cellRefs.get(DossierField.PARTY_CARD_NUMBER), "partyCardNumber",
                    "import.keysDisagree", List.of()));
            return;
        }
        row.matchedId = byCitizenId != null ? byCitizenId : byCard;
        if (row.matchedId != null) {
            Integer first = membersSeen.putIfAbsent(row.matchedId, row.number);
            if (first != null) {
                row.problems.add(new CellProblem(row.cellRefs.getOrDefault(DossierField.CITIZEN_ID,
                        row.cellRefs.get(DossierField.PARTY_CARD_NUMBER)), "citizenId", "import.sameMemberTwice",
                        List.of(first)));
            }
        }
    }

    private void repeated(ParsedRow row, String key, Map<String, Integer> seen, DossierField field) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, row.number);
        if (first != null) {
            row.problems.add(new CellProblem(row.cellRefs.get(field), field.apiName(), "import.repeatedInFile",
                    List.of(first)));
        }
    }

    private PlannedRow create(ParsedRow row) {
        Map<DossierField, Object> values = new EnumMap<>(row.values);
        Long cellId = (Long) values.remove(DossierField.CELL_ID);
        if (cellId == null) {
            cellId = defaultCellId;
        }
        if (cellId == null) {
            return new Rejected(row.number, row.name(), List.of(new CellProblem(
                    row.cellRefs.getOrDefault(DossierField.CELL_ID, "A" + row.number), "cellId", "import.noCell",
                    List.of())));
        }
        values.putIfAbsent(DossierField.STATUS, values.get(DossierField.FULL_MEMBERSHIP_DATE) != null
                ? MemberStatus.FULL : MemberStatus.PROBATIONARY);
        try {
            return new Create(row.number, Member.create(values, records.unit(cellId)));
        } catch (InvalidInput invalid) {
            return rejected(row, invalid);
        } catch (InvalidField invalid) {
            return new Rejected(row.number, row.name(), List.of(problem(ref(row, invalid.field()), invalid)));
        }
    }

    private PlannedRow update(ParsedRow row, Member member) {
        if (member == null) {
            return new Rejected(row.number, row.name(), List.of(new CellProblem("A" + row.number, "citizenId",
                    "import.memberVanished", List.of())));
        }
        long version = member.version();
        String oldName = member.fullName();
        String citizenId = (String) row.values.get(DossierField.CITIZEN_ID);
        String card = (String) row.values.get(DossierField.PARTY_CARD_NUMBER);
        Long holder = citizenId == null ? null : records.memberIdByCitizenId(citizenId);
        if (holder != null && holder != member.id().longValue()) {
            return new Rejected(row.number, row.name(), List.of(new CellProblem(ref(row, "citizenId"), "citizenId",
                    "member.citizenIdTaken", List.of())));
        }
        holder = card == null ? null : records.memberIdByPartyCard(card);
        if (holder != null && holder != member.id().longValue()) {
            return new Rejected(row.number, row.name(), List.of(new CellProblem(ref(row, "partyCardNumber"),
                    "partyCardNumber", "member.partyCardTaken", List.of())));
        }
        try {
            List<FieldChange> changes = member.apply(row.values);
            if (changes.isEmpty()) {
                return new Unchanged(row.number, member.id(), member.fullName());
            }
            return new Update(row.number, member, version, changes, !oldName.equals(member.fullName()));
        } catch (InvalidInput invalid) {
            return rejected(row, invalid);
        } catch (vn.dangbo.records.shared.Conflict refused) {
            // a dossier the row may not change at all (sealed: the member transferred out of the ward)
            return new Rejected(row.number, row.name(), List.of(new CellProblem(ref(row, "citizenId"), "citizenId",
                    refused.messageKey(), List.of())));
        }
    }

    private Rejected rejected(ParsedRow row, InvalidInput invalid) {
        List<CellProblem> problems = invalid.problems().stream()
                .map(f -> problem(ref(row, f.field()), f)).toList();
        return new Rejected(row.number, row.name(), problems);
    }

    private static String ref(ParsedRow row, String apiName) {
        String ref = DossierField.byApiName(apiName).map(row.cellRefs::get).orElse(null);
        return ref != null ? ref : "A" + row.number;
    }

    /** Everything that decides what the import writes goes into the digest, in file order. */
    private void fold(PlannedRow planned) {
        StringBuilder line = new StringBuilder();
        if (planned instanceof Create c) {
            line.append("C|").append(c.row()).append('|').append(c.member().cell().id()).append('|')
                    .append(c.member().citizenId()).append('|').append(c.member().partyCardNumber());
        } else if (planned instanceof Update u) {
            line.append("U|").append(u.row()).append('|').append(u.member().id()).append('|')
                    .append(u.expectedVersion());
            u.changes().forEach(ch -> line.append('|').append(ch.field()).append('=').append(ch.newValue()));
        } else if (planned instanceof Unchanged n) {
            line.append("N|").append(n.row()).append('|').append(n.memberId());
        } else if (planned instanceof Rejected r) {
            line.append("R|").append(r.row());
            r.problems().forEach(p -> line.append('|').append(p.cell()).append(p.messageKey()));
        }
        digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads rows until a sheet shows a header row; stops there. */
    private static final class HeaderFinder implements SheetVisitor {
        Header header;
        boolean nameOnly;
        private int rowsSeen;

        @Override
        public boolean row(int sheetIndex, int rowNumber, Map<Integer, SheetCell> cells) {
            if (++rowsSeen > HEADER_SEARCH_ROWS) {
                return false;
            }
            Map<Integer, ImportColumn> columns = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                var column = ImportColumn.byHeader(e.getValue().text());
                if (column.isPresent() && !columns.containsValue(column.get())) {
                    columns.put(e.getKey(), column.get());
                } else if (e.getValue().text() != null && !VietnameseText.fold(e.getValue().text()).equals("stt")) {
                    ignored.add(VietnameseText.clean(e.getValue().text()));
                }
            });
            if (!columns.containsValue(ImportColumn.FULL_NAME) || columns.size() < MIN_HEADER_COLUMNS) {
                return true;
            }
            if (!columns.containsValue(ImportColumn.CITIZEN_ID) && !columns.containsValue(ImportColumn.PARTY_CARD_NUMBER)) {
                nameOnly = true;
                return true;
            }
            header = new Header(sheetIndex, rowNumber, columns, ignored);
            return false;
        }

        @Override
        public boolean endOfSheet(int sheetIndex) {
            rowsSeen = 0;
            return header == null;
        }
    }
}
