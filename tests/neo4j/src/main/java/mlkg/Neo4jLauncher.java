package mlkg;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * A throwaway Neo4j Community 5.26 server for mlkg's tests: the embedded DBMS with the Bolt connector.
 *
 * <pre>
 *   java -Xmx1g -cp 'target/neo4j-launcher.jar:target/lib/*' mlkg.Neo4jLauncher [server]
 *   java -cp 'target/neo4j-launcher.jar:target/lib/*' mlkg.Neo4jLauncher admin database import full ...
 * </pre>
 *
 * <p>Environment: NEO4J_URI (bolt://localhost:7687; only host and port are used), NEO4J_USER (neo4j),
 * NEO4J_PASSWORD (mlkg-test-password), NEO4J_DATA_DIR (the server's home: data/, logs/, conf/;
 * default target/data), NEO4J_PAGECACHE (page cache in MiB, 512).
 *
 * <p>{@code server} (the default) starts the DBMS, (re)sets the user's password on every start (so a
 * second start on an existing home directory, or a changed NEO4J_PASSWORD, just works), prints
 * {@value #READY} once Bolt takes logins, and runs until SIGTERM/SIGINT, when it shuts down cleanly.
 * {@code admin} runs neo4j-admin ({@link AdminTool}) against the same home directory, e.g.
 * {@code admin database import full --overwrite-destination --nodes=... neo4j} while the server is stopped.
 */
public final class Neo4jLauncher {
    /** The line server.sh waits for in the log. */
    static final String READY = "mlkg-neo4j: Started";

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "server" : args[0];
        switch (mode) {
            case "server" -> {
                try {
                    server();
                } catch (Throwable e) {
                    // Neo4j's non-daemon threads would otherwise keep a half-started server alive.
                    e.printStackTrace();
                    System.exit(1);
                }
            }
            case "admin" -> System.exit(admin(Arrays.copyOfRange(args, 1, args.length)));
            default -> {
                System.err.println("usage: Neo4jLauncher [server] | admin <neo4j-admin arguments...>");
                System.exit(2);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The server's home: data/databases, data/transactions, logs/ and conf/ live under it. */
    static Path home() throws IOException {
        Path home = Path.of(env("NEO4J_DATA_DIR", "target/data")).toAbsolutePath().normalize();
        Files.createDirectories(home.resolve("conf"));
        Path conf = home.resolve("conf").resolve("neo4j.conf");
        if (!Files.exists(conf)) {
            // neo4j-admin reads this; the embedded server gets its settings in code (below).
            Files.writeString(conf, "# Written by mlkg.Neo4jLauncher for neo4j-admin (the server sets its config in code).\n"
                    + "server.memory.pagecache.size=" + env("NEO4J_PAGECACHE", "512") + "m\n");
        }
        return home;
    }

    static int admin(String[] args) throws IOException {
        Path home = home();
        return AdminTool.execute(new ExecutionContext(home, home.resolve("conf")), args);
    }

    static void server() throws Exception {
        URI uri = URI.create(env("NEO4J_URI", "bolt://localhost:7687"));
        String host = uri.getHost() == null || uri.getHost().equals("localhost") ? "127.0.0.1" : uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() < 0 ? 7687 : uri.getPort();
        String user = env("NEO4J_USER", "neo4j");
        String password = env("NEO4J_PASSWORD", "mlkg-test-password");
        long pagecache = ByteUnit.mebiBytes(Long.parseLong(env("NEO4J_PAGECACHE", "512")));
        Path home = home();

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.initial_default_database, GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // A test server: stop in ~1 s instead of Bolt's default ~10 s of graceful waiting.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("mlkg-neo4j: shutting down");
            dbms.shutdown();
            System.out.println("mlkg-neo4j: Stopped");
            System.out.flush();
            stopped.countDown();
        }, "mlkg-neo4j-shutdown"));

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        setPassword(system, user, password);

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.SECONDS.toMillis(120))) {
            throw new IllegalStateException("the default database 'neo4j' did not come online");
        }
        String version = system.executeTransactionally(
                "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v",
                Map.of(), result -> (String) result.next().get("v"));
        System.out.printf("%s: Neo4j %s, Bolt on bolt://%s, user '%s', home %s (%.1f s)%n",
                READY, version, SocketAddress.format(host, port), user, home,
                (System.nanoTime() - t0) / 1e9);
        System.out.flush();
        stopped.await();
    }

    /**
     * Creates the user if missing and sets its password without a forced change. On an existing home
     * directory the password may already be the one wanted: Neo4j refuses to "change" a password to
     * itself, which is fine here.
     */
    static void setPassword(GraphDatabaseService system, String user, String password) {
        String name = "`" + user.replace("`", "``") + "`";
        Map<String, Object> params = Map.of("password", password);
        system.executeTransactionally(
                "CREATE USER " + name + " IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
        try {
            system.executeTransactionally(
                    "ALTER USER " + name + " SET PASSWORD $password CHANGE NOT REQUIRED", params);
            System.out.println("mlkg-neo4j: password set for user '" + user + "'");
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
            // Same password as before: make sure no change is pending (e.g. a stock neo4j/neo4j user).
            system.executeTransactionally("ALTER USER " + name + " SET PASSWORD CHANGE NOT REQUIRED");
            System.out.println("mlkg-neo4j: password for user '" + user + "' unchanged");
        }
    }
}
