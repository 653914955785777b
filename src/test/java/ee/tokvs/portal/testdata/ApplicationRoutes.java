package ee.tokvs.portal.testdata;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The application's routes as "VERB /path/{param}", so tests that must cover every route find them all. */
public final class ApplicationRoutes {

    private ApplicationRoutes() {
    }

    /** Every JAX-RS route of the application, read from its compiled classes. */
    public static Set<String> all() throws IOException, ClassNotFoundException {
        Set<String> routes = new TreeSet<>();
        java.nio.file.Path classes = Paths.get("target", "classes");
        List<String> names = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .forEach(f -> names.add(classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "")));
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, ApplicationRoutes.class.getClassLoader());
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = join(root.value(), sub == null ? "" : sub.value());
                routes.add(verb + " " + path);
            }
        }
        return routes;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
