package nato_graph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs a real Neo4j 5 DBMS for nato-graph's tests: Bolt and HTTP (with Neo4j Browser) on
 * loopback, authentication on, settings from the neo4j.conf that neo4jctl.py writes.
 *
 * <p>Usage: {@code Launcher HOME_DIR}. The password comes from the environment variable
 * NEO4J_PASSWORD (never from the command line, where other users could read it). Once the
 * password is set, the launcher creates HOME_DIR/ready; the ctl script waits for it. SIGTERM
 * shuts the DBMS down cleanly. With NATO_GRAPH_NEO4J_TEST_PLUGIN=1 (the tests' own server) it
 * registers {@link TestPlugin}, a stand-in for a plugin that reaches out.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: Launcher HOME_DIR");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be set, 8 characters or more");
            System.exit(2);
        }
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(home.resolve("neo4j.conf"))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "nato-graph-neo4j-shutdown"));
        dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
        if ("1".equals(System.getenv("NATO_GRAPH_NEO4J_TEST_PLUGIN"))) {
            GlobalProcedures procedures = ((GraphDatabaseAPI) dbms.database("neo4j"))
                    .getDependencyResolver()
                    .resolveDependency(GlobalProcedures.class);
            procedures.registerFunction(TestPlugin.class);
            procedures.registerProcedure(TestPlugin.class);
        }
        Files.writeString(home.resolve("ready"), ProcessHandle.current().pid() + "\n");
        System.out.println("nato-graph-neo4j: ready");
        stopped.await();
    }
}
