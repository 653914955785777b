package ee.tokvs.portal.upload;

import ee.tokvs.portal.shared.rules.Finding;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One problem of an upload, by row, column and value. The message is kept as its bundle key and typed
 * arguments, so that whoever reads the report reads it in their own language.
 */
@Entity
@Immutable
@Table(name = "upload_problem")
public class UploadProblem extends PanacheEntityBase {

    private static final char SEPARATOR = '\u001f';

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(name = "upload_id", nullable = false)
    public long uploadId;

    /** The row as the user sees it in the file (header = 1); null for the file as a whole. */
    @Column(name = "row_number")
    public Integer rowNumber;

    @Column(name = "column_name")
    public String columnName;

    @Column(name = "cell_value")
    public String cellValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Finding.Level level;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "message_args", nullable = false)
    public String messageArgs;

    static UploadProblem of(long uploadId, Integer rowNumber, String columnName, String cellValue, Finding finding) {
        UploadProblem problem = new UploadProblem();
        problem.uploadId = uploadId;
        problem.rowNumber = rowNumber;
        problem.columnName = columnName;
        problem.cellValue = cellValue;
        problem.level = finding.level();
        problem.messageKey = finding.messageKey();
        problem.messageArgs = encode(finding.args());
        return problem;
    }

    /** The problem as a finding again, so the rules' message bundle words it; its key came from a rule's finding. */
    public Finding finding() {
        return new Finding(columnName == null ? "" : columnName, messageKey, level, decode(messageArgs));
    }

    public boolean isError() {
        return level == Finding.Level.ERROR;
    }

    /** Arguments keep their type (date, amount, text) so each language can show them its way. */
    static String encode(List<Object> args) {
        StringBuilder out = new StringBuilder();
        for (Object arg : args) {
            if (!out.isEmpty()) {
                out.append(SEPARATOR);
            }
            if (arg instanceof LocalDate date) {
                out.append('d').append(date);
            } else if (arg instanceof BigDecimal amount) {
                out.append('m').append(amount.toPlainString());
            } else {
                out.append('s').append(String.valueOf(arg).replace(SEPARATOR, ' '));
            }
        }
        return out.toString();
    }

    static List<Object> decode(String encoded) {
        List<Object> args = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return args;
        }
        for (String part : encoded.split(String.valueOf(SEPARATOR), -1)) {
            String value = part.substring(1);
            args.add(switch (part.charAt(0)) {
                case 'd' -> LocalDate.parse(value);
                case 'm' -> new BigDecimal(value);
                default -> value;
            });
        }
        return args;
    }

    public static List<UploadProblem> of(long uploadId, int page, int size) {
        return find("uploadId = ?1 order by id", uploadId).page(page, size).list();
    }

    /** The next problems after the one with id {@code afterId}, for reading a long report in pieces. */
    public static List<UploadProblem> after(long uploadId, long afterId, int size) {
        return find("uploadId = ?1 and id > ?2 order by id", uploadId, afterId).page(0, size).list();
    }
}
