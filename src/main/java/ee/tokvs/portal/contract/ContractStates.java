package ee.tokvs.portal.contract;

import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.shared.db.PackedRows;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored contracts read as {@link ContractState}s with their versions, in a query of the caller's own (the upload's
 * cursor) that selects {@link #COLUMNS} of a contract {@code k}: what a file's saves are judged over. Row-level
 * security keeps it to the acting insurer's contracts.
 */
public final class ContractStates {

    /** The columns of a contract {@code k}, its versions as text in their order (only where the row has a contract). */
    public static final String COLUMNS = "k.id as contract_id, k.lock_version as contract_lock_version,"
            + " k.contract_number as contract_number, case when k.id is not null then (select array_agg("
            + PackedRows.pack("v.change_kind", "v.change_date", "v.policyholder_code", "v.period_start", "v.period_end",
                    "v.sum_per_event", "v.sum_aggregate")
            + " order by v.version_no) from contract_version v where v.contract_id = k.id) end as contract_versions";

    private ContractStates() {
    }

    /** The contract of the current row; null where the row has none. */
    public static ContractState read(ResultSet rs) throws SQLException {
        if (rs.getObject("contract_id") == null) {
            return null;
        }
        String number = rs.getString("contract_number");
        return new ContractState(rs.getLong("contract_id"), rs.getInt("contract_lock_version"), number,
                versions(number, rs.getArray("contract_versions")));
    }

    private static List<ContractState.Version> versions(String number, Array array) throws SQLException {
        List<ContractState.Version> versions = new ArrayList<>();
        for (String[] part : PackedRows.unpack(array)) {
            versions.add(new ContractState.Version(ChangeKind.valueOf(part[0]), new ContractDraft(number,
                    LocalDate.parse(part[1]), part[2], LocalDate.parse(part[3]), LocalDate.parse(part[4]),
                    new BigDecimal(part[5]), new BigDecimal(part[6]))));
        }
        return versions;
    }
}
