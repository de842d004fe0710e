package vn.dangbo.api.fee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.fee.ArrearsLevel;
import vn.dangbo.records.fee.FeeCategoryRate;
import vn.dangbo.records.fee.FeeLedger;
import vn.dangbo.records.fee.FeeLedgerWorkbook;
import vn.dangbo.records.fee.FeePayment;
import vn.dangbo.records.fee.FeeService;
import vn.dangbo.records.fee.MemberFeeBasis;
import vn.dangbo.records.shared.Messages;

/** Party fees (đảng phí): category amounts, members' bases, monthly payments, ledgers and arrears. */
@Path("fees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class FeeResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record FeeRateView(long id, String code, String name, long amount, String effectiveMonth, String recordedBy,
                              Instant recordedAt) {
        static FeeRateView of(FeeCategoryRate r) {
            return new FeeRateView(r.id(), r.code(), r.name(), r.amount(), r.effectiveMonth().toString(),
                    r.recordedBy(), r.recordedAt());
        }
    }

    public record NewFeeRate(String code, String name, Long amount, String effectiveMonth) {
    }

    public record FeeBasisView(long id, long memberId, String effectiveMonth, Long salary, String categoryCode,
                               String recordedBy, Instant recordedAt) {
        static FeeBasisView of(MemberFeeBasis b) {
            return new FeeBasisView(b.id(), b.memberId(), b.effectiveMonth().toString(), b.salary(), b.categoryCode(),
                    b.recordedBy(), b.recordedAt());
        }
    }

    public record NewFeeBasis(String effectiveMonth, Long salary, String categoryCode) {
    }

    public record PaymentView(long id, long memberId, long cellId, String month, long amount, LocalDate paidOn,
                              String note, String recordedBy, Instant recordedAt, Long correctsId, boolean current) {
        static PaymentView of(FeePayment p) {
            return new PaymentView(p.id(), p.memberId(), p.cellId(), p.month().toString(), p.amount(), p.paidOn(),
                    p.note(), p.recordedBy(), p.recordedAt(), p.correctsId(), p.current());
        }
    }

    public record NewPayment(Long memberId, String month, Long amount, LocalDate paidOn, String note) {
    }

    public record PaymentCorrection(Long amount, LocalDate paidOn, String reason) {
    }

    public record LedgerMonth(String month, boolean owed, Long due, Long paymentId, Long paid, LocalDate paidOn,
                              String recordedBy) {
    }

    public record LedgerMember(long memberId, String fullName, LocalDate inCellSince, List<LedgerMonth> months,
                               long due, long paid, long arrears, int unpaidMonths, ArrearsLevel level,
                               boolean basisMissing) {
    }

    public record CellFeeLedger(long cellId, String cellName, int year, List<LedgerMember> members, long due,
                                long paid, long arrears, int warnings, int flags) {
        static CellFeeLedger of(FeeLedger l) {
            return new CellFeeLedger(l.cellId(), l.cellName(), l.year(), l.members().stream().map(m ->
                    new LedgerMember(m.memberId(), m.fullName(), m.inCellSince(), m.months().stream().map(x ->
                            new LedgerMonth(x.month().toString(), x.owed(), x.due(), x.paymentId(), x.paid(),
                                    x.paidOn(), x.recordedBy())).toList(), m.due(), m.paid(), m.arrears(),
                            m.unpaidMonths(), m.level(), m.basisMissing())).toList(),
                    l.due(), l.paid(), l.arrears(), l.warnings(), l.flags());
        }
    }

    @Inject
    FeeService fees;

    @Context
    HttpHeaders headers;

    @GET
    @Path("categories")
    @Operation(summary = "Fixed monthly amounts per category of members, each from a month on")
    public List<FeeRateView> categories() {
        return fees.categoryRates().stream().map(FeeRateView::of).toList();
    }

    @POST
    @Path("categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Set a category's fixed monthly amount (VND) from a month (yyyy-MM) on")
    public Response setCategory(NewFeeRate body) {
        RequestBody.require(body);
        FeeCategoryRate r = fees.setCategoryRate(body.code(), body.name(), body.amount(), body.effectiveMonth());
        return Response.status(Response.Status.CREATED).entity(FeeRateView.of(r)).build();
    }

    @GET
    @Path("members/{id}/bases")
    @Operation(summary = "A member's fee bases (salary or category), oldest first")
    public List<FeeBasisView> bases(@PathParam("id") long memberId) {
        return fees.bases(memberId).stream().map(FeeBasisView::of).toList();
    }

    @POST
    @Path("members/{id}/bases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a member's salary (1% due) or fixed-amount category from a month on")
    public Response setBasis(@PathParam("id") long memberId, NewFeeBasis body) {
        RequestBody.require(body);
        MemberFeeBasis b = fees.setBasis(memberId, body.effectiveMonth(), body.salary(), body.categoryCode());
        return Response.status(Response.Status.CREATED).entity(FeeBasisView.of(b)).build();
    }

    @GET
    @Path("members/{id}/payments")
    @Operation(summary = "Every payment of a member for a month (yyyy-MM), corrections included")
    public List<PaymentView> payments(@PathParam("id") long memberId, @QueryParam("month") String month) {
        return fees.paymentHistory(memberId, month).stream().map(PaymentView::of).toList();
    }

    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a member's fee for a month",
            description = "201 when recorded; 200 when the identical payment was already recorded; 409 when a "
                    + "different payment exists for that month (record a correction instead)")
    public Response pay(NewPayment body) {
        RequestBody.require(body);
        FeeService.Recorded r = fees.recordPayment(body.memberId(), body.month(), body.amount(), body.paidOn(),
                body.note());
        return Response.status(r.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(PaymentView.of(r.payment())).build();
    }

    @POST
    @Path("payments/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a payment: a new payment replaces it, the old one stays in the history")
    public Response correct(@PathParam("id") long paymentId, PaymentCorrection body) {
        RequestBody.require(body);
        FeePayment p = fees.correctPayment(paymentId, body.amount(), body.paidOn(), body.reason());
        return Response.status(Response.Status.CREATED).entity(PaymentView.of(p)).build();
    }

    @GET
    @Path("ledger")
    @Operation(summary = "A cell's ledger for a year: members month by month, arrears, warnings (2) and flags (3)")
    public CellFeeLedger ledger(@QueryParam("cellId") Long cellId, @QueryParam("year") Integer year) {
        return CellFeeLedger.of(fees.ledger(cellId, year));
    }

    @GET
    @Path("ledger/xlsx")
    @Produces(XLSX)
    @Operation(summary = "The same ledger as an Excel workbook (.xlsx)")
    public Response ledgerWorkbook(@QueryParam("cellId") Long cellId, @QueryParam("year") Integer year) {
        FeeLedger ledger = fees.ledger(cellId, year);
        Locale locale = Messages.supported(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0));
        StreamingOutput body = out -> FeeLedgerWorkbook.write(ledger, locale, out);
        return Response.ok(body, XLSX).header("Content-Disposition",
                "attachment; filename=\"dang-phi-" + ledger.year() + "-chi-bo-" + ledger.cellId() + ".xlsx\"").build();
    }

    @GET
    @Path("arrears")
    @Operation(summary = "Arrears per cell for a year: all cells for officers, their own for secretaries")
    public List<FeeLedger.CellArrears> arrears(@QueryParam("year") Integer year) {
        return fees.arrears(year);
    }
}
