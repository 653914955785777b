package ee.tokvs.portal.upload;

import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a file read against its kind's layout: where each field's column is and what the file
 * calls it. Unknown, missing and repeated columns are problems of the whole file.
 */
final class UploadHeader {

    private final UploadKind kind;
    private final Map<String, Integer> indexOfField = new LinkedHashMap<>();
    private final Map<String, String> nameOfField = new LinkedHashMap<>();
    private final List<Finding> problems = new ArrayList<>();
    private final boolean estonianNames;

    private UploadHeader(UploadKind kind, TableRow header, boolean estonianNames) {
        this.kind = kind;
        this.estonianNames = estonianNames;
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            var column = kind.column(name);
            if (column.isEmpty()) {
                unknown.add(name);
            } else if (indexOfField.containsKey(column.get().field())) {
                repeated.add(name);
            } else {
                indexOfField.put(column.get().field(), i);
                nameOfField.put(column.get().field(), name);
            }
        }
        List<String> missing = kind.columns.stream()
                .filter(c -> c.required() && !indexOfField.containsKey(c.field()))
                .map(c -> c.name(estonianNames))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(UploadRules.FILE_MISSING_COLUMNS.at(String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            problems.add(UploadRules.FILE_UNKNOWN_COLUMNS.at(String.join(", ", unknown)));
        }
        if (!repeated.isEmpty()) {
            problems.add(UploadRules.FILE_REPEATED_COLUMNS.at(String.join(", ", repeated)));
        }
    }

    /** Reads the first row as the header; names in the file's own language are used in the report. */
    static UploadHeader read(UploadKind kind, TableRow header, boolean estonianNames) {
        return new UploadHeader(kind, header, estonianNames);
    }

    /** Problems of the file as a whole. */
    List<Finding> problems() {
        return problems;
    }

    /** The row's text for a field, or null where the file has no such column or the cell is blank. */
    String value(TableRow row, String field) {
        Integer index = indexOfField.get(field);
        return index == null ? null : Fields.text(row.cell(index));
    }

    /** Whether the file has a column for the field. */
    boolean has(String field) {
        return indexOfField.containsKey(field);
    }

    /** What the file calls a field's column, or the layout's name where the file has none. */
    String columnName(String field) {
        String named = nameOfField.get(field);
        if (named != null) {
            return named;
        }
        return kind.columnOf(field).map(c -> c.name(estonianNames)).orElse(null);
    }
}
