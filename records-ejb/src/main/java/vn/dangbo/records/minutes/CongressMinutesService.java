package vn.dangbo.records.minutes;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.records.agenda.AgendaItem;
import vn.dangbo.records.agenda.AgendaService;
import vn.dangbo.records.agenda.SpeakingService;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.congress.Congress;
import vn.dangbo.records.congress.CongressAccess;
import vn.dangbo.records.congress.CongressBody;
import vn.dangbo.records.congress.CongressDocument;
import vn.dangbo.records.congress.CongressDocuments;
import vn.dangbo.records.congress.CongressService;
import vn.dangbo.records.congress.Paragraph;
import vn.dangbo.records.election.Election;
import vn.dangbo.records.election.ElectionService;
import vn.dangbo.records.election.RoundResult;
import vn.dangbo.records.election.RoundStatus;
import vn.dangbo.records.vote.VoteResult;
import vn.dangbo.records.vote.VoteService;
import vn.dangbo.records.vote.VoteStatus;

/**
 * The congress minutes, assembled from what the congress recorded: the agenda as it ran, who spoke on what and
 * for how long, every open vote closed with its figures, every published election round with its results, and
 * the resolution's text when the secretariat names it. Written by the secretariat; the presidium and the
 * organising board may take it too. Every export is audited.
 */
@Stateless
public class CongressMinutesService {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CongressAccess access;

    @Inject
    CongressService congresses;

    @Inject
    AgendaService agenda;

    @Inject
    SpeakingService speaking;

    @Inject
    VoteService votes;

    @Inject
    ElectionService elections;

    @Inject
    CongressDocuments documents;

    @Inject
    AuditLog audit;

    public CongressMinutes minutes(long congressId, Long resolutionDocumentId) {
        Congress c = congresses.find(congressId);
        access.requireBody(congressId, CongressBody.SECRETARIAT, CongressBody.PRESIDIUM);
        List<MinutesBlock> blocks = new ArrayList<>();
        List<AgendaItem> items = agenda.agenda(congressId);
        agendaBlocks(items, blocks);
        speechBlocks(speaking.report(congressId), blocks);
        voteBlocks(votes.list(congressId), blocks);
        electionBlocks(congressId, blocks);
        if (resolutionDocumentId != null) {
            CongressDocument resolution = documents.document(congressId, resolutionDocumentId);
            blocks.add(new MinutesBlock.Heading("Phụ lục: " + resolution.title()));
            for (Paragraph p : resolution.paragraphs()) {
                blocks.add(new MinutesBlock.Text(p.text()));
            }
        }
        audit.record(AuditAction.CONGRESS_MINUTES_EXPORTED, "congress", congressId,
                resolutionDocumentId == null ? null : "resolution " + resolutionDocumentId);
        String subtitle = "Nhiệm kỳ " + c.term() + " · " + c.venue() + " · " + DAY.format(c.startsOn())
                + (c.endsOn().equals(c.startsOn()) ? "" : " – " + DAY.format(c.endsOn()));
        return new CongressMinutes("BIÊN BẢN ĐẠI HỘI", c.name(), subtitle, blocks);
    }

    private static void agendaBlocks(List<AgendaItem> items, List<MinutesBlock> blocks) {
        blocks.add(new MinutesBlock.Heading("I. Chương trình đại hội"));
        if (items.isEmpty()) {
            blocks.add(new MinutesBlock.Text("Chưa có mục nào trong chương trình."));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (AgendaItem i : items) {
            rows.add(List.of(String.valueOf(i.ordinal()), i.title(), when(i.startedAt()), when(i.endedAt())));
        }
        blocks.add(new MinutesBlock.Table(List.of("STT", "Nội dung", "Bắt đầu", "Kết thúc"), rows));
    }

    private static void speechBlocks(SpeakingService.Report report, List<MinutesBlock> blocks) {
        blocks.add(new MinutesBlock.Heading("II. Phát biểu, thảo luận"));
        if (report.spoken().isEmpty()) {
            blocks.add(new MinutesBlock.Text("Không có đại biểu nào phát biểu."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (SpeakingService.Spoken s : report.spoken()) {
                rows.add(List.of(String.valueOf(n++), s.fullName() + (s.delegation() == null ? "" : " (" + s.delegation() + ")"),
                        s.itemOrdinal() + ". " + s.itemTitle(), s.topic(), duration(s.seconds())));
            }
            blocks.add(new MinutesBlock.Table(List.of("STT", "Đại biểu", "Mục", "Nội dung phát biểu", "Thời gian"), rows));
        }
        blocks.add(new MinutesBlock.Text("Số đại biểu chính thức chưa phát biểu: " + report.notYetSpoken().size() + "."));
    }

    private static void voteBlocks(List<VoteService.VoteState> all, List<MinutesBlock> blocks) {
        blocks.add(new MinutesBlock.Heading("III. Biểu quyết"));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (VoteService.VoteState v : all) {
            if (v.vote().status() != VoteStatus.CLOSED || v.figures().isEmpty()) {
                continue;
            }
            VoteResult r = v.figures().get();
            rows.add(List.of(String.valueOf(n++), v.vote().title(), String.valueOf(r.agree()), String.valueOf(r.disagree()),
                    String.valueOf(r.abstain()), r.baseCount() + (r.base().name().equals("CONVENED") ? " (triệu tập)" : " (có mặt)"),
                    r.passed() ? "Thông qua" : "Không thông qua"));
        }
        if (rows.isEmpty()) {
            blocks.add(new MinutesBlock.Text("Chưa có nội dung nào được biểu quyết."));
        } else {
            blocks.add(new MinutesBlock.Table(List.of("STT", "Nội dung", "Tán thành", "Không tán thành",
                    "Không biểu quyết", "Tính trên", "Kết quả"), rows));
        }
    }

    private void electionBlocks(long congressId, List<MinutesBlock> blocks) {
        blocks.add(new MinutesBlock.Heading("IV. Bầu cử"));
        boolean any = false;
        for (Election e : elections.list(congressId)) {
            for (ElectionService.RoundLine line : elections.sheet(congressId, e.id()).rounds()) {
                if (line.round().status() != RoundStatus.PUBLISHED) {
                    continue;
                }
                any = true;
                RoundResult r = elections.result(congressId, e.id(), line.round().number());
                blocks.add(new MinutesBlock.Text(e.title() + " — vòng " + r.round() + ": " + r.seats() + " người cần bầu; "
                        + "phiếu phát ra " + r.issued() + ", thu về " + r.received() + ", hợp lệ " + r.valid()
                        + ", không hợp lệ " + r.invalid() + "; trúng cử cần trên một nửa của " + r.base()
                        + " đại biểu (ít nhất " + r.votesNeeded() + " phiếu)."));
                List<List<String>> rows = new ArrayList<>();
                int n = 1;
                for (RoundResult.Line l : r.candidates().stream()
                        .sorted((a, b) -> Long.compare(b.votes(), a.votes())).toList()) {
                    rows.add(List.of(String.valueOf(n++), l.fullName(), String.valueOf(l.votes()),
                            l.elected() ? "Trúng cử" : l.tied() ? "Bằng phiếu, bầu vòng sau" : "Không trúng cử"));
                }
                blocks.add(new MinutesBlock.Table(List.of("STT", "Họ và tên", "Số phiếu", "Kết quả"), rows));
            }
        }
        if (!any) {
            blocks.add(new MinutesBlock.Text("Chưa có kết quả bầu cử nào được công bố."));
        }
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(VIETNAM));
    }

    private static String duration(int seconds) {
        return seconds / 60 + " phút " + seconds % 60 + " giây";
    }
}
