package ee.tokvs.portal.testdata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The session's form token as a page of the portal carries it, for tests that post without a browser. */
public final class FormToken {

    private static final Pattern META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    private FormToken() {
    }

    public static String of(String page) {
        return find(page).orElseThrow(() -> new AssertionError("the page carries no form token: "
                + page.substring(0, Math.min(300, page.length()))));
    }

    /** The token, if the page has one (a page without a login has none). */
    public static java.util.Optional<String> find(String page) {
        Matcher meta = META.matcher(page);
        return meta.find() ? java.util.Optional.of(meta.group(1)) : java.util.Optional.empty();
    }
}
