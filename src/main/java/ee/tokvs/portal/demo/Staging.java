package ee.tokvs.portal.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import ee.tokvs.portal.shared.db.CopyRows;

/**
 * PostgreSQL refuses COPY into tables under row-level security, so rows are copied into a temporary
 * table (dropped at commit) and moved with one INSERT … SELECT, which the policies check as usual.
 */
final class Staging {

    private final Connection connection;
    private final Set<String> created = new HashSet<>();

    Staging(Connection connection) throws SQLException {
        this.connection = connection;
    }

    void insert(String table, String columns, CopyRows rows) throws SQLException {
        if (rows.rows() == 0) {
            return;
        }
        stage(table, columns, rows);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into " + table + " (" + columns + ") select " + columns + " from gen_" + table);
            statement.execute("truncate gen_" + table);
        }
    }

    /** Inserts and returns the new rows' ids by their number (contract or claim number). */
    Map<String, Long> insertReturningIds(String table, String columns, String numberColumn, CopyRows rows) throws SQLException {
        Map<String, Long> ids = new HashMap<>((int) rows.rows() * 2);
        if (rows.rows() == 0) {
            return ids;
        }
        stage(table, columns, rows);
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("insert into " + table + " (" + columns + ") select " + columns
                    + " from gen_" + table + " returning id, " + numberColumn)) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
            statement.execute("truncate gen_" + table);
        }
        if (ids.size() != rows.rows()) {
            throw new IllegalStateException("expected " + rows.rows() + " new " + table + " rows, got " + ids.size());
        }
        return ids;
    }

    private void stage(String table, String columns, CopyRows rows) throws SQLException {
        if (created.add(table)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temporary table gen_" + table + " on commit drop as select " + columns
                        + " from " + table + " with no data");
            }
        }
        rows.copyInto(connection, "gen_" + table, columns);
    }
}
