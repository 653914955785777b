package ee.tokvs.portal.upload;

import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeListEntry;
import ee.tokvs.portal.reference.CodeLists;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Files may name a code-list entry by its code or by its Estonian or English label, in any case; this turns
 * either into the code. What matches nothing is passed on unchanged, for the rules to call unknown.
 */
final class CodeMatcher {

    private final CodeLists codeLists;
    private final Map<CodeList, Map<String, String>> byText = new EnumMap<>(CodeList.class);

    CodeMatcher(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    String code(CodeList list, String text) {
        if (text == null) {
            return null;
        }
        String code = byText.computeIfAbsent(list, this::index).get(key(text));
        return code == null ? text : code;
    }

    private Map<String, String> index(CodeList list) {
        Map<String, String> index = new HashMap<>();
        for (CodeListEntry entry : codeLists.entries(list).values()) {
            index.putIfAbsent(key(entry.labelEt), entry.code());
            index.putIfAbsent(key(entry.labelEn), entry.code());
        }
        // Codes win over labels where the two could be confused.
        codeLists.entries(list).values().forEach(e -> index.put(key(e.code()), e.code()));
        return index;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
