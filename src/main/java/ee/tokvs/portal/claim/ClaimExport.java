package ee.tokvs.portal.claim;

import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeLists;
import ee.tokvs.portal.reference.RegisterNames;
import ee.tokvs.portal.reference.SpecialtyGroups;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiTexts;
import ee.tokvs.portal.shared.web.Cell;
import ee.tokvs.portal.shared.web.SheetExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The claim list as a file: the claims the filter finds, in the list's order, with the filter written above them;
 * code-list values by their labels, dates and amounts as typed cells, in the reader's language.
 */
@ApplicationScoped
public class ClaimExport {

    @Inject
    UiTexts texts;

    @Inject
    CodeLists codes;

    @Inject
    RegisterNames names;

    @Inject
    SpecialtyGroups specialtyGroups;

    /** The table of the claims {@code search} finds; the insurer's column where the reader sees several insurers. */
    SheetExport.Table table(ClaimSearch search, boolean withInsurer, Language language) {
        List<String> header = new ArrayList<>();
        if (withInsurer) {
            header.add(texts.text("col_insurer", language));
        }
        for (String key : List.of("field_claimNumber", "field_contractNumber", "field_receivedDate", "field_incidentNumber",
                "field_incidentDate", "field_status", "field_incidentType", "field_severity", "field_specialty",
                "claims_filter_open", "field_finishedDate", "totals_paid", "totals_reserved")) {
            header.add(texts.text(key, language));
        }
        return new SheetExport.Table() {
            @Override
            public String sheetName() {
                return texts.text("claims_title", language);
            }

            @Override
            public List<String> header() {
                return header;
            }

            @Override
            public void rows(SheetExport.RowSink sink) {
                search.forEach(row -> {
                    try {
                        sink.row(cells(row, withInsurer, language));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }

            @Override
            public List<List<String>> preface() {
                return filterWords(search.filter(), language);
            }
        };
    }

    private List<Cell> cells(ClaimSearch.Row row, boolean withInsurer, Language language) {
        Claim claim = row.claim();
        List<Cell> cells = new ArrayList<>();
        if (withInsurer) {
            cells.add(Cell.text(names.insurer(claim.insurerCode)));
        }
        cells.add(Cell.text(claim.claimNumber));
        cells.add(Cell.text(claim.contract.contractNumber));
        cells.add(Cell.date(claim.receivedDate));
        cells.add(Cell.text(claim.incidentNumber));
        cells.add(Cell.date(claim.incidentDate));
        cells.add(Cell.text(label(CodeList.CLAIM_STATUS, claim.status, language)));
        cells.add(Cell.text(label(CodeList.INCIDENT_TYPE, claim.incidentType, language)));
        cells.add(Cell.text(label(CodeList.SEVERITY, claim.severity, language)));
        cells.add(claim.specialty == null ? Cell.empty() : Cell.text(label(CodeList.SPECIALTY, claim.specialty, language)));
        cells.add(Cell.text(texts.text(claim.handlingFinished ? "claims_filter_open_false" : "claims_filter_open_true",
                language)));
        cells.add(claim.finishedDate == null ? Cell.empty() : Cell.date(claim.finishedDate));
        cells.add(Cell.amount(row.paid()));
        cells.add(Cell.amount(row.reserved()));
        return cells;
    }

    /** The filters set, each a label and its value(s) as the list's form shows them; the drill-downs as sentences. */
    List<List<String>> filterWords(ClaimFilter filter, Language language) {
        List<List<String>> lines = new ArrayList<>();
        line(lines, "field_status", ClaimFilter.chosen(nullable(filter.status)), code -> label(CodeList.CLAIM_STATUS, code, language), language);
        line(lines, "field_incidentType", ClaimFilter.chosen(filter.incidentType), code -> label(CodeList.INCIDENT_TYPE, code, language), language);
        line(lines, "field_severity", ClaimFilter.chosen(filter.severity), code -> label(CodeList.SEVERITY, code, language), language);
        line(lines, "field_specialty", ClaimFilter.chosen(filter.specialty), code -> label(CodeList.SPECIALTY, code, language), language);
        line(lines, "claims_specialty_group", ClaimFilter.chosen(filter.specialtyGroup), code -> specialtyGroups.label(code, language), language);
        line(lines, "col_insurer", ClaimFilter.chosen(filter.insurer), names::insurer, language);
        line(lines, "claims_risk_profile", ClaimFilter.chosen(filter.riskProfile), code -> label(CodeList.RISK_PROFILE, code, language), language);
        if (filter.openOnly() != null) {
            lines.add(List.of(texts.text("claims_filter_open", language),
                    texts.text("claims_filter_open_" + filter.openOnly(), language)));
        }
        Function<String, String> asTyped = String::strip;
        line(lines, "claims_received_from", ClaimFilter.chosen(nullable(filter.receivedFrom)), ClaimExport::day, language);
        line(lines, "claims_received_to", ClaimFilter.chosen(nullable(filter.receivedTo)), ClaimExport::day, language);
        line(lines, "claims_incident_from", ClaimFilter.chosen(nullable(filter.incidentFrom)), ClaimExport::day, language);
        line(lines, "claims_incident_to", ClaimFilter.chosen(nullable(filter.incidentTo)), ClaimExport::day, language);
        line(lines, "field_contractNumber", ClaimFilter.chosen(nullable(filter.contractNumber)), asTyped, language);
        line(lines, "field_claimNumber", ClaimFilter.chosen(nullable(filter.claimNumber)), asTyped, language);
        line(lines, "field_incidentNumber", ClaimFilter.chosen(nullable(filter.incidentNumber)), asTyped, language);
        line(lines, "col_damage_type", ClaimFilter.chosen(nullable(filter.damageType)), code -> label(CodeList.DAMAGE_TYPE, code, language), language);
        line(lines, "col_recovery_type", ClaimFilter.chosen(nullable(filter.recoveryType)), code -> label(CodeList.RECOVERY_TYPE, code, language), language);
        if (filter.attentionKey() != null) {
            lines.add(List.of(texts.text(filter.attentionKey(), language)));
        }
        return lines;
    }

    private void line(List<List<String>> lines, String labelKey, List<String> values, Function<String, String> word,
            Language language) {
        if (!values.isEmpty()) {
            lines.add(List.of(texts.text(labelKey, language), String.join(", ", values.stream().map(word).toList())));
        }
    }

    /** A date as the portal writes dates; anything else as typed. */
    private static String day(String typed) {
        try {
            return Figures.date(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException e) {
            return typed.strip();
        }
    }

    private static List<String> nullable(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private String label(CodeList list, String code, Language language) {
        return codes.label(list, code, language.locale);
    }
}
