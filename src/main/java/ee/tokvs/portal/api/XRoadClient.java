package ee.tokvs.portal.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The X-Road member's subsystem that made a call, as its security server names it in {@code X-Road-Client}
 * ({@code EE/COM/<registry code>/<subsystem>}): only commercial members (COM) with an 8-digit registry code can be
 * insurers or representative companies.
 */
record XRoadClient(String instance, String registryCode, String subsystem) {

    static final String CLIENT_HEADER = "X-Road-Client";
    static final String REPRESENTED_PARTY_HEADER = "X-Road-Represented-Party";

    private static final String CODE = "COM/(\\d{8})";
    private static final Pattern CLIENT = Pattern.compile("([A-Za-z0-9-]{1,32})/" + CODE + "/([A-Za-z0-9][A-Za-z0-9._-]{0,99})");
    private static final Pattern PARTY = Pattern.compile(CODE);

    /** The client, if the header names a subsystem of a COM member of this X-Road instance. */
    static Optional<XRoadClient> parse(String header, String instance) {
        Matcher m = header == null ? null : CLIENT.matcher(header);
        return m == null || !m.matches() || !m.group(1).equals(instance) ? Optional.empty()
                : Optional.of(new XRoadClient(m.group(1), m.group(2), m.group(3)));
    }

    /** The registry code in {@code X-Road-Represented-Party} ({@code COM/<registry code>}), if well-formed. */
    static Optional<String> representedParty(String header) {
        Matcher m = header == null ? null : PARTY.matcher(header);
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The X-Road identifier, as the header gave it. */
    String id() {
        return instance + "/COM/" + registryCode + "/" + subsystem;
    }
}
