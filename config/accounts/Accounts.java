import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * ./dmp account: the accounts of the security realm (tables account and account_role, created by
 * the application's Flyway migration V2; the Elytron JDBC realm of config/cli/security.cli reads
 * them). Run as a single-file program with the PostgreSQL driver on the class path:
 *
 * <pre>
 * java -cp CLASSPATH Accounts.java JDBC_URL DB_USER COMMAND [ARGS]
 *   add LOGIN KIND ACTOR_ID ROLE [ROLE...]   creates an account, enabled
 *   password LOGIN                           sets a new password
 *   disable LOGIN | enable LOGIN             refuses (again accepts) the account's logins
 *   list                                     login, kind, actor id, roles, enabled (never hashes)
 *   check add ... | check password LOGIN     validates everything but the password, changes nothing
 *                                            (./dmp runs it before asking the password)
 * Environment (never the command line, which ps shows):
 *   DMP_DB_PASSWORD       the database password of DB_USER
 *   DMP_ACCOUNT_PASSWORD  the account's password (add, password): 12 characters at least
 *   DMP_ACCOUNT_ROUNDS    PBKDF2 iterations (default 310000, at least 4096)
 * Exit: 0 done, 1 failure (database, existing or missing account, password), 2 usage (arguments).
 * </pre>
 *
 * <p>The password is stored as the realm's scram-mapper (scram-sha-256, base64) verifies it:
 * SaltedPassword = Hi(password, salt, i) of RFC 5802, that is PBKDF2-HMAC-SHA-256 with one 256-bit
 * block, a 16-byte random salt and the iteration count of the row. Elytron computes it at login
 * from the UTF-8 bytes of the NFKC form of the password typed: so does this program, so that a
 * password with accents or compatibility characters is accepted however it is typed.
 */
public class Accounts {

  /** The account kinds of the application (org.dmp.domain.account.AccountKind). */
  static final List<String> KINDS =
      List.of("PATIENT", "REPRESENTATIVE", "PROFESSIONAL", "ORGANISATION", "COUNTER_AGENT",
          "PHARMACIST_AT_COUNTER", "FEED_SYSTEM", "AUDITOR");

  /** The container roles (the check constraint of account_role). */
  static final List<String> ROLES =
      List.of("PATIENT", "REPRESENTATIVE", "PROFESSIONAL", "PRACTICE_SOFTWARE", "INSTITUTION",
          "COUNTER_AGENT", "COUNTER_SUPERVISOR", "FEED_SYSTEM", "AUDITOR");

  static final int MIN_PASSWORD_CHARS = 12;
  static final int MAX_PASSWORD_CHARS = 1024;
  static final int DEFAULT_ROUNDS = 310_000;
  static final int MIN_ROUNDS = 4096; // the check constraint of account.password_rounds
  static final int MAX_ROUNDS = 10_000_000; // the server computes them again at every login
  static final int SALT_BYTES = 16;

