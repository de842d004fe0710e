package vn.dangbo.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.Roles;
import vn.dangbo.records.audit.AuditChain;
import vn.dangbo.records.audit.AuditEntry;
import vn.dangbo.records.audit.AuditLog;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class AuditResource {

    public record AuditRecord(long id, Instant at, String actor, String action, String subject, String detail,
                              String origin) {
        static AuditRecord of(AuditEntry e) {
            return new AuditRecord(e.id(), e.at(), e.actor(), e.action(),
                    e.subjectType() + (e.subjectId() == null ? "" : " " + e.subjectId()), e.detail(), e.origin());
        }
    }

    public record AuditPage(List<AuditRecord> items, long total, int page, int size) {
    }

    /** Where the chain breaks first: the entry (absent past the last one), its place and the problem. */
    public record ChainBreak(Long entryId, long seq, String problem, Instant at, String actor, String action,
                             String detail) {
    }

    /** The outcome of a check of the audit log's hash chain; the head is what officers note as an anchor. */
    public record ChainCheck(boolean intact, long sealed, long unsealed, long headSeq, String headHash,
                             Instant lastSealedAt, ChainBreak firstBreak) {
        static ChainCheck of(AuditChain.Report r) {
            AuditChain.Break b = r.firstBreak();
            return new ChainCheck(r.intact(), r.sealed(), r.unsealed(), r.headSeq(), r.headHash(), r.lastSealedAt(),
                    b == null ? null : new ChainBreak(b.entryId(), b.seq(), b.problem().name(), b.at(), b.actor(),
                            b.action(), b.detail()));
        }
    }

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "The audit log, newest first (officers)")
    public AuditPage entries(@QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size) {
        var p = audit.entries(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
        return new AuditPage(p.items().stream().map(AuditRecord::of).toList(), p.total(), p.page(), p.size());
    }

    @GET
    @Path("chain")
    @Operation(summary = "Check the audit log's hash chain (officers); optionally that it still passes an anchor noted earlier",
            description = "Seals what is committed, recomputes every hash and names the first broken entry")
    public ChainCheck chain(@QueryParam("anchorSeq") Long anchorSeq, @QueryParam("anchorHash") String anchorHash) {
        return ChainCheck.of(audit.verifyChain(anchorSeq, anchorHash));
    }
}
