package vn.dangbo.records.exchange;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberQuery;
import vn.dangbo.records.member.MemberSearch;
import vn.dangbo.records.member.MemberService;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.transfer.TransferService;

/**
 * Member lists and dossier sheets as .xlsx, written to a temporary file that the caller streams and
 * deletes: the workbook never sits in memory, and a failure is known before the first byte is sent.
 * The list is the member search with the same filters and scope, page by page in Vietnamese order.
 */
@Stateless
public class MemberExportService {

    private static final int PAGE = MemberQuery.MAX_SIZE;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    MemberSearch search;

    @Inject
    MemberService members;

    @Inject
    TransferService transfers;

    @Inject
    AuditLog audit;

    /** The whole result of a member search (every page), one row per member; audited with its filters. */
    public Path memberList(String text, Long unitId, vn.dangbo.records.member.MemberStatus status) {
        Caller who = caller.get();
        who.requireManagesAnything();
        Iterator<Member> rows = new Iterator<>() {
            private int page;
            private Iterator<Member> current = Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !exhausted) {
                    var found = search.run(who, new MemberQuery(text, unitId, status, page++, PAGE));
                    exhausted = found.items().size() < PAGE;
                    current = load(found.items().stream().map(MemberSearch.Row::id).toList()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Member next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        String title = "DANH SÁCH ĐẢNG VIÊN";
        int[] count = {0};
        Path file = write(out -> count[0] = MemberWorkbooks.memberList(rows, title, out));
        audit.record(AuditAction.MEMBER_LIST_EXPORTED, "MEMBER_LIST", null,
                "q=" + (text == null ? "" : text) + " unitId=" + unitId + " status=" + status + " rows=" + count[0]);
        return file;
    }

    /** One member's 2-HSĐV sheet: a full read of the dossier, audited as one. */
    public Path dossierSheet(long memberId) {
        Member m = members.dossier(memberId);
        var events = members.events(memberId);
        var cells = transfers.cellHistory(memberId);
        Path file = write(out -> MemberWorkbooks.dossierSheet(m, events, cells, out));
        audit.record(AuditAction.MEMBER_SHEET_EXPORTED, "MEMBER", memberId, null);
        return file;
    }

    /** The members of these ids with their cells, in the order given; the persistence context is cleared after. */
    private List<Member> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        List<Member> found = new ArrayList<>(em.createQuery(
                        "select m from Member m join fetch m.cell where m.id in :ids", Member.class)
                .setParameter("ids", ids).getResultList());
        found.sort(Comparator.comparing(m -> order.get(m.id())));
        em.clear();
        return found;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Path write(Writer writer) {
        try {
            Path file = Files.createTempFile("ward-export-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.write(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
