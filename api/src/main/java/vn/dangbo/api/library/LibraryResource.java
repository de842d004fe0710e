package vn.dangbo.api.library;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.QueryDates;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.library.DocumentLibrary;
import vn.dangbo.records.library.DocumentSummary;
import vn.dangbo.records.library.LibraryDocument;

/**
 * The document library of the handbook: everyone signed in reads and searches it (diacritics ignored);
 * officers publish PDFs (the file as the request body, its details in the query) or rich text, and withdraw.
 */
@Path("library/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class LibraryResource {

    public static final String PDF = "application/pdf";

    /** A line of the library: no text, no file; a snippet around the first hit of a search. */
    public record DocumentLine(long id, String title, String number, String issuer, LocalDate issuedOn, String category,
                               boolean mustRead, String format, Integer pageCount, Long fileSize, Instant publishedAt,
                               boolean withdrawn, String snippet, boolean opened) {
        static DocumentLine of(DocumentSummary s) {
            return new DocumentLine(s.id(), s.title(), s.number(), s.issuer(), s.issuedOn(), s.category().name(),
                    s.mustRead(), s.format().name(), s.pageCount(), s.fileSize(), s.publishedAt(),
                    s.withdrawnAt() != null, s.snippet().isEmpty() ? null : s.snippet(), s.opened());
        }
    }

    /**
     * A document to read: rich text as server-cleaned HTML, a PDF's extracted text (its file at /file).
     * Officers also see who published and, if so, who withdrew it and why.
     */
    public record DocumentPage(long id, String title, String number, String issuer, LocalDate issuedOn, String category,
                               boolean mustRead, String format, String html, String text, String fileName,
                               Long fileSize, Integer pageCount, String publishedBy, Instant publishedAt,
                               Instant withdrawnAt, String withdrawnBy, String withdrawalReason,
                               Instant firstOpenedAt) {
        static DocumentPage of(LibraryDocument d, Instant firstOpenedAt) {
            boolean pdf = d.format().name().equals("PDF");
            return new DocumentPage(d.id(), d.title(), d.number(), d.issuer(), d.issuedOn(), d.category().name(),
                    d.mustRead(), d.format().name(), d.html(), pdf ? d.bodyText() : null, d.fileName(), d.fileSize(),
                    d.pageCount(), d.publishedBy(), d.publishedAt(), d.withdrawnAt(), d.withdrawnBy(),
                    d.withdrawalReason(), firstOpenedAt);
        }
    }

    /** A document written in the application. */
    public record RichTextDocument(String title, String number, String issuer, LocalDate issuedOn, String category,
                                   Boolean mustRead, String html) {
    }

    public record Withdrawal(String reason) {
    }

    @Inject
    DocumentLibrary library;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The library, newest first; with q, the documents every word begins a word of (diacritics"
            + " and case ignored), each with a snippet", description = "category: RESOLUTION, DIRECTIVE, REGULATION,"
            + " STUDY, OTHER; withdrawn=true: officers also see withdrawn documents")
    public List<DocumentLine> list(@QueryParam("q") String q, @QueryParam("category") String category,
                                   @QueryParam("withdrawn") @DefaultValue("false") boolean withdrawn) {
        return library.search(q, category, withdrawn).stream().map(DocumentLine::of).toList();
    }

    @GET
    @Path("to-read")
    @Operation(summary = "The must-read documents the caller has not opened yet")
    public List<DocumentLine> toRead() {
        return library.toRead().stream().map(DocumentLine::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A document to read (the caller's first opening is recorded)")
    public DocumentPage get(@PathParam("id") long id) {
        DocumentLibrary.OpenedDocument o = library.open(id);
        return DocumentPage.of(o.document(), o.firstOpenedAt());
    }

    @GET
    @Path("{id}/file")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The PDF of a document")
    public Response file(@PathParam("id") long id) {
        DocumentLibrary.DocumentFile f = library.file(id);
        String encoded = URLEncoder.encode(f.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(f.content(), PDF)
                .header("Content-Disposition", "inline; filename=\"document-" + id + ".pdf\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Publish a document written as rich text (HTML cleaned against an allow-list)")
    public Response write(RichTextDocument body) {
        RequestBody.require(body);
        LibraryDocument d = library.publishRichText(body.title(), body.number(), body.issuer(), body.issuedOn(),
                body.category(), body.mustRead(), body.html());
        return created(d);
    }

    @POST
    @Path("pdf")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Publish a PDF (the file as the body, up to 20 MB; not a PDF, damaged or password-protected: 400)",
            description = "X-File-Name: the file's name (URL-encoded); title, number, issuer, issuedOn (yyyy-MM-dd),"
                    + " category, mustRead in the query")
    public Response upload(InputStream body, @HeaderParam("X-File-Name") String fileName,
                           @QueryParam("title") String title, @QueryParam("number") String number,
                           @QueryParam("issuer") String issuer, @QueryParam("issuedOn") String issuedOn,
                           @QueryParam("category") String category, @QueryParam("mustRead") Boolean mustRead) {
        String name = fileName == null ? null : URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        LibraryDocument d = library.publishPdf(title, number, issuer, QueryDates.parse("issuedOn", issuedOn), category,
                mustRead, name, body);
        return created(d);
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Withdraw a document: hidden from members, kept with who withdrew it and why")
    public DocumentPage withdraw(@PathParam("id") long id, Withdrawal body) {
        RequestBody.require(body);
        return DocumentPage.of(library.withdraw(id, body.reason()), null);
    }

    private Response created(LibraryDocument d) {
        return Response.created(uri.getBaseUriBuilder().path("library/documents/{id}").build(d.id()))
                .entity(DocumentPage.of(d, null)).build();
    }
}
