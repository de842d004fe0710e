package vn.dangbo.api.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.ExcelFiles;
import vn.dangbo.api.Roles;
import vn.dangbo.api.problem.Problems;
import vn.dangbo.records.exchange.ImportSummary;
import vn.dangbo.records.exchange.MemberImport;
import vn.dangbo.records.exchange.MemberImportService;
import vn.dangbo.records.exchange.MemberWorkbooks;

/**
 * Dossier spreadsheet imports: upload the file as the request body (any content type; the server
 * looks at the bytes), follow the analysis, read the preview, confirm, follow the import.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class ImportResource {

    /** How often the progress stream looks at the import. */
    private static final long PROGRESS_INTERVAL_MS = 400;

    @Inject
    MemberImportService imports;

    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    /** The preview with every message in the caller's language. */
    public record ImportView(long id, String fileName, String state, String uploadedBy, Instant uploadedAt,
                             Instant finishedAt, String failure, ImportSummary summary, JsonObject preview) {
    }

    /** One line of the import list. */
    public record ImportLine(long id, String fileName, String state, String uploadedBy, Instant uploadedAt,
                             Instant finishedAt, ImportSummary summary) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a dossier spreadsheet (.xlsx or .xls as the body); 202 and the analysis starts",
            description = "X-File-Name: the file's name (URL-encoded); cellId: the cell of rows that name none")
    public Response upload(InputStream body, @HeaderParam("X-File-Name") String fileName,
                           @QueryParam("cellId") Long cellId) {
        String name = fileName == null ? null : URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        MemberImport imp = imports.upload(name, body, cellId);
        return Response.accepted(view(imp))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(imp.id())).build()).build();
    }

    @GET
    @Operation(summary = "The latest imports, newest first")
    public List<ImportLine> recent(@QueryParam("limit") @DefaultValue("20") int limit) {
        return imports.recent(limit).stream().map(i -> new ImportLine(i.id(), i.fileName(), i.state().name(),
                i.uploadedBy(), i.uploadedAt(), i.finishedAt(), i.summary())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import with its preview: rows to create, to update (changes field by field), rejected (reason per cell)")
    public ImportView get(@PathParam("id") long id) {
        return view(imports.find(id));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "Apply the previewed import (202; all rows or none; follow it on /progress)")
    public Response confirm(@PathParam("id") long id) {
        return Response.accepted(view(imports.confirm(id))).build();
    }

    @GET
    @Path("{id}/progress")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events: 'progress' {state, rows, expectedRows} until the analysis or the import ends")
    public void progress(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse)
            throws InterruptedException {
        // Asked before the stream opens: an unknown import (or a refused caller) is a 404/403 problem,
        // not an empty 200 stream.
        MemberImportService.ImportStatus first = imports.status(id);
        try (sink) {
            for (boolean firstRound = true; !sink.isClosed(); firstRound = false) {
                MemberImportService.ImportStatus status = firstRound ? first : imports.status(id);
                JsonObjectBuilder data = Json.createObjectBuilder().add("state", status.state().name())
                        .add("rows", status.rows()).add("expectedRows", status.expectedRows());
                if (status.failure() != null) {
                    data.add("failure", problems.message(status.failure()));
                }
                sink.send(sse.newEventBuilder().name("progress").mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(String.class, data.build().toString()).build());
                if (status.state().finished() || status.state() == vn.dangbo.records.exchange.ImportState.READY) {
                    return;
                }
                Thread.sleep(PROGRESS_INTERVAL_MS);
            }
        }
    }

    @GET
    @Path("template")
    @Produces(ExcelFiles.XLSX)
    @Operation(summary = "The spreadsheet template: the columns the import recognises, with an invented example")
    public Response template() {
        StreamingOutput body = MemberWorkbooks::template;
        return Response.ok(body, ExcelFiles.XLSX)
                .header("Content-Disposition", "attachment; filename=\"mau-nhap-dang-vien.xlsx\"").build();
    }

    private ImportView view(MemberImport i) {
        return new ImportView(i.id(), i.fileName(), i.state().name(), i.uploadedBy(), i.uploadedAt(), i.finishedAt(),
                i.failure() == null ? null : problems.message(i.failure()), i.summary(), localized(i.report()));
    }

    /** The stored report, each rejection's message key turned into a sentence in the caller's language. */
    private JsonObject localized(String report) {
        if (report == null) {
            return null;
        }
        JsonObject stored = Json.createReader(new StringReader(report)).readObject();
        JsonArrayBuilder rejected = Json.createArrayBuilder();
        for (JsonValue value : stored.getJsonArray("rejected")) {
            JsonObject row = value.asJsonObject();
            JsonArrayBuilder problemsOut = Json.createArrayBuilder();
            for (JsonValue p : row.getJsonArray("problems")) {
                JsonObject problem = p.asJsonObject();
                Object[] args = problem.getJsonArray("args").getValuesAs(JsonValue::toString).stream()
                        .map(a -> a.replaceAll("^\"|\"$", "")).toArray();
                problemsOut.add(Json.createObjectBuilder(problem)
                        .add("message", problems.message(problem.getString("key"), args)));
            }
            rejected.add(Json.createObjectBuilder(row).add("problems", problemsOut));
        }
        return Json.createObjectBuilder(stored).add("rejected", rejected).build();
    }
}
