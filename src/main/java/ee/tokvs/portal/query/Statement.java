package ee.tokvs.portal.query;

import io.quarkus.qute.TemplateData;

/**
 * The head of a printed §4 answer, which reads as a dated statement: when it was issued (Tallinn time), for which
 * insurer, by whom, and the representative company they asked for, if any (else null).
 */
@TemplateData
public record Statement(String issued, String insurer, String person, String company) {
}
