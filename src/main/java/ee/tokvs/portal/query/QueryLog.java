package ee.tokvs.portal.query;

import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.reference.RegisteredOrganisation;
import ee.tokvs.portal.reference.RepresentativeCompany;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A page of the §4 question log as Terviseamet (every insurer's) or an insurer's admin (its own) reads it: the tenant
 * filter and row-level security decide whose rows; the organisations are named as the register names them.
 *
 * @param page the page shown, from 0
 * @param hasNext whether older questions follow
 */
@TemplateData
public record QueryLog(List<Row> rows, int page, boolean hasNext) {

    public static final int PAGE_SIZE = 50;
    /** Further back than anyone pages by hand; keeps the offset far from overflowing. */
    private static final int LAST_PAGE = 100_000;

    /** One question, with the names of the insurer and of the representative company it was asked through. */
    @TemplateData
    public record Row(QueryLogEntry entry, String insurer, String company) {

        public String channelKey() {
            return "query_log_channel_" + entry.channel;
        }

        public String queryKey() {
            return "query_log_query_" + entry.query;
        }

        public boolean isByProfile() {
            return entry.query == QueryLogEntry.Query.PROFILE_STATISTICS;
        }
    }

    public static QueryLog page(int requested) {
        int page = Math.min(Math.max(requested, 0), LAST_PAGE);
        // a page and one more row: whether there is an older question
        List<QueryLogEntry> read = QueryLogEntry.latest(page * PAGE_SIZE, PAGE_SIZE + 1);
        boolean hasNext = read.size() > PAGE_SIZE;
        List<QueryLogEntry> entries = hasNext ? read.subList(0, PAGE_SIZE) : read;
        List<String> insurerCodes = codes(entries.stream().map(e -> e.insurerCode));
        List<String> companyCodes = codes(entries.stream().map(e -> e.actorOrgCode));
        Map<String, String> insurers = namesOf(insurerCodes.isEmpty() ? List.of()
                : Insurer.<Insurer>list("registryCode in ?1", insurerCodes));
        Map<String, String> companies = namesOf(companyCodes.isEmpty() ? List.of()
                : RepresentativeCompany.<RepresentativeCompany>list("registryCode in ?1", companyCodes));
        return new QueryLog(entries.stream().map(e -> new Row(e, insurers.getOrDefault(e.insurerCode, ""),
                e.actorOrgCode == null ? null : companies.getOrDefault(e.actorOrgCode, ""))).toList(), page, hasNext);
    }

    private static List<String> codes(Stream<String> codes) {
        return codes.filter(Objects::nonNull).distinct().toList();
    }

    private static Map<String, String> namesOf(List<? extends RegisteredOrganisation> organisations) {
        return organisations.stream().collect(Collectors.toMap(o -> o.registryCode, o -> o.name, (a, b) -> a));
    }
}
