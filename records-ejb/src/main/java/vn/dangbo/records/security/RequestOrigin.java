package vn.dangbo.records.security;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from, for the audit log; filled in by the API layer. */
@RequestScoped
public class RequestOrigin {

    private String description = "internal";

    public String description() {
        return description;
    }

    public void describe(String address, String userAgent) {
        String agent = userAgent == null ? "" : " " + (userAgent.length() > 120 ? userAgent.substring(0, 120) : userAgent);
        this.description = (address == null ? "?" : address) + agent;
    }
}
