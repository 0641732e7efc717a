package org.carepath.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The row count and a fingerprint of the contents of every table in the services' databases, to show that a run
 * of requests wrote nothing (no insert, update or delete), except in the tables named as excluded.
 */
record TableSnapshot(Map<String, Table> tables) {

    record Table(long rows, String fingerprint) {
    }

    static TableSnapshot take(Suite suite, List<String> databases, Set<String> excluded) {
        Map<String, Table> tables = new TreeMap<>();
        for (String database : databases) {
            try (Connection connection = Databases.connect(suite, database);
                    Statement statement = connection.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("select table_schema || '.' || table_name"
                        + " from information_schema.tables where table_type = 'BASE TABLE'"
                        + " and table_schema not in ('pg_catalog', 'information_schema') order by 1")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                for (String name : names) {
                    String table = name.substring(name.indexOf('.') + 1);
                    if (excluded.contains(table)) {
                        continue;
                    }
                    String quoted = "\"" + name.replace(".", "\".\"") + "\"";
                    try (ResultSet rs = statement.executeQuery("select count(*), md5(coalesce(string_agg(md5(t::text),"
                            + " '' order by md5(t::text)), '')) from " + quoted + " t")) {
                        rs.next();
                        tables.put(database + "." + name, new Table(rs.getLong(1), rs.getString(2)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the " + database + " database", e);
            }
        }
        return new TableSnapshot(tables);
    }

    /** Rows of the outboxes not yet published: events still on their way to other services. */
    static long unpublished(Suite suite, List<String> databases) {
        return databases.stream().mapToLong(database -> Databases.unpublished(suite, database)).sum();
    }

    /**
     * Waits until the suite is still: every outbox published and nothing changing over {@code quiet} (events in
     * flight are applied by their consumers), then returns that snapshot.
     */
    static TableSnapshot settled(Suite suite, List<String> databases, Set<String> excluded, Duration quiet,
            Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        TableSnapshot previous = null;
        while (true) {
            TableSnapshot current = take(suite, databases, excluded);
            if (current.equals(previous) && unpublished(suite, databases) == 0) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the databases kept changing for " + atMost + ": "
                        + (previous == null ? "" : previous.differences(current)));
            }
            previous = current;
            Thread.sleep(quiet.toMillis());
        }
    }

    /** Each table whose rows differ, with its row counts before and after. */
    List<String> differences(TableSnapshot after) {
        List<String> changed = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>(tables.keySet());
        names.addAll(after.tables.keySet());
        for (String name : names) {
            Table before = tables.get(name);
            Table now = after.tables.get(name);
            if (before == null || now == null || !before.equals(now)) {
                changed.add(name + ": " + (before == null ? "absent" : before.rows() + " rows") + " before, "
                        + (now == null ? "absent" : now.rows() + " rows") + " after"
                        + (before != null && now != null && before.rows() == now.rows() ? " (rows changed)" : ""));
            }
        }
        return changed;
    }
}
