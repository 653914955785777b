package ee.tokvs.portal.claim;

import ee.tokvs.portal.shared.db.PackedRows;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored claims read as {@link ClaimState}s in one query for many, with their money rows and their contract's current
 * period: what a file's or a batch's saves are judged over. The select list and joins are shared, so that a query
 * of its own (the upload's cursor) reads claims exactly as {@link #byNumber} does. Row-level security keeps it to the
 * acting insurer's claims.
 */
public final class ClaimStates {

    /** The columns of a claim {@code c}, its contract {@code ck} and that contract's current version {@code cv}. */
    public static final String COLUMNS = "c.id as claim_id, c.claim_number, c.lock_version, ck.id as claim_contract_id,"
            + " ck.contract_number as claim_contract_number, cv.period_start as claim_period_start,"
            + " cv.period_end as claim_period_end, c.received_date, c.incident_number, c.incident_date, c.status,"
            + " c.incident_type, c.severity, c.specialty, c.additional_competence, c.handling_finished, c.finished_date,"
            + " c.decided_on, "
            + moneyRows("payout", "paid_on", "damage_type", "x.general_reduction_pct", "x.event_reduction_pct")
            + " as payouts, " + moneyRows("recovery", "received_on", "recovery_type", "null", "null")
            + " as recoveries, " + moneyRows("reserve", "set_on", "damage_type", "null", "null")
            + " as reserves, " + moneyRows("outstanding_recovery", "set_on", "recovery_type", "null", "null")
            + " as outstanding";

    /** Joins a claim {@code c} to its contract {@code ck} and current version {@code cv}. */
    public static final String JOINS = "left join contract ck on ck.id = c.contract_id"
            + " left join current_contract_version cv on cv.contract_id = ck.id";

    private ClaimStates() {
    }

    /** The acting insurer's claims of these numbers; a number with no claim is not in the map. */
    public static Map<String, ClaimState> byNumber(Connection connection, Collection<String> numbers) throws SQLException {
        Map<String, ClaimState> states = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from claim c " + JOINS
                + " where c.claim_number = any(?)")) {
            query.setArray(1, connection.createArrayOf("text", numbers.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ClaimState state = read(rs);
                    states.put(state.core().claimNumber(), state);
                }
            }
        }
        return states;
    }

    /** The claim of the current row; null where the row has none. */
    public static ClaimState read(ResultSet rs) throws SQLException {
        if (rs.getObject("claim_id") == null) {
            return null;
        }
        ClaimDraft core = new ClaimDraft(rs.getString("claim_number"), rs.getString("claim_contract_number"),
                rs.getObject("received_date", LocalDate.class), rs.getString("incident_number"), rs.getObject("incident_date", LocalDate.class),
                rs.getString("status"), rs.getString("incident_type"), rs.getString("severity"),
                rs.getString("specialty"), rs.getString("additional_competence"), rs.getBoolean("handling_finished"),
                rs.getObject("finished_date", LocalDate.class));
        ClaimSnapshot snapshot = new ClaimSnapshot(core, items(rs.getArray("payouts")), items(rs.getArray("recoveries")),
                items(rs.getArray("reserves")), items(rs.getArray("outstanding")));
        ClaimContract contract = new ClaimContract(rs.getLong("claim_contract_id"), rs.getString("claim_contract_number"),
                rs.getObject("claim_period_start", LocalDate.class), rs.getObject("claim_period_end", LocalDate.class));
        return new ClaimState(rs.getLong("claim_id"), rs.getInt("lock_version"), snapshot, contract,
                rs.getObject("decided_on", LocalDate.class));
    }

    /** The acting insurer's contracts of these numbers, as a claim's save needs them. */
    public static Map<String, ClaimContract> contracts(Connection connection, Collection<String> numbers)
            throws SQLException {
        Map<String, ClaimContract> contracts = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select k.id, k.contract_number, v.period_start,"
                + " v.period_end from contract k join current_contract_version v on v.contract_id = k.id"
                + " where k.contract_number = any(?)")) {
            query.setArray(1, connection.createArrayOf("text", numbers.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    contracts.put(rs.getString(2), new ClaimContract(rs.getLong(1), rs.getString(2), rs.getObject("period_start", LocalDate.class),
                            rs.getObject("period_end", LocalDate.class)));
                }
            }
        }
        return contracts;
    }

    /** Money rows as the query packs them: date, type, amount, the two percentages, id, and a reversal's original and reason. */
    private static List<ClaimSnapshot.Item> items(Array array) throws SQLException {
        List<ClaimSnapshot.Item> items = new ArrayList<>();
        for (String[] part : PackedRows.unpack(array)) {
            items.add(new ClaimSnapshot.Item(LocalDate.parse(part[0]), part[1], new BigDecimal(part[2]),
                    part[3].isEmpty() ? null : new BigDecimal(part[3]), part[4].isEmpty() ? null : new BigDecimal(part[4]),
                    Long.valueOf(part[5]), part[6].isEmpty() ? null : Long.valueOf(part[6]),
                    part[6].isEmpty() ? null : part[7]));
        }
        return items;
    }

    /** A claim's money rows of one table, packed, in the entity's order; only where the row has a claim. */
    private static String moneyRows(String table, String date, String type, String general, String event) {
        return "case when c.id is not null then (select array_agg(" + PackedRows.pack("x." + date, "x." + type,
                "x.amount", general, event, "x.id", "x.reverses_id", "x.correction_reason") + " order by x." + date + ", x.id) from " + table
                + " x where x.claim_id = c.id) end";
    }
}
