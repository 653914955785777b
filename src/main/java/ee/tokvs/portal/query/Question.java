package ee.tokvs.portal.query;

import io.quarkus.qute.TemplateData;
import ee.tokvs.portal.shared.web.FormFields;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A §4 question as the pages ask it: which of the two, and the registry code typed or the risk profile chosen (blank
 * until the user asks). Its page, field and texts follow from which it is.
 */
@TemplateData
public record Question(QueryLogEntry.Query kind, String value) {

    public static Question provider(String registryCode) {
        return new Question(QueryLogEntry.Query.PROVIDER_REPORT, registryCode);
    }

    public static Question profile(String riskProfile) {
        return new Question(QueryLogEntry.Query.PROFILE_STATISTICS, riskProfile);
    }

    public boolean isProvider() {
        return kind == QueryLogEntry.Query.PROVIDER_REPORT;
    }

    /** Whether there is anything to ask: a page opened without a value shows just the form. */
    public boolean isAsked() {
        return value != null && !value.isBlank();
    }

    public String path() {
        return isProvider() ? "/queries/provider" : "/queries/profile";
    }

    /** The form field, and the field a refusal names ({@link RiskQueries}). */
    public String field() {
        return isProvider() ? RiskQueries.REGISTRY_CODE : RiskQueries.RISK_PROFILE;
    }

    /** The form's one field with its label, for the error summary and a required field's message. */
    public FormFields fields() {
        return FormFields.of().field(field(), isProvider() ? "query_field_registryCode" : "query_field_riskProfile");
    }

    /** The question as a URL's query, for the links to its exports and print view. */
    public String query() {
        return field() + "=" + URLEncoder.encode(value == null ? "" : value.strip(), StandardCharsets.UTF_8);
    }

    public String titleKey() {
        return "query_title_" + kind;
    }

    public String introKey() {
        return "query_intro_" + kind;
    }

    public String legalKey() {
        return "query_legal_" + kind;
    }

    /** A download's name: what was asked about, and the day. */
    public String fileName(LocalDate day) {
        return "tokvs-" + (isProvider() ? "provider-" : "profile-") + value.strip() + "-" + day;
    }
}
