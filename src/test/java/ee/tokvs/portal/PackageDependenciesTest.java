package ee.tokvs.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's packages form layers: {@code shared.*} depends on no feature, and no two feature packages
 * depend on each other, however indirectly. Read from the main sources: every import and every fully
 * qualified name counts.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/ee/tokvs/portal");
    private static final Pattern REFERENCE = Pattern.compile("\\bee\\.tokvs\\.portal\\.([a-z0-9]+)(?:\\.([a-z0-9]+))?");

    @Test
    void sharedCodeDependsOnNoFeature() {
        Map<String, Set<String>> graph = packageGraph();
        List<String> wrong = new ArrayList<>();
        graph.forEach((from, targets) -> {
            if (from.startsWith("shared")) {
                targets.stream().filter(to -> !to.startsWith("shared")).forEach(to -> wrong.add(from + " -> " + to));
            }
        });
        assertTrue(graph.containsKey("shared.web"), "the sources were read");
        assertEquals(List.of(), wrong);
    }

    @Test
    void noPackagesDependOnEachOther() {
        Map<String, Set<String>> graph = packageGraph();
        List<List<String>> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            for (String next : graph.get(start)) {
                List<String> back = path(graph, next, start, new TreeSet<>());
                if (back != null && start.compareTo(next) < 0) {
                    List<String> cycle = new ArrayList<>(List.of(start));
                    cycle.addAll(back);
                    cycles.add(cycle);
                }
            }
        }
        assertTrue(graph.get("claim").contains("contract"), "the graph holds the known dependency claim -> contract");
        assertEquals(List.of(), cycles);
    }

    /** A path from {@code from} to {@code to} along the graph, or null. */
    private static List<String> path(Map<String, Set<String>> graph, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return new ArrayList<>(List.of(to));
        }
        if (!seen.add(from)) {
            return null;
        }
        for (String next : graph.getOrDefault(from, Set.of())) {
            List<String> rest = path(graph, next, to, seen);
            if (rest != null) {
                rest.add(0, from);
                return rest;
            }
        }
        return null;
    }

    /** Package (feature, or shared.sub) to the packages its sources name. */
    static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String from = packageOf(SOURCES.relativize(file.getParent()).toString().replace('/', '.'));
                Set<String> targets = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(read(file));
                while (m.find()) {
                    String to = packageOf(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
                    if (!to.equals(from)) {
                        targets.add(to);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** The feature package, or for shared code its sub-package ("shared.web"). */
    private static String packageOf(String name) {
        String[] parts = name.split("\\.");
        return parts[0].equals("shared") && parts.length > 1 ? "shared." + parts[1] : parts[0];
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
