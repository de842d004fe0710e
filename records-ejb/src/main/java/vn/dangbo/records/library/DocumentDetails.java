package vn.dangbo.records.library;

import java.time.LocalDate;

/** What an officer says about a document, checked: title, number/symbol, issuing body, date, category, must-read. */
public record DocumentDetails(String title, String number, String issuer, LocalDate issuedOn,
                              DocumentCategory category, boolean mustRead) {
}
