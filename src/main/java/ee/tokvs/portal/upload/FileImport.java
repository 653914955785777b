package ee.tokvs.portal.upload;

import java.sql.SQLException;

/**
 * A file of one kind, judged first and written second, in the upload's one transaction and in constant memory
 * whatever its length: its rows staged, judged record by record, their problems reported in the file's order, and
 * unless anything refuses the file, its saves written as sets.
 */
interface FileImport {

    /** Stages the file's rows after the header. A file that cannot be read further is reported as such. */
    void stage(TableReader table) throws SQLException;

    /** Judges every staged row, gathering the saves to write while nothing refuses the file. */
    void judge() throws SQLException;

    /** Adds the judged rows' problems to the report, in the file's order. */
    void report() throws SQLException;

    /** Writes the judged saves. */
    void write() throws SQLException;
}
