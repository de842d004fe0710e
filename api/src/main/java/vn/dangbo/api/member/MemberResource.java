package vn.dangbo.api.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.JsonFields;
import vn.dangbo.api.ExcelFiles;
import vn.dangbo.api.QueryDates;
import vn.dangbo.api.Roles;
import vn.dangbo.api.member.MemberViews.DossierRevision;
import vn.dangbo.api.member.MemberViews.MemberDossier;
import vn.dangbo.api.member.MemberViews.MemberPage;
import vn.dangbo.api.member.MemberViews.StatusEvent;
import vn.dangbo.records.exchange.MemberExportService;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberQuery;
import vn.dangbo.records.member.MemberService;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.transfer.CellPeriod;
import vn.dangbo.records.transfer.TransferService;
import vn.dangbo.api.transfer.TransferResource;
import vn.dangbo.records.shared.InvalidInput;

@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class MemberResource {

    private static final Set<String> NUMERIC = Set.of("cellId");

    @Inject
    MemberService members;

    @Inject
    TransferService transfers;

    @Inject
    MemberExportService exports;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Search the members the caller manages",
            description = "q: words of a name (diacritics and case ignored) or digits of a citizen ID / party card number")
    public MemberPage search(@QueryParam("q") String q, @QueryParam("unitId") Long unitId,
                             @QueryParam("status") String status,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("20") int size) {
        return MemberPage.of(members.search(new MemberQuery(q, unitId, status(status), page, size)));
    }

    @GET
    @Path("xlsx")
    @Produces(ExcelFiles.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "The member list with the search's filters as .xlsx (every page; the import's columns)")
    public Response exportList(@QueryParam("q") String q, @QueryParam("unitId") Long unitId,
                               @QueryParam("status") String status) {
        return ExcelFiles.download(exports.memberList(q, unitId, status(status)), "danh-sach-dang-vien.xlsx");
    }

    @GET
    @Path("{id}/xlsx")
    @Produces(ExcelFiles.XLSX)
    @Operation(summary = "One member's dossier as a 2-HSĐV sheet (.xlsx; audited as a full read)")
    public Response exportDossier(@PathParam("id") long id) {
        return ExcelFiles.download(exports.dossierSheet(id), "phieu-dang-vien-" + id + ".xlsx");
    }

    @GET
    @Path("probation-ending")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Probationary members whose 12 months end in a period (from, to: yyyy-MM-dd)")
    public List<MemberViews.ProbationEnding> probationEnding(@QueryParam("from") String from,
                                                            @QueryParam("to") String to) {
        return members.probationEnding(QueryDates.parse("from", from), QueryDates.parse("to", to)).stream()
                .map(MemberViews.ProbationEnding::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A member's full dossier (audited)")
    public MemberDossier dossier(@PathParam("id") long id) {
        return MemberDossier.of(members.dossier(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Create a dossier")
    public Response create(JsonObject body, @Context UriInfo uri) {
        Member m = members.create(JsonFields.texts(body, NUMERIC, Set.of()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id())).build())
                .entity(MemberDossier.of(m)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Change some fields of a dossier",
            description = "Body: the version the client loaded and only the changed fields; 409 if someone saved since")
    public MemberDossier update(@PathParam("id") long id, JsonObject body) {
        long version = JsonFields.requiredLong(body, "version");
        return MemberDossier.of(members.update(id, version, JsonFields.texts(body, NUMERIC, Set.of("version"))));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The dossier's change history, newest first")
    public List<DossierRevision> history(@PathParam("id") long id) {
        return members.history(id).stream().map(DossierRevision::of).toList();
    }

    @GET
    @Path("{id}/events")
    @Operation(summary = "The status decisions in the member's life in the Party, oldest first")
    public List<StatusEvent> events(@PathParam("id") long id) {
        return members.events(id).stream().map(StatusEvent::of).toList();
    }

    @POST
    @Path("{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Record a status decision (full membership, exemption, death, removal …)",
            description = "Body: kind, date, decisionNumber, reason. 409 when it cannot follow the current status")
    public Response recordEvent(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        var event = members.recordEvent(id, JsonFields.texts(body, Set.of(), Set.of()));
        return Response.created(uri.getAbsolutePath()).entity(StatusEvent.of(event)).build();
    }

    @GET
    @Path("{id}/transfers")
    @Operation(summary = "The member's transfers between cells, oldest first")
    public List<TransferResource.TransferView> transfers(@PathParam("id") long id) {
        return transfers.ofMember(id).stream().map(TransferResource.TransferView::of).toList();
    }

    @GET
    @Path("{id}/cells")
    @Operation(summary = "Every cell the member belonged to, with dates")
    public List<CellPeriod> cells(@PathParam("id") long id) {
        return transfers.cellHistory(id);
    }

    private static MemberStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MemberStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new InvalidField("status", "field.notOneOf",
                    java.util.Arrays.toString(MemberStatus.values()))));
        }
    }
}
