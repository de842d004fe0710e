package vn.dangbo.api.minutes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.ExcelFiles;
import vn.dangbo.api.Roles;
import vn.dangbo.records.minutes.CongressMinutes;
import vn.dangbo.records.minutes.CongressMinutesFiles;
import vn.dangbo.records.minutes.CongressMinutesService;

/** The congress minutes (biên bản đại hội), as a Word document and as a PDF. */
@Path("congresses/{id}/minutes")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class CongressMinutesResource {


    @Inject
    CongressMinutesService minutes;

    @GET
    @Path("docx")
    @Produces(ExcelFiles.DOCX)
    @Operation(summary = "The minutes: agenda, speakers, votes and election results, with the resolution's text when "
            + "resolutionId names one of the congress's documents (the secretariat, the presidium, the organising board)")
    public Response docx(@PathParam("id") long id, @QueryParam("resolutionId") Long resolutionId) {
        CongressMinutes m = minutes.minutes(id, resolutionId);
        return Response.ok(CongressMinutesFiles.docx(m), ExcelFiles.DOCX).header("Content-Disposition", disposition(id, "docx")).build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(summary = "The same minutes as a PDF")
    public Response pdf(@PathParam("id") long id, @QueryParam("resolutionId") Long resolutionId) {
        CongressMinutes m = minutes.minutes(id, resolutionId);
        return Response.ok(CongressMinutesFiles.pdf(m), "application/pdf")
                .header("Content-Disposition", disposition(id, "pdf")).build();
    }

    private static String disposition(long id, String extension) {
        return "attachment; filename=\"bien-ban-dai-hoi-" + id + "." + extension + "\"";
    }
}
