package ee.tokvs.portal.testdata;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Every JAX-RS route of the application ("GET /claims/{id}"), read from its compiled classes, with the
 * resource methods that serve it: tests that must cover every route take them from here, so a new page
 * cannot be forgotten.
 */
public final class Routes {

    private Routes() {
    }

    /**
     * The routes a browser's session reaches: all but the API's, which take a system's bearer token and never a
     * session cookie (the API's tests try those).
     */
    public static Set<String> pages() throws IOException, ClassNotFoundException {
        Set<String> pages = new java.util.TreeSet<>(application().keySet());
        pages.removeIf(route -> route.contains(" /api/"));
        return pages;
    }

    public static Map<String, List<Method>> application() throws IOException, ClassNotFoundException {
        Map<String, List<Method>> routes = new TreeMap<>();
        java.nio.file.Path classes = Paths.get("target", "classes");
        List<String> names = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .forEach(f -> names.add(classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "")));
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, Routes.class.getClassLoader());
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
                routes.computeIfAbsent(verb + " " + join(root.value(), sub == null ? "" : sub.value()),
                        k -> new ArrayList<>()).add(method);
            }
        }
        return routes;
    }

    /** The query and form parameters the route's resource methods declare, also through their form beans. */
    public static Set<String> declaredParameters(String route) throws IOException, ClassNotFoundException {
        Set<String> names = new LinkedHashSet<>();
        for (Method method : application().getOrDefault(route, List.of())) {
            for (Parameter parameter : method.getParameters()) {
                name(parameter.getAnnotations(), parameter.getName(), names);
                if (parameter.isAnnotationPresent(BeanParam.class)) {
                    for (Field field : parameter.getType().getDeclaredFields()) {
                        name(field.getAnnotations(), field.getName(), names);
                    }
                }
            }
        }
        return names;
    }

    private static void name(Annotation[] annotations, String fallback, Set<String> names) {
        for (Annotation annotation : annotations) {
            String value = annotation instanceof QueryParam q ? q.value()
                    : annotation instanceof FormParam f ? f.value()
                    : annotation instanceof RestForm f ? (f.value().isEmpty() ? fallback : f.value())
                    : annotation instanceof RestQuery q ? (q.value().isEmpty() ? fallback : q.value()) : null;
            if (value != null) {
                names.add(value);
            }
        }
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
