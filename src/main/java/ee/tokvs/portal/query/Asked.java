package ee.tokvs.portal.query;

import java.time.Instant;
import java.util.function.Function;

/**
 * An answer with the question's line in the query log: its reference (the log row's number, which Terviseamet's log
 * shows too) and when it was asked. A printed statement carries both, so it can be matched to the log.
 */
public record Asked<T>(long reference, Instant askedAt, T answer) {

    public <U> Asked<U> map(Function<T, U> shown) {
        return new Asked<>(reference, askedAt, shown.apply(answer));
    }
}
