package quarry.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Starts a real Neo4j (community, embedded API) serving Bolt on the given address, with APOC core
 * loaded from the plugin folder and the neo4j user's password taken from the environment.
 *
 * <p>Arguments: HOME_DIR PLUGIN_DIR BOLT_HOST BOLT_PORT PAGECACHE. Env: NEO4J_PASSWORD (required).
 */
public final class Main {
  private Main() {}

  /**
   * The embedded API is not subject to auth, so it can (re)set the password on every start: the
   * stack's secret file stays the single source of truth.
   */
  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }

  public static void main(String[] args) {
    if (args.length != 5) {
      System.err.println("usage: Main HOME_DIR PLUGIN_DIR BOLT_HOST BOLT_PORT PAGECACHE");
      System.exit(2);
    }
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("NEO4J_PASSWORD must be set (at least 8 characters)");
      System.exit(2);
    }
    Map<String, String> config = new HashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", args[2] + ":" + args[3]);
    config.put("server.bolt.tls_level", "DISABLED");
    config.put("server.directories.plugins", Path.of(args[1]).toAbsolutePath().toString());
    config.put("dbms.security.procedures.unrestricted", "apoc.*");
    config.put("dbms.security.auth_enabled", "true");
    config.put("server.memory.pagecache.size", args[4]);
    config.put("db.tx_log.rotation.retention_policy", "2 days");

    Path home = Path.of(args[0]).toAbsolutePath();
    Path conf = home.resolve("neo4j.conf");
    try {
      Files.createDirectories(home);
      StringBuilder text = new StringBuilder("# Written by the Quarry stack on every start.\n");
      config.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
      Files.writeString(conf, text.toString());
    } catch (IOException e) {
      System.err.println("cannot write " + conf + ": " + e.getMessage());
      System.exit(1);
    }
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    try {
      setPassword(dbms.database("system"), password);
      GraphDatabaseService neo4j = dbms.database("neo4j");
      String apoc =
          neo4j.executeTransactionally(
              "RETURN apoc.version() AS v", Map.of(), r -> String.valueOf(r.next().get("v")));
      System.out.println(
          "{\"msg\":\"neo4j ready\",\"bolt\":\"" + args[2] + ":" + args[3] + "\",\"apoc\":\"" + apoc + "\"}");
    } catch (RuntimeException e) {
      // Neo4j's own threads would keep a half-started server alive: stop it and fail visibly.
      e.printStackTrace();
      dbms.shutdown();
      System.exit(1);
    }
  }
}
