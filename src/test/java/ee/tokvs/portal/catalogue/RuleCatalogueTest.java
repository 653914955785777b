package ee.tokvs.portal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.shared.i18n.MessagesCompletenessTest;
import ee.tokvs.portal.shared.rules.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue is complete and worded: every rule has its text in both languages, every text of the rules
 * bundle belongs to a rule, and the main sources make no finding but through a rule the catalogue holds.
 */
class RuleCatalogueTest {

    private static final Path SOURCES = Path.of("src/main/java/ee/tokvs/portal");
    /** A rule's declaration: {@code Rule NAME = Rule.error("key", field, …}. */
    private static final Pattern DECLARATION = Pattern.compile(
            "Rule\\s+(\\w+)\\s*=\\s*Rule\\.(?:error|warning)\\(\\s*\"([^\"]*)\"\\s*,\\s*([^,]+),");
    private static final Pattern FACTORY = Pattern.compile("\\bRule\\.(?:error|warning)\\(");
    private static final Pattern DECLARED_BEFORE = Pattern.compile("\\bRule\\.(?:error|warning)\\(\\s*$");
    private static final Pattern NEW_FINDING = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?Finding\\s*\\(");
    private static final Pattern NEW_RULE = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?Rule\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*)\"");
    private static final Pattern USE = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\.(at|atField)\\(");
    /**
     * The one place outside {@link Rule} that builds a finding itself: an upload problem read back from the database
     * becomes a finding again, with the key a rule's finding gave it when it was written.
     */
    private static final Set<String> FINDINGS_RESTORED = Set.of("upload/UploadProblem.java");

    /**
     * The OpenAPI document's examples show answers as JSON text, rule codes included: they make no finding, and
     * {@link #theApisExamplesNameRulesTheCatalogueHolds()} holds every code they name to the catalogue.
     */
    private static final String API_EXAMPLES = "api/ApiExamples.java";

    private static Properties et;
    private static Properties en;
    private static Map<String, String> sources;

    @BeforeAll
    static void read() throws IOException {
        et = MessagesCompletenessTest.load("rules", "et");
        en = MessagesCompletenessTest.load("rules", "en");
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .forEach(f -> sources.put(SOURCES.relativize(f).toString(), text(f)));
        }
    }

    @Test
    void everyRuleIsWordedInBothLanguagesWithTheSamePlaceholders() {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : RuleCatalogue.all()) {
            String inEstonian = et.getProperty(rule.key(), "");
            String inEnglish = en.getProperty(rule.key(), "");
            if (inEstonian.isBlank() || inEnglish.isBlank()) {
                wrong.add(rule.key() + " has no text in " + (inEstonian.isBlank() ? "Estonian" : "English"));
            } else if (!MessagesCompletenessTest.placeholders(inEstonian).equals(MessagesCompletenessTest.placeholders(inEnglish))) {
                wrong.add(rule.key() + " has other placeholders in Estonian than in English");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyTextOfTheRulesBundleBelongsToARule() {
        Set<String> texts = new TreeSet<>(et.stringPropertyNames());
        texts.addAll(en.stringPropertyNames());
        texts.removeIf(key -> RuleCatalogue.find(key).isPresent());
        assertEquals(Set.of(), texts, "texts no rule reports");
    }

    @Test
    void everyRuleIsDataAndSaysWhatItRestsOn() {
        assertTrue(RuleCatalogue.all().size() > 50, "the features' lists were collected");
        for (Rule rule : RuleCatalogue.all()) {
            assertTrue(rule.key().matches("[a-z][a-z0-9_]*"), rule.key());
            assertTrue(rule.level() != null && rule.field() != null, rule.key());
            Rule.LegalBasis basis = rule.legalBasis();
            assertTrue(basis.reference() != null ? !basis.reference().isBlank() : !basis.withoutBecause().isBlank(),
                    rule.key() + " names its legal basis, or why it has none");
        }
    }

    /** Each declared once, and every declaration in the catalogue: a rule left out of its owner's list is found. */
    @Test
    void theCatalogueHoldsEveryRuleTheSourcesDeclare() {
        Map<String, Long> declared = declarations().stream()
                .collect(Collectors.groupingBy(Declaration::key, TreeMap::new, Collectors.counting()));
        long factories = sources.values().stream().mapToLong(s -> FACTORY.matcher(s).results().count()).sum();
        assertEquals(factories, declarations().size(), "every Rule.error/warning declares a constant with a literal key");
        declared.forEach((key, times) -> assertEquals(1L, times, key + " is declared more than once"));
        Set<String> catalogued = RuleCatalogue.all().stream().map(Rule::key).collect(Collectors.toSet());
        Set<String> leftOut = new TreeSet<>(declared.keySet());
        leftOut.removeAll(catalogued);
        assertEquals(Set.of(), leftOut, "declared, but in no owner's list the catalogue collects");
        assertEquals(declared.size(), catalogued.size());
    }

    /**
     * A key of the rules bundle (or anything named rule_…) appears in the sources only where its rule is declared, and
     * only a rule makes a finding.
     */
    @Test
    void noFindingIsMadeFromABareString() {
        Set<String> keys = new TreeSet<>(et.stringPropertyNames());
        keys.addAll(en.stringPropertyNames());
        List<String> bare = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher m = LITERAL.matcher(text);
            while (m.find()) {
                String literal = m.group(1);
                boolean declaration = DECLARED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
                if ((keys.contains(literal) || literal.startsWith("rule_")) && !declaration && !file.equals(API_EXAMPLES)) {
                    bare.add(file + ": \"" + literal + "\"");
                }
            }
            boolean rule = file.equals("shared/rules/Rule.java");
            if (NEW_FINDING.matcher(text).find() && !rule && !FINDINGS_RESTORED.contains(file)) {
                bare.add(file + ": new Finding(");
            }
            if (NEW_RULE.matcher(text).find() && !rule) {
                bare.add(file + ": new Rule(");
            }
        });
        assertEquals(List.of(), bare);
    }

    /** A generic rule is always given its field where it is used, any other never: statically, for every path. */
    @Test
    void theApisExamplesNameRulesTheCatalogueHolds() {
        Matcher m = Pattern.compile("\"code\": \"((?:rule|upload)_[a-z0-9_]+)\"").matcher(sources.get(API_EXAMPLES));
        List<String> named = new ArrayList<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertTrue(!named.isEmpty(), "the examples name rules");
        assertEquals(List.of(), named.stream().filter(key -> RuleCatalogue.find(key).isEmpty()).toList());
    }

    @Test
    void genericRulesAreGivenTheirFieldAndOthersAreNot() {
        Map<String, Set<Boolean>> generic = new HashMap<>();
        declarations().forEach(d -> generic.computeIfAbsent(d.name(), n -> new TreeSet<>()).add(d.generic()));
        List<String> wrong = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher m = USE.matcher(text);
            while (m.find()) {
                Set<Boolean> kinds = generic.get(m.group(1));
                if (kinds != null && kinds.size() == 1 && kinds.contains(true) != m.group(2).equals("atField")) {
                    wrong.add(file + ": " + m.group(1) + "." + m.group(2));
                }
            }
        });
        assertTrue(generic.values().stream().anyMatch(k -> k.contains(true)), "the generic rules were found");
        assertEquals(List.of(), wrong);
    }

    private record Declaration(String name, String key, boolean generic) {
    }

    private static List<Declaration> declarations() {
        List<Declaration> all = new ArrayList<>();
        for (String text : sources.values()) {
            Matcher m = DECLARATION.matcher(text);
            while (m.find()) {
                all.add(new Declaration(m.group(1), m.group(2), m.group(3).strip().endsWith("AT_USE")));
            }
        }
        return all;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
