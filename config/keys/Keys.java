import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * ./dmp keys, backup and restore: the master keystore and the master key registry (table
 * master_key, Flyway V20) seen from outside the server. Run as a single-file program with the
 * PostgreSQL driver on the class path:
 *
 * <pre>
 * java -cp CLASSPATH Keys.java JDBC_URL DB_USER COMMAND [ARGS]
 *   status KEYSTORE                 the registry (alias, created, retired, data keys) and the keystore
 *   rotate KEYSTORE running|stopped a new AES-256 key in the keystore, announced in the registry;
 *                                   waits while the server re-wraps every data key under it and
 *                                   retires the older keys, then removes them from the keystore.
 *                                   Resumes an unfinished rotation instead of adding a key.
 *   needed                          the aliases the data needs (not retired, or wrapping data keys)
 *   manifest KEYSTORE_COPY          needed_aliases=, keystore_aliases=, schema= (exit 1, missing=,
 *                                   when the copy lacks a needed alias)
 *   schema                          the schema version (Flyway)
 *   empty                           exit 0 when the database has no table, 1 (listing some) if not
 *   aliases KEYSTORE                the AES aliases of a keystore (no database: JDBC_URL DB_USER -)
 * Environment: DMP_DB_PASSWORD, DMP_KS_PASSWORD (the keystore's password).
 * Exit: 0 done, 1 failure, 2 usage.
 * </pre>
 */
public class Keys {

  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: Keys JDBC_URL DB_USER COMMAND [ARGS]");
      System.exit(2);
    }
    try {
      String url = args[0], user = args[1];
      switch (args[2]) {
        case "aliases" -> aliases(keystore(arg(args, 3)));
        case "status" -> status(url, user, Path.of(arg(args, 3)));
        case "rotate" -> rotate(url, user, Path.of(arg(args, 3)), "running".equals(arg(args, 4)));
        case "needed" -> System.out.println(needed(url, user));
        case "manifest" -> manifest(url, user, arg(args, 3));
        case "schema" -> schema(url, user);
        case "empty" -> System.exit(empty(url, user) ? 0 : 1);
        default -> {
          System.err.println("unknown command " + args[2]);
          System.exit(2);
        }
      }
    } catch (Failure e) {
      System.err.println("dmp: " + e.getMessage());
      System.exit(1);
    } catch (SQLException e) {
      System.err.println("dmp: database: " + e.getMessage());
      System.exit(1);
    } catch (InterruptedException e) {
      System.exit(1);
    }
  }

  static String arg(String[] args, int i) {
    if (args.length <= i) {
      System.err.println("usage: missing argument " + i);
      System.exit(2);
    }
    return args[i];
  }

  // --- the keystore ---------------------------------------------------------------------------

  static char[] password() throws Failure {
    String pw = System.getenv("DMP_KS_PASSWORD");
    if (pw == null || pw.isEmpty()) {
      throw new Failure("the keystore password is not set (DMP_KEYSTORE_PASSWORD)");
    }
    return pw.toCharArray();
  }

  static KeyStore keystore(String path) throws Failure {
    Path file = Path.of(path);
    if (!Files.isRegularFile(file)) {
      throw new Failure("master keystore missing: no file " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password());
      return store;
    } catch (Failure e) {
      throw e;
    } catch (Exception e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new Failure("master keystore " + file + ": wrong password (DMP_KEYSTORE_PASSWORD)");
      }
      throw new Failure("master keystore " + file + " unreadable: not PKCS12, or damaged (" + e + ")");
    }
  }

  static List<String> aesAliases(KeyStore store) throws Failure {
    List<String> aliases = new ArrayList<>();
    try {
      for (String alias : Collections.list(store.aliases())) {
        if (store.getKey(alias, password()) instanceof SecretKey key
            && "AES".equalsIgnoreCase(key.getAlgorithm())) {
          aliases.add(alias);
        }
      }
    } catch (Failure e) {
      throw e;
    } catch (Exception e) {
      throw new Failure("cannot read the keys of the master keystore: " + e);
    }
    Collections.sort(aliases);
    return aliases;
  }

  static void aliases(KeyStore store) throws Failure {
    System.out.println(String.join(" ", aesAliases(store)));
  }

  /** Writes the keystore beside itself, then moves it in place: never a half-written keystore. */
  static void save(KeyStore store, Path file) throws Failure {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        store.store(out, password());
      }
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (Failure e) {
      throw e;
    } catch (Exception e) {
      throw new Failure("cannot write the master keystore " + file + ": " + e);
    }
  }

  // --- the database ---------------------------------------------------------------------------

  static Connection connect(String url, String user) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    p.setProperty("password", System.getenv().getOrDefault("DMP_DB_PASSWORD", ""));
    return DriverManager.getConnection(url, p);
  }

  record Key(String alias, String created, String retired, long dataKeys, boolean checked) {}

  /** The registry, oldest first, with the data keys under each alias. */
  static List<Key> registry(Connection c) throws SQLException, Failure {
    try (ResultSet t = c.getMetaData().getTables(null, null, "master_key", null)) {
      if (!t.next()) {
        throw new Failure(
            "no master key registry in this database: start the server once (./dmp start)");
      }
    }
    List<Key> keys = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "select m.alias, to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS'),"
                    + " to_char(m.retired_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS'),"
                    + " (select count(*) from record_key k where k.master_alias = m.alias),"
                    + " m.check_value is not null from master_key m order by m.created_at, m.alias");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        keys.add(
            new Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBoolean(5)));
      }
    }
    return keys;
  }

  static Key current(List<Key> keys) {
    Key current = null;
    for (Key key : keys) {
      if (key.retired() == null) {
        current = key;
      }
    }
    return current;
  }

  static void status(String url, String user, Path file) throws SQLException, Failure {
    List<String> inKeystore = aesAliases(keystore(file.toString()));
    try (Connection c = connect(url, user)) {
      List<Key> keys = registry(c);
      Key current = current(keys);
      System.out.printf("keystore   %s: %s%n", file, String.join(" ", inKeystore));
      System.out.printf("%-20s %-20s %-20s %10s  %s%n", "alias", "created (UTC)", "retired (UTC)", "data keys", "");
      for (Key key : keys) {
        List<String> notes = new ArrayList<>();
        if (key == current) notes.add("current");
        if (!key.checked()) notes.add("not yet loaded by the server");
        if (inKeystore.contains(key.alias())) notes.add("in keystore");
        else if (key.retired() == null) notes.add("MISSING FROM KEYSTORE");
        System.out.printf(
            "%-20s %-20s %-20s %10d  %s%n",
            key.alias(), key.created(), key.retired() == null ? "-" : key.retired(), key.dataKeys(),
            String.join(", ", notes));
      }
    }
  }

  static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)$");

  /** dmp-master-1 -> dmp-master-2, past every alias the registry or the keystore has. */
  static String nextAlias(String current, List<Key> keys, List<String> inKeystore) {
    Matcher m = NUMBERED.matcher(current);
    String prefix = m.matches() ? m.group(1) : current + "-";
    int n = m.matches() ? Integer.parseInt(m.group(2)) : 1;
    TreeSet<String> taken = new TreeSet<>(inKeystore);
    keys.forEach(k -> taken.add(k.alias()));
    String next;
    do {
      next = prefix + ++n;
    } while (taken.contains(next));
    return next;
  }

  static void rotate(String url, String user, Path file, boolean serverRunning)
      throws SQLException, Failure, InterruptedException {
    KeyStore store = keystore(file.toString());
    try (Connection c = connect(url, user)) {
      List<Key> keys = registry(c);
      if (keys.isEmpty()) {
        throw new Failure("the registry is empty: start the server once (./dmp start)");
      }
      Key current = current(keys);
      List<String> inKeystore = aesAliases(store);
      boolean unfinished =
          keys.stream().anyMatch(k -> k != current && k.retired() == null)
              || keys.stream().anyMatch(k -> k.retired() != null && inKeystore.contains(k.alias()))
              || !current.checked();
      String alias;
      if (unfinished) {
        alias = current.alias();
        System.out.println("dmp: resuming the unfinished rotation to " + alias);
      } else {
        alias = nextAlias(current.alias(), keys, inKeystore);
        try {
          KeyGenerator generator = KeyGenerator.getInstance("AES");
          generator.init(256);
          store.setEntry(
              alias,
              new KeyStore.SecretKeyEntry(generator.generateKey()),
              new KeyStore.PasswordProtection(password()));
        } catch (Exception e) {
          throw new Failure("cannot make a new AES-256 key: " + e);
        }
        save(store, file); // in the keystore before the registry names it: the server finds it
        try (PreparedStatement s =
            c.prepareStatement("insert into master_key (alias, created_at) values (?, clock_timestamp())")) {
          s.setString(1, alias);
          s.executeUpdate();
        }
        System.out.println(
            "dmp: new master key " + alias + " added to " + file + " and announced to the server");
      }
      if (!serverRunning) {
        System.out.println(
            "dmp: the server is not running: it takes "
                + alias
                + " and re-wraps the data keys when it starts; run ./dmp keys rotate again then to finish");
        return;
      }
      waitForServer(c, alias);
      // the older keys are retired (no data key under them): out of the keystore
      List<String> removed = new ArrayList<>();
      for (Key key : registry(c)) {
        if (key.retired() != null && aesAliases(store).contains(key.alias())) {
          try {
            store.deleteEntry(key.alias());
          } catch (Exception e) {
            throw new Failure("cannot remove " + key.alias() + " from the keystore: " + e);
          }
          removed.add(key.alias());
        }
      }
      if (!removed.isEmpty()) {
        save(store, file);
      }
      System.out.println(
          "dmp: rotation done: every data key under "
              + alias
              + (removed.isEmpty() ? "" : "; retired and removed from the keystore: " + String.join(" ", removed)));
    }
  }

  static final long STALL_MILLIS = Long.getLong("dmp.keys.stall-seconds", 60) * 1000;

  /** Until the server took the key, re-wrapped every data key and retired the older keys. */
  static void waitForServer(Connection c, String alias)
      throws SQLException, Failure, InterruptedException {
    String last = "";
    long lastChange = System.currentTimeMillis();
    long started = System.currentTimeMillis();
    while (true) {
      List<Key> keys = registry(c);
      Key current = current(keys);
      if (current == null || !current.alias().equals(alias)) {
        throw new Failure("the registry changed meanwhile: " + alias + " is no longer current");
      }
      long total = keys.stream().mapToLong(Key::dataKeys).sum();
      long pending = keys.stream().filter(k -> k.retired() == null && k != current).count();
      String state;
      if (!current.checked()) {
        state = "waiting for the server to load " + alias;
      } else {
        state = "re-wrapped " + current.dataKeys() + " of " + total + " data keys under " + alias;
      }
      if (!state.equals(last)) {
        System.out.printf("dmp: %s (%d s)%n", state, (System.currentTimeMillis() - started) / 1000);
        last = state;
        lastChange = System.currentTimeMillis();
      }
      if (current.checked() && pending == 0) {
        return;
      }
      if (System.currentTimeMillis() - lastChange > STALL_MILLIS) {
        throw new Failure(
            "no progress for "
                + STALL_MILLIS / 1000
                + " s: see the server log (MasterKeys, KeyRotation); the server goes on by itself,"
                + " ./dmp keys rotate again resumes the waiting");
      }
      Thread.sleep(500);
    }
  }

  // --- backup and restore ---------------------------------------------------------------------

  /**
   * The manifest lines that depend on the database and the keystore copy (needed aliases,
   * keystore aliases, schema); exit 1 when the copy lacks a needed alias.
   */
  static void manifest(String url, String user, String keystoreCopy) throws SQLException, Failure {
    String needed = needed(url, user);
    List<String> aliases = aesAliases(keystore(keystoreCopy));
    System.out.println("needed_aliases=" + needed);
    System.out.println("keystore_aliases=" + String.join(" ", aliases));
    System.out.print("schema=");
    schema(url, user);
    List<String> missing = new ArrayList<>();
    for (String alias : needed.split(" ")) {
      if (!alias.isEmpty() && !aliases.contains(alias)) {
        missing.add(alias);
      }
    }
    if (!missing.isEmpty()) {
      System.out.println("missing=" + String.join(" ", missing));
      System.exit(1);
    }
  }

  static String needed(String url, String user) throws SQLException, Failure {
    try (Connection c = connect(url, user)) {
      TreeSet<String> needed = new TreeSet<>();
      for (Key key : registry(c)) {
        if (key.retired() == null || key.dataKeys() > 0) {
          needed.add(key.alias());
        }
      }
      try (PreparedStatement s = c.prepareStatement("select distinct master_alias from record_key");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          needed.add(rs.getString(1));
        }
      }
      return String.join(" ", needed);
    }
  }

  static void schema(String url, String user) throws SQLException {
    try (Connection c = connect(url, user);
        PreparedStatement s =
            c.prepareStatement(
                "select version from flyway_schema_history where success and version is not null"
                    + " order by installed_rank desc limit 1");
        ResultSet rs = s.executeQuery()) {
      System.out.println(rs.next() ? rs.getString(1) : "none");
    }
  }

  static boolean empty(String url, String user) throws SQLException {
    try (Connection c = connect(url, user);
        PreparedStatement s =
            c.prepareStatement(
                "select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid ="
                    + " c.relnamespace where c.relkind in ('r', 'p', 'v', 'm', 'S') and n.nspname"
                    + " not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'"
                    + " order by 1 limit 5");
        ResultSet rs = s.executeQuery()) {
      List<String> some = new ArrayList<>();
      while (rs.next()) {
        some.add(rs.getString(1));
      }
      if (!some.isEmpty()) {
        System.out.println(String.join(", ", some));
      }
      return some.isEmpty();
    }
  }
}
