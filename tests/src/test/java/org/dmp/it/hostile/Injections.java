package org.dmp.it.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The injection strings sent in every field that has a grammar (NIR, RPPS, OIDs, codes, dates,
 * e-mail, phone, ids): each must be refused by that field's own check, before anything reads it as
 * SQL, markup, an expression or a path.
 */
public final class Injections {

  private Injections() {}

  /** Name (for the corpus) → string. */
  public static Map<String, String> all() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("SQL tautology", "' OR '1'='1");
    all.put("SQL stacked query", "1'; DROP TABLE record; --");
    all.put("SQL union", "1 UNION SELECT password_hash FROM account --");
    all.put("script tag", "<script>alert(1)</script>");
    all.put("markup attribute", "\"><img src=x onerror=alert(1)>");
    all.put("expression language", "#{facesContext.externalContext.request}");
    all.put("JNDI lookup", "${jndi:ldap://127.0.0.1:1389/a}");
    all.put("path traversal", "../../../../etc/passwd");
    all.put("NUL and CRLF", "1\u0000\r\nSet-Cookie: x=y");
    all.put("5000 characters", "9".repeat(5000));
    return all;
  }

  /** The NIR of {@code ins} with a wrong key (its key plus one). */
  public static String wrongKey(org.dmp.domain.patient.Ins ins) {
    String nir = ins.value();
    int key = Integer.parseInt(nir.substring(13));
    return nir.substring(0, 13) + String.format("%02d", (key + 1) % 100);
  }

  /** A DTD whose entity {@code a9} expands to 10^9 "lol"s ("billion laughs"). */
  public static String laughs() {
    StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      entities.append("<!ENTITY a").append(i).append(" \"");
      entities.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return "<?xml version=\"1.0\"?><!DOCTYPE q [" + entities + "]>";
  }
}
