package ee.tokvs.portal.testdata;

import ee.tokvs.portal.shared.rules.Findings;
import java.util.function.Function;

/** A builder's form read as every channel reads it: a builder's values must all be readable, or the test is wrong. */
final class FormReading {

    private FormReading() {
    }

    static <T> T read(String what, Function<Findings, T> reader) {
        Findings reading = new Findings();
        T read = reader.apply(reading);
        if (!reading.isEmpty()) {
            throw new IllegalStateException("the " + what + " cannot be read: " + reading);
        }
        return read;
    }
}
