package vn.dangbo.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangbo.records.demo.DemoWard;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.member.PersonName;

/**
 * The import benchmark: 150,000 invented members written to an .xlsx, uploaded to the real server
 * (Payara Micro with the WAR, heap capped at 512 MB), analysed, confirmed and imported; then the same
 * rows (members and their name words) inserted with plain JDBC batches into a second database on the
 * same MariaDB. Prints the times, their ratio and the server's peak heap during the import.
 *
 * <p>Run with {@code bench/run-import.sh}; everything it writes is under bench/target/import.
 */
public final class MemberImportBench {

    static final double TARGET_RATIO = 1.5;
    static final long TARGET_HEAP_MB = 512;
    private static final String RAW_SCHEMA = "ward_raw";
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 1 && args[0].equals("--root") ? args[1] : ".").toAbsolutePath().normalize();
        Path target = root.resolve("bench/target/import");
        Path war = root.resolve("handbook-web/target/handbook-web.war");
        Path micro = root.resolve("launcher/target/runtime/payara-micro.jar");
        BenchDatabase.deleteTree(target);
        Files.createDirectories(target);
        BenchDatabase db = new BenchDatabase(target, 13326);
        PayaraServer payara = new PayaraServer(micro, war, target, 18090, TARGET_HEAP_MB + "m");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.close();
            db.close();
        }, "bench-shutdown"));
        int exit;
        try {
            exit = run(target, db, payara);
        } finally {
            payara.close();
            db.close();
        }
        System.exit(exit);
    }

    private static int run(Path target, BenchDatabase db, PayaraServer payara) throws Exception {
        System.out.println("CPUs before the start: " + MemberSearchBench.cpuBusy(2_000));
        System.out.println("▶ MariaDB (fresh, in " + db.dataDir() + ")");
        db.start();
        db.migrate();
        db.migrate(RAW_SCHEMA);

        DemoWard ward = DemoWard.build(DemoWard.Spec.bench(LocalDate.now()));
        List<DemoWard.Member> members = ward.members();
        for (String schema : List.of(BenchDatabase.SCHEMA, RAW_SCHEMA)) {
            try (Connection c = DriverManager.getConnection(db.url(schema), BenchDatabase.USER, BenchDatabase.PASSWORD)) {
                writeUnits(c, ward.units());
            }
        }
        Map<Long, String> cellNames = new LinkedHashMap<>();
        ward.units().forEach(u -> cellNames.put(u.id(), u.name()));

        System.out.printf("▶ Writing %,d members to an .xlsx (SXSSF)%n", members.size());
        Path xlsx = target.resolve("members.xlsx");
        long t = System.nanoTime();
        writeWorkbook(xlsx, members, cellNames);
        System.out.printf("  %s, %.1f MB, in %.1f s%n", xlsx.getFileName(), Files.size(xlsx) / 1e6, (System.nanoTime() - t) / 1e9);

        System.out.println("▶ Payara Micro, heap capped at " + TARGET_HEAP_MB + " MB (log: " + payara.log() + ")");
        JwtMinter jwt = new JwtMinter();
        Path publicKey = jwt.writePublicKey(target.resolve("keys/public.pem"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("WARD_DB_URL", db.url());
        env.put("WARD_DB_USER", BenchDatabase.USER);
        env.put("WARD_DB_PASSWORD", BenchDatabase.PASSWORD);
        env.put("WARD_DEMO_SEED", "false");
        env.put("WARD_IMPORT_DIR", target.resolve("staging").toString());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", JwtMinter.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", JwtMinter.AUDIENCE);
        payara.start(env);
        payara.awaitReady(Duration.ofMinutes(4));
        String token = jwt.token("canbo.bench", List.of("officer"), null, 3_600);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        HeapWatch heap = new HeapWatch(http, payara.baseUrl());
        heap.start();
        System.out.println("▶ Upload and analysis (preview)");
        long uploadStart = System.nanoTime();
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(payara.baseUrl() + "/api/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .header("X-File-Name", URLEncoder.encode("members.xlsx", StandardCharsets.UTF_8))
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofFile(xlsx)).build(), HttpResponse.BodyHandlers.ofString());
        if (upload.statusCode() != 202) {
            System.err.println("Upload refused: " + upload.statusCode() + " " + upload.body());
            return 1;
        }
        long uploaded = System.nanoTime();
        Matcher idMatch = ID.matcher(upload.body());
        idMatch.find();
        String id = idMatch.group(1);
        String preview = waitWhile(http, payara, token, id, "ANALYSING");
        long analysed = System.nanoTime();
        System.out.printf("  upload (with the file checks) %.1f s, analysis %.1f s: %s%n", (uploaded - uploadStart) / 1e9,
                (analysed - uploaded) / 1e9, summary(preview));

        System.out.println("▶ Confirmed import (one transaction)");
        long confirmStart = System.nanoTime();
        HttpResponse<String> confirm = http.send(HttpRequest.newBuilder(
                        URI.create(payara.baseUrl() + "/api/imports/" + id + "/confirm"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (confirm.statusCode() != 202) {
            System.err.println("Confirmation refused: " + confirm.statusCode() + " " + confirm.body());
            return 1;
        }
        String done = waitWhile(http, payara, token, id, "IMPORTING");
        long imported = System.nanoTime();
        heap.stop();
        String state = match(STATE, done);
        System.out.printf("  %s in %.1f s%n", state, (imported - confirmStart) / 1e9);
        long importedRows;
        try (Connection c = DriverManager.getConnection(db.url(), BenchDatabase.USER, BenchDatabase.PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM member")) {
            rs.next();
            importedRows = rs.getLong(1);
        }
        payara.close();

        System.out.println("▶ Raw JDBC batch insert of the same rows (members and name words) into " + RAW_SCHEMA);
        long rawStart = System.nanoTime();
        int raw;
        try (Connection c = DriverManager.getConnection(db.url(RAW_SCHEMA), BenchDatabase.USER, BenchDatabase.PASSWORD)) {
            c.setAutoCommit(false);
            raw = rawInsert(c, members);
            c.commit();
        }
        long rawEnd = System.nanoTime();
        System.out.printf("  %,d members in %.1f s%n", raw, (rawEnd - rawStart) / 1e9);

        double importSeconds = (imported - confirmStart) / 1e9;
        double wholeSeconds = (imported - uploadStart) / 1e9;
        double rawSeconds = (rawEnd - rawStart) / 1e9;
        double peakMb = heap.peak() / 1024.0 / 1024.0;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nImport benchmark (%s)%n", Instant.now()));
        out.append(String.format("  rows in the file            %,d (members imported: %,d)%n", members.size(), importedRows));
        out.append(String.format("  upload + analysis (preview) %.1f s%n", (analysed - uploadStart) / 1e9));
        out.append(String.format("  confirmed import            %.1f s  (%,.0f rows/s)%n", importSeconds, members.size() / importSeconds));
        out.append(String.format("  raw JDBC batch insert       %.1f s  (%,.0f rows/s)%n", rawSeconds, raw / rawSeconds));
        out.append(String.format("  ratio import / raw          %.2f  (target < %.1f: %s)%n", importSeconds / rawSeconds,
                TARGET_RATIO, importSeconds / rawSeconds < TARGET_RATIO ? "met" : "NOT met"));
        out.append(String.format("  ratio whole / raw           %.2f  (upload, analysis and import together)%n",
                wholeSeconds / rawSeconds));
        out.append(String.format("  server heap, peak used      %.0f MB of -Xmx%dm (sampled %d times; target <= %d MB: %s)%n",
                peakMb, TARGET_HEAP_MB, heap.samples(), TARGET_HEAP_MB, peakMb <= TARGET_HEAP_MB ? "met" : "NOT met"));
        System.out.print(out);
        Files.writeString(target.resolve("import-report.txt"), out.toString(), StandardCharsets.UTF_8);
        return "DONE".equals(state) && importedRows == members.size() ? 0 : 2;
    }

    private static String summary(String json) {
        Matcher m = Pattern.compile("\"summary\"\\s*:\\s*(\\{[^}]*})").matcher(json);
        return m.find() ? m.group(1) : json.substring(0, Math.min(300, json.length()));
    }

    private static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static String waitWhile(HttpClient http, PayaraServer payara, String token, String id, String state)
            throws IOException, InterruptedException {
        while (true) {
            String body = http.send(HttpRequest.newBuilder(URI.create(payara.baseUrl() + "/api/imports/" + id))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!state.equals(match(STATE, body))) {
                return body;
            }
            Thread.sleep(250);
        }
    }


    private static void writeUnits(Connection c, List<DemoWard.Unit> units) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO party_unit (id, kind, name, parent_id, established_on,"
                + " version) VALUES (?, ?, ?, ?, ?, 0)")) {
            for (DemoWard.Unit u : units) {
                ps.setLong(1, u.id());
                ps.setString(2, u.kind().name());
                ps.setString(3, u.name());
                if (u.parentId() == null) {
                    ps.setNull(4, Types.BIGINT);
                } else {
                    ps.setLong(4, u.parentId());
                }
                ps.setObject(5, u.establishedOn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The columns of the import template (the officer's sheet); status is left to the import's default. */
    private static final String[] HEADERS = {"Họ và tên", "Tên gọi khác", "Giới tính", "Ngày sinh", "Quê quán",
            "Nơi ở hiện nay", "Dân tộc", "Tôn giáo", "Số CCCD", "Nghề nghiệp", "Giáo dục phổ thông",
            "Chuyên môn nghiệp vụ", "Lý luận chính trị", "Ngoại ngữ", "Tin học", "Ngày vào Đảng", "Ngày chính thức",
            "Số thẻ đảng viên", "Chi bộ"};

    private static final Map<String, String> THEORY = Map.of("NONE", "Chưa qua đào tạo", "ELEMENTARY", "Sơ cấp",
            "INTERMEDIATE", "Trung cấp", "ADVANCED", "Cao cấp", "BACHELOR", "Cử nhân");

    private static void writeWorkbook(Path file, List<DemoWard.Member> members, Map<Long, String> cellNames)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Đảng viên");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN");
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            int r = 3;
            for (DemoWard.Member m : members) {
                Row row = sheet.createRow(r++);
                Object[] values = {m.fullName(), m.otherNames(), m.sex().name().equals("MALE") ? "Nam" : "Nữ",
                        m.birthDate(), m.birthplace(), m.residence(), m.ethnicity(), m.religion(), m.citizenId(),
                        m.occupation(), m.generalEducation(), m.professionalQualification(),
                        m.politicalTheory() == null ? null : THEORY.get(m.politicalTheory().name()),
                        m.foreignLanguage(), m.itLevel(), m.admissionDate(), m.fullMembershipDate(),
                        m.partyCardNumber(), cellNames.get(m.cellId())};
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** The rows the import writes for new dossiers: member (with generated ids) and its name words. */
    private static int rawInsert(Connection c, List<DemoWard.Member> members) throws SQLException {
        String insertMember = "INSERT INTO member (full_name, other_names, sex, birth_date, birthplace, residence,"
                + " ethnicity, religion, citizen_id, occupation, general_education, professional_qualification,"
                + " political_theory, foreign_language, it_level, admission_date, full_membership_date,"
                + " party_card_number, status, cell_id, search_name, sort_key, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        Timestamp now = Timestamp.from(Instant.now());
        int count = 0;
        for (int from = 0; from < members.size(); from += 1_000) {
            List<DemoWard.Member> chunk = members.subList(from, Math.min(members.size(), from + 1_000));
            List<Long> ids = new ArrayList<>(chunk.size());
            try (PreparedStatement ps = c.prepareStatement(insertMember, Statement.RETURN_GENERATED_KEYS)) {
                for (DemoWard.Member m : chunk) {
                    PersonName name = m.name();
                    ps.setString(1, name.fullName());
                    ps.setString(2, m.otherNames());
                    ps.setString(3, m.sex().name());
                    ps.setObject(4, m.birthDate());
                    ps.setString(5, m.birthplace());
                    ps.setString(6, m.residence());
                    ps.setString(7, m.ethnicity());
                    ps.setString(8, m.religion());
                    ps.setString(9, m.citizenId());
                    ps.setString(10, m.occupation());
                    ps.setString(11, m.generalEducation());
                    ps.setString(12, m.professionalQualification());
                    ps.setString(13, m.politicalTheory() == null ? null : m.politicalTheory().name());
                    ps.setString(14, m.foreignLanguage());
                    ps.setString(15, m.itLevel());
                    ps.setObject(16, m.admissionDate());
                    ps.setObject(17, m.fullMembershipDate());
                    ps.setString(18, m.partyCardNumber());
                    ps.setString(19, (m.fullMembershipDate() != null ? MemberStatus.FULL : MemberStatus.PROBATIONARY).name());
                    ps.setLong(20, m.cellId());
                    ps.setString(21, name.searchForm());
                    ps.setString(22, name.sortKey());
                    ps.setTimestamp(23, now);
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO member_name_token (member_id, position, token) VALUES (?, ?, ?)")) {
                for (int i = 0; i < chunk.size(); i++) {
                    List<String> words = chunk.get(i).name().tokens();
                    for (int p = 0; p < words.size(); p++) {
                        ps.setLong(1, ids.get(i));
                        ps.setShort(2, (short) p);
                        ps.setString(3, words.get(p));
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            count += chunk.size();
        }
        return count;
    }
}
