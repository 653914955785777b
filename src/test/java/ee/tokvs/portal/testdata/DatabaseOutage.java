package ee.tokvs.portal.testdata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A database restart as the portal sees one, simulated on the test's own database (the cluster is shared): new
 * connections refused and every other session ended. The owner sets a connection limit of none, which turns away all
 * but superusers ({@code allow_connections} cannot be turned off from inside); the watcher, as the portal's role, ends
 * the portal's sessions (another role may not). {@link #end} lets connections in again, as the restart's end;
 * closing does too.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final Connection owner;
    private final Connection watcher;
    private final String database;
    private final String limit;
    private final String spared;
    private boolean ended;

    private DatabaseOutage(Connection owner, Connection watcher, List<Connection> spared) throws SQLException {
        this.owner = owner;
        this.watcher = watcher;
        this.database = DatabaseSessions.text(owner, "select quote_ident(current_database())");
        this.limit = DatabaseSessions.text(owner, "select datconnlimit from pg_database where datname = current_database()");
        List<String> pids = new ArrayList<>();
        for (Connection c : spared) {
            pids.add(DatabaseSessions.text(c, "select pg_backend_pid()"));
        }
        this.spared = String.join(", ", pids);
    }

    /** Begins it: every session but these (the owner's, the watcher's and the ones given) is ended. */
    public static DatabaseOutage begin(Connection owner, Connection watcher, Connection... alsoSpared) throws SQLException {
        List<Connection> spared = new ArrayList<>(List.of(owner, watcher));
        spared.addAll(List.of(alsoSpared));
        DatabaseOutage outage = new DatabaseOutage(owner, watcher, spared);
        run(owner, "alter database " + outage.database + " connection limit 0");
        try {
            // client sessions only: PostgreSQL's own workers (an autovacuum of this database) are no one's to end,
            // and ending one would need a superuser
            run(watcher, "select pg_terminate_backend(pid) " + outage.others());
        } catch (SQLException | RuntimeException e) {
            // never leave the database closed to the tests after this one
            outage.end();
            throw e;
        }
        return outage;
    }

    /** Whether every session it did not spare has ended. */
    public boolean othersGone() {
        try {
            return DatabaseSessions.count(watcher, "select count(*) " + others()) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database's client sessions it does not spare, as a from clause. */
    private String others() {
        return "from pg_stat_activity where datname = current_database() and pid not in (" + spared + ")"
                + " and backend_type = 'client backend'";
    }

    /** Lets connections in again, with the limit the database had. */
    public void end() throws SQLException {
        if (!ended) {
            run(owner, "alter database " + database + " connection limit " + limit);
            ended = true;
        }
    }

    @Override
    public void close() throws SQLException {
        end();
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