  /** Safe in an HTTP Basic header and a shell: no colon, no space, ASCII. */
  static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,199}");

  static final Pattern NIR = Pattern.compile("[1-8][0-9]{4}(2A|2B|[0-9]{2})[0-9]{6}[0-9]{2}");
  static final Pattern RPPS = Pattern.compile("[0-9]{11}");
  static final Pattern FINESS = Pattern.compile("(2A|2B|[0-9]{2})[0-9]{7}");

  static final String USAGE =
      "usage: Accounts.java JDBC_URL DB_USER add LOGIN KIND ACTOR_ID ROLE [ROLE...]"
          + " | password LOGIN | disable LOGIN | enable LOGIN | list"
          + " | describe LOGIN NAME [ORGANISATION [EMAIL]]"
          + " | check add ... | check password LOGIN";

  /** A refusal with its message and exit code. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int code;

    Failure(int code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }

  static Failure usage(String message) {
    return new Failure(2, message);
  }

  static Failure failure(String message) {
    return new Failure(1, message);
  }

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Failure f) {
      System.err.println("dmp: " + f.getMessage());
      System.exit(f.code);
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : " " + e.getSQLState();
      System.err.println("dmp: PostgreSQL error" + state + ": " + e.getMessage());
      System.exit(1);
    }
  }

  static void run(String[] args) throws Failure, SQLException {
    if (args.length < 3) {
      throw usage(USAGE);
    }
    String url = args[0];
    String user = args[1];
    boolean checkOnly = args[2].equals("check");
    List<String> rest = List.of(args).subList(checkOnly ? 3 : 2, args.length);
    if (rest.isEmpty()) {
      throw usage(USAGE);
    }
    String command = rest.get(0);
    List<String> a = rest.subList(1, rest.size());
    switch (command) {
      case "add" -> {
        if (a.size() < 4) {
          throw usage("usage: ./dmp account add LOGIN KIND ACTOR_ID ROLE [ROLE...]");
        }
        NewAccount account = NewAccount.of(a.get(0), a.get(1), a.get(2), a.subList(3, a.size()));
        int rounds = rounds();
        char[] password = checkOnly ? null : password();
        try (Connection c = connect(url, user)) {
          requireSchema(c, url);
          if (exists(c, account.login)) {
            throw failure("an account " + account.login + " already exists: choose another"
                + " login, or ./dmp account password " + account.login + " to change its password");
          }
          if (!checkOnly) {
            add(c, account, password, rounds);
            System.out.println("dmp: account " + account.login + " created: " + account.kind
                + ", actor id " + account.actorId + ", roles " + String.join(" ", account.roles)
                + " (SCRAM-SHA-256, " + rounds + " iterations)");
          }
        } finally {
          if (password != null) {
            Arrays.fill(password, '\0');
          }
        }
      }
      case "password" -> {
        String login = oneLogin(a, "password");
        int rounds = rounds();
        char[] password = checkOnly ? null : password();
        try (Connection c = connect(url, user)) {
          requireSchema(c, url);
          Boolean enabled = enabled(c, login);
          if (enabled == null) {
            throw noSuchAccount(login);
          }
          if (!checkOnly) {
            setPassword(c, login, password, rounds);
            System.out.println("dmp: password of " + login + " changed (SCRAM-SHA-256, " + rounds
                + " iterations)" + (enabled ? "" : "; the account is disabled: ./dmp account"
                + " enable " + login + " to let it log in"));
          }
        } finally {
          if (password != null) {
            Arrays.fill(password, '\0');
          }
        }
      }
      case "disable", "enable" -> {
        String login = oneLogin(a, command);
        boolean enable = command.equals("enable");
        try (Connection c = connect(url, user)) {
          requireSchema(c, url);
          Boolean enabled = enabled(c, login);
          if (enabled == null) {
            throw noSuchAccount(login);
          }
          if (checkOnly) {
            return;
          }
          if (enabled == enable) {
            System.out.println("dmp: account " + login + " is already " + command + "d");
          } else {
            update(c, "update account set enabled = ? where login = ?", enable, login);
            System.out.println("dmp: account " + login + " " + command + "d"
                + (enable ? "" : ": new logins are refused (a web session opened before lasts"
                + " until it ends)"));
          }
        }
      }
      case "describe" -> {
        if (a.size() < 2 || a.size() > 4) {
          throw usage("usage: ./dmp account describe LOGIN NAME [ORGANISATION [EMAIL]]");
        }
        String login = a.get(0);
        String name = a.get(1);
        String organisation = a.size() > 2 && !a.get(2).isBlank() ? a.get(2) : null;
        String email = a.size() > 3 && !a.get(3).isBlank() ? a.get(3) : null;
        if (name.isBlank() || name.length() > 200
            || (organisation != null && organisation.length() > 200)) {
          throw failure("NAME and ORGANISATION: 1 to 200 characters");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
          throw failure("EMAIL: an address such as jeanne.martin@exemple.fr");
        }
        try (Connection c = connect(url, user)) {
          requireSchema(c, url);
          if (enabled(c, login) == null) {
            throw noSuchAccount(login);
          }
          if (checkOnly) {
            return;
          }
          try (PreparedStatement st = c.prepareStatement(
              "update account set display_name = ?, organisation = ?, email = coalesce(?, email)"
                  + " where login = ?")) {
            st.setString(1, name);
            st.setString(2, organisation);
            st.setString(3, email);
            st.setString(4, login);
            st.executeUpdate();
          }
          System.out.println("dmp: account " + login + " shown as " + name
              + (organisation == null ? "" : " (" + organisation + ")")
              + (email == null ? "" : "; login codes go to " + email));
        }
      }
      case "list" -> {
        if (!a.isEmpty()) {
          throw usage("usage: ./dmp account list");
        }
        try (Connection c = connect(url, user)) {
          requireSchema(c, url);
          if (!checkOnly) {
            list(c);
          }
        }
      }
      default -> throw usage("unknown account command " + command + "; " + USAGE);
    }
  }

  // --- what an operator types ---------------------------------------------------------------

  record NewAccount(String login, String kind, String actorId, Set<String> roles) {

    static NewAccount of(String login, String kind, String actorId, List<String> roles)
        throws Failure {
      if (!LOGIN.matcher(login).matches()) {
        throw usage("login '" + login + "': 1 to 200 characters among letters, digits and . _ @ + -"
            + " (no space, no colon), starting with a letter or a digit");
      }
      String k = kind.toUpperCase(Locale.ROOT);
      if (!KINDS.contains(k)) {
        throw usage("unknown account kind '" + kind + "': one of " + String.join(", ", KINDS));
      }
      Set<String> rs = new LinkedHashSet<>();
      for (String role : roles) {
        String r = role.toUpperCase(Locale.ROOT);
        if (!ROLES.contains(r)) {
          throw usage("unknown role '" + role + "': one of " + String.join(", ", ROLES));
        }
        rs.add(r);
      }
      return new NewAccount(login, k, actorId(k, actorId), rs);
    }

    /** The id the account acts under, in the form the application compares it with. */
    static String actorId(String kind, String typed) throws Failure {
      switch (kind) {
        case "PATIENT" -> {
          String nir = typed.replace(" ", "").toUpperCase(Locale.ROOT);
          if (!NIR.matcher(nir).matches() || nirKey(nir.substring(0, 13))
              != Integer.parseInt(nir.substring(13))) {
            throw usage("actor id '" + typed + "': a PATIENT account acts under the patient's NIR,"
                + " 13 characters and a 2-digit key (15 in all), with the right key");
          }
          return nir;
        }
        case "PROFESSIONAL" -> {
          if (!RPPS.matcher(typed).matches() || !luhn(typed)) {
            throw usage("actor id '" + typed + "': a PROFESSIONAL account acts under the"
                + " professional's RPPS number, 11 digits with a valid check digit");
          }
          return typed;
        }
        case "ORGANISATION" -> {
          String finess = typed.toUpperCase(Locale.ROOT);
          if (!FINESS.matcher(finess).matches()) {
            throw usage("actor id '" + typed + "': an ORGANISATION account is named by its FINESS"
                + " number, 9 characters (2 for the department, 2A/2B in Corsica, then 7 digits)");
          }
          return finess;
        }
        default -> {
          if (typed.isEmpty()
              || typed.length() > 200
              || typed.codePoints()
                  .anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch))) {
            throw usage("actor id '" + typed + "': 1 to 200 characters, no space");
          }
          return typed;
        }
      }
    }
  }

  static int nirKey(String thirteen) {
    String digits = thirteen.replace("2A", "19").replace("2B", "18");
    return 97 - (int) (Long.parseLong(digits) % 97);
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled && (d *= 2) > 9) {
        d -= 9;
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  static String oneLogin(List<String> a, String command) throws Failure {
    if (a.size() != 1) {
      throw usage("usage: ./dmp account " + command + " LOGIN");
    }
    return a.get(0);
  }

  static Failure noSuchAccount(String login) {
    return failure("no account " + login + " (./dmp account list shows them)");
  }

  static int rounds() throws Failure {
    String s = System.getenv("DMP_ACCOUNT_ROUNDS");
    if (s == null || s.isBlank()) {
      return DEFAULT_ROUNDS;
    }
    int rounds;
    try {
      rounds = Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      rounds = -1;
    }
    if (rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
      throw failure("DMP_ACCOUNT_ROUNDS=" + s + ": a number of iterations from " + MIN_ROUNDS
          + " to " + MAX_ROUNDS + " (default " + DEFAULT_ROUNDS + ")");
    }
    return rounds;
  }

  /** The account password from DMP_ACCOUNT_PASSWORD, in the form Elytron hashes it (NFKC). */
  static char[] password() throws Failure {
    String typed = System.getenv("DMP_ACCOUNT_PASSWORD");
    if (typed == null) {
      throw failure("no password: set DMP_ACCOUNT_PASSWORD (./dmp asks for it on a terminal)");
    }
    if (typed.isEmpty()) {
      throw failure("DMP_ACCOUNT_PASSWORD is empty: set it to the password, or unset it to be"
          + " asked");
    }
    if (typed.indexOf('\uFFFD') >= 0) {
      throw failure("the password is not valid UTF-8: type it in a UTF-8 terminal");
    }
    if (typed.codePoints().anyMatch(ch -> Character.getType(ch) == Character.CONTROL
        || Character.getType(ch) == Character.SURROGATE)) {
      throw failure("the password contains a control character (a line break, a tab?): not"
          + " allowed");
    }
    String password = Normalizer.normalize(typed, Normalizer.Form.NFKC);
    int length = password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD_CHARS) {
      throw failure("password too short: " + MIN_PASSWORD_CHARS + " characters at least");
    }
    if (length > MAX_PASSWORD_CHARS) {
      throw failure("password too long: " + MAX_PASSWORD_CHARS + " characters at most");
    }
    return password.toCharArray();
  }

  // --- the stored digest ----------------------------------------------------------------------

  record Digest(String hash, String salt, int rounds) {}

  static final SecureRandom RANDOM = new SecureRandom();

  static Digest digest(char[] password, int rounds) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] k = new byte[utf8.remaining()];
    utf8.get(k);
    if (utf8.hasArray()) {
      Arrays.fill(utf8.array(), (byte) 0);
    }
    try {
      return new Digest(Base64.getEncoder().encodeToString(hi(k, salt, rounds)),
          Base64.getEncoder().encodeToString(salt), rounds);
    } finally {
      Arrays.fill(k, (byte) 0);
    }
  }

  /** Hi(password, salt, i) of RFC 5802 with HMAC-SHA-256: PBKDF2's first (and only) block. */
  static byte[] hi(byte[] password, byte[] salt, int rounds) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(password, "HmacSHA256"));
      mac.update(salt);
      mac.update(new byte[] {0, 0, 0, 1});
      byte[] u = mac.doFinal();
      byte[] h = u.clone();
      for (int i = 2; i <= rounds; i++) {
        mac.update(u);
        mac.doFinal(u, 0);
        for (int j = 0; j < h.length; j++) {
          h[j] ^= u[j];
        }
      }
      return h;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  // --- the database ---------------------------------------------------------------------------

  static Connection connect(String url, String user) throws Failure {
    Properties p = new Properties();
    p.setProperty("user", user);
    String password = System.getenv("DMP_DB_PASSWORD");
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", "dmp account");
    p.setProperty("connectTimeout", "15");
    try {
      return DriverManager.getConnection(url, p);
    } catch (SQLException e) {
      throw failure("cannot connect to " + shown(url) + " as " + user + ": " + e.getMessage());
    }
  }

  /** The URL without a password it may carry. */
  static String shown(String url) {
    return url.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
  }

  static void requireSchema(Connection c, String url) throws SQLException, Failure {
    try (PreparedStatement s = c.prepareStatement(
        "select to_regclass('account') is not null and to_regclass('account_role') is not null");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      if (!rs.getBoolean(1)) {
        throw failure("the database " + shown(url) + " has no table account yet (the"
            + " application creates its schema when it is deployed): start the server once"
            + " (./dmp start) so that it creates the schema, then try again");
      }
    }
  }

  static boolean exists(Connection c, String login) throws SQLException {
    return enabled(c, login) != null;
  }

  /** Whether the account is enabled; null when there is no such account. */
  static Boolean enabled(Connection c, String login) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select enabled from account where login = ?")) {
      s.setString(1, login);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getBoolean(1) : null;
      }
    }
  }

  static void add(Connection c, NewAccount a, char[] password, int rounds)
      throws SQLException, Failure {
    Digest d = digest(password, rounds);
    c.setAutoCommit(false);
    try {
      try (PreparedStatement s = c.prepareStatement("insert into account"
          + " (login, kind, actor_id, password_hash, password_salt, password_rounds, enabled)"
          + " values (?, ?, ?, ?, ?, ?, true)")) {
        s.setString(1, a.login);
        s.setString(2, a.kind);
        s.setString(3, a.actorId);
        s.setString(4, d.hash);
        s.setString(5, d.salt);
        s.setInt(6, d.rounds);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement("insert into account_role (login, role) values (?, ?)")) {
        for (String role : a.roles) {
          s.setString(1, a.login);
          s.setString(2, role);
          s.addBatch();
        }
        s.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      if ("23505".equals(e.getSQLState())) { // created meanwhile
        throw failure("an account " + a.login + " already exists");
      }
      throw e;
    }
  }

  static void setPassword(Connection c, String login, char[] password, int rounds)
      throws SQLException, Failure {
    Digest d = digest(password, rounds);
    try (PreparedStatement s = c.prepareStatement("update account set password_hash = ?,"
        + " password_salt = ?, password_rounds = ? where login = ?")) {
      s.setString(1, d.hash);
      s.setString(2, d.salt);
      s.setInt(3, d.rounds);
      s.setString(4, login);
      if (s.executeUpdate() == 0) {
        throw noSuchAccount(login);
      }
    }
  }

  static void update(Connection c, String sql, boolean value, String login) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setBoolean(1, value);
      s.setString(2, login);
      s.executeUpdate();
    }
  }

  static void list(Connection c) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"LOGIN", "KIND", "ACTOR_ID", "ROLES", "ENABLED"});
    try (PreparedStatement s = c.prepareStatement(
        "select a.login, a.kind, a.actor_id, coalesce(string_agg(r.role, ',' order by r.role), ''),"
            + " a.enabled from account a left join account_role r on r.login = a.login"
            + " group by a.login order by a.login");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.add(new String[] {rs.getString(1), rs.getString(2),
            rs.getString(3) == null ? "-" : rs.getString(3),
            rs.getString(4).isEmpty() ? "-" : rs.getString(4), rs.getBoolean(5) ? "yes" : "no"});
      }
    }
    int[] width = new int[5];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        out.append(i < row.length - 1 ? String.format("%-" + width[i] + "s  ", row[i]) : row[i]);
      }
      out.append('\n');
    }
    System.out.print(out);
    if (rows.size() == 1) {
      System.err.println("dmp: no accounts yet (./dmp account add ...)");
    }
  }
}
