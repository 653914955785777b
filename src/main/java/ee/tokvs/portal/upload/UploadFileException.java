package ee.tokvs.portal.upload;

import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.Rule;

/**
 * A file that cannot be read as an upload at all (empty, not UTF-8, not a spreadsheet, wrong columns …):
 * one finding for the whole file.
 */
public class UploadFileException extends Exception {

    private final transient Finding finding;

    public UploadFileException(Rule rule, Object... args) {
        super(rule.key(), null, false, false);
        this.finding = rule.at(args);
    }

    public Finding finding() {
        return finding;
    }
}
