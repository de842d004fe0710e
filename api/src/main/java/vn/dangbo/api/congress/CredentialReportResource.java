package vn.dangbo.api.congress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.ExcelFiles;
import vn.dangbo.api.Roles;
import vn.dangbo.records.congress.CredentialReport;
import vn.dangbo.records.congress.CredentialReportDocument;
import vn.dangbo.records.congress.CredentialReportService;
import vn.dangbo.records.congress.CredentialReportWorkbook;

/**
 * The credential committee's report (báo cáo thẩm tra tư cách đại biểu): its figures, and the same report as a
 * Word document to sign and an Excel workbook. Its own class, beside the congress endpoints, under their path.
 */
@Path("congresses/{id}/credential-report")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class CredentialReportResource {


    @Inject
    CredentialReportService reports;

    @GET
    @Operation(summary = "The credential report for a session (default: the one open for check-in, else the latest)",
            description = "The organising board, the credential committee and the presidium; percentages are of the "
                    + "official delegates convened, ages and party ages at the opening date")
    public CredentialReport report(@PathParam("id") long id, @QueryParam("sessionId") Long sessionId) {
        return reports.report(id, sessionId);
    }

    @GET
    @Path("docx")
    @Produces(ExcelFiles.DOCX)
    @Operation(summary = "The credential report as a Word document, for the head of the committee to sign")
    public Response docx(@PathParam("id") long id, @QueryParam("sessionId") Long sessionId) {
        CredentialReport r = reports.export(id, sessionId, "docx");
        StreamingOutput body = out -> CredentialReportDocument.writeDocx(r, out);
        return Response.ok(body, ExcelFiles.DOCX).header("Content-Disposition", disposition(r, "docx")).build();
    }

    @GET
    @Path("xlsx")
    @Produces(ExcelFiles.XLSX)
    @Operation(summary = "The credential report as an Excel workbook: a sheet per structure and the delegate list")
    public Response xlsx(@PathParam("id") long id, @QueryParam("sessionId") Long sessionId) {
        CredentialReport r = reports.export(id, sessionId, "xlsx");
        StreamingOutput body = out -> CredentialReportWorkbook.write(r, out);
        return Response.ok(body, ExcelFiles.XLSX).header("Content-Disposition", disposition(r, "xlsx")).build();
    }

    private static String disposition(CredentialReport r, String extension) {
        return "attachment; filename=\"bao-cao-tham-tra-tu-cach-dai-bieu-" + r.congressId()
                + (r.sessionId() == null ? "" : "-phien-" + r.sessionId()) + "." + extension + "\"";
    }
}
