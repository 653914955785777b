package ee.tokvs.portal.upload;

import java.util.List;

/**
 * A file that cannot be read as an upload at all (empty, not UTF-8, not a spreadsheet, wrong columns …):
 * one message for the whole file, as a bundle key with arguments.
 */
public class UploadFileException extends Exception {

    private final String messageKey;
    private final transient List<Object> args;

    public UploadFileException(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
