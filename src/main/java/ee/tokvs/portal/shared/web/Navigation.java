package ee.tokvs.portal.shared.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Which menu entry is the page the reader is on, for the menu's {@code aria-current="page"}. Templates reach it as
 * {@code inject:nav}.
 */
@RequestScoped
@Named("nav")
public class Navigation {

    /** Menu entries inside another entry's addresses: a page under them is theirs, not the outer entry's. */
    private static final List<String> NESTED = List.of("/dashboards/triangles", "/reference/providers/unknown");

    @Inject
    CurrentVertxRequest vertxRequest;

    /**
     * "page" where the entry's address is this page or a page under it (and not under a nested entry of its own);
     * null elsewhere, so the attribute is left out.
     */
    public String current(String entry) {
        String path = vertxRequest.getCurrent() == null ? "" : vertxRequest.getCurrent().normalizedPath();
        return under(path, entry) && NESTED.stream().noneMatch(n -> !n.equals(entry) && under(n, entry) && under(path, n))
                ? "page" : null;
    }

    private static boolean under(String path, String entry) {
        return path.equals(entry) || !entry.equals("/") && path.startsWith(entry + "/");
    }
}
