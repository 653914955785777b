package ee.tokvs.portal.query;

import io.quarkus.qute.TemplateData;

/**
 * The head of a printed §4 answer, which reads as a dated statement: its number (the question's line in the query
 * log), when it was issued (the logged time, Tallinn time), for which insurer, by whom, and the representative company
 * they asked for, if any (else null).
 */
@TemplateData
public record Statement(long reference, String issued, String insurer, String person, String company) {
}
