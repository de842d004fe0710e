package vn.dangbo.records.account;

import vn.dangbo.records.shared.NotFound;

public class AccountNotFound extends NotFound {
    public AccountNotFound(long id) {
        super("account.notFound", id);
    }
}
