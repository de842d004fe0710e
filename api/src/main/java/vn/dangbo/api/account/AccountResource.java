package vn.dangbo.api.account;

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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.problem.Problems;
import vn.dangbo.records.account.AccountState;
import vn.dangbo.records.account.HandbookAccount;
import vn.dangbo.records.account.HandbookAccountService;
import vn.dangbo.records.account.HandbookAccountService.IssuedLogin;
import vn.dangbo.records.account.HandbookAccountService.Outcome;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.shared.Messages;

/**
 * Handbook logins (tài khoản sổ tay), officers only. Answers that carry a temporary password are not
 * cacheable: the password is shown once and exists nowhere else.
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class AccountResource {

    public record AccountView(long id, long memberId, String username, AccountState state, String createdBy,
                              Instant createdAt, Instant disabledAt, String disabledReason) {
        static AccountView of(HandbookAccount a) {
            return new AccountView(a.id(), a.memberId(), a.username(), a.state(), a.createdBy(), a.createdAt(),
                    a.disabledAt(), a.disabledReason());
        }
    }

    /** What the first-login sheet prints for one member. */
    public record FirstLoginCard(long accountId, long memberId, String memberName, String cellName, String username,
                                 String temporaryPassword) {
        static FirstLoginCard of(IssuedLogin i) {
            return new FirstLoginCard(i.account().id(), i.account().memberId(), i.memberName(), i.cellName(),
                    i.account().username(), i.temporaryPassword());
        }
    }

    public record CellMemberLogin(long memberId, String memberName, MemberStatus status, boolean eligible,
                                  AccountView account) {
        static CellMemberLogin of(HandbookAccountService.MemberLogin r) {
            return new CellMemberLogin(r.member().id(), r.member().fullName(), r.member().status(), r.eligible(),
                    r.account().map(AccountView::of).orElse(null));
        }
    }

    public record BatchLine(long memberId, String memberName, Outcome outcome, FirstLoginCard card, String message) {
    }

    public record NewAccount(Long memberId) {
    }

    public record NewAccountsForCell(Long cellId) {
    }

    public record Disabling(String reason) {
    }

    @Inject
    HandbookAccountService accounts;

    @Inject
    Problems problems;

    @GET
    @Operation(summary = "The members of a cell with their handbook login, if any")
    public List<CellMemberLogin> ofCell(@QueryParam("cellId") Long cellId) {
        return accounts.ofCell(cellId).stream().map(CellMemberLogin::of).toList();
    }

    @GET
    @Path("members/{memberId}")
    @Operation(summary = "One member's handbook login, if any, and whether they may have one")
    public CellMemberLogin ofMember(@PathParam("memberId") long memberId) {
        return CellMemberLogin.of(accounts.ofMember(memberId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the handbook login of one member; the temporary password is in this answer only")
    public Response create(NewAccount body) {
        RequestBody.require(body);
        FirstLoginCard card = FirstLoginCard.of(accounts.create(body.memberId()));
        return Response.status(Response.Status.CREATED).cacheControl(noStore()).entity(card).build();
    }

    @POST
    @Path("batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the missing logins of a cell's eligible members, reporting each member")
    public Response createForCell(NewAccountsForCell body) {
        RequestBody.require(body);
        List<BatchLine> lines = accounts.createForCell(body.cellId()).stream()
                .map(o -> new BatchLine(o.memberId(), o.memberName(), o.outcome(),
                        o.issued().map(FirstLoginCard::of).orElse(null),
                        o.messageKey() == null ? null : Messages.get(problems.locale(), o.messageKey())))
                .toList();
        return Response.ok(lines).cacheControl(noStore()).build();
    }

    @POST
    @Path("{id}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch a login off")
    public AccountView disable(@PathParam("id") long id, Disabling body) {
        return AccountView.of(accounts.disable(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Switch a login back on (members who may use the handbook only)")
    public AccountView enable(@PathParam("id") long id) {
        return AccountView.of(accounts.enable(id));
    }

    private static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        c.setNoCache(true);
        return c;
    }
}
