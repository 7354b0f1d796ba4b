package org.dmp.it.hostile;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * The test database over one connection kept open: the corpus takes the database's state twice per
 * case, dozens of queries each, and a new connection (with its password exchange) per query would
 * cost more than the case itself.
 */
final class OneConnection {

  private OneConnection() {}

  static DataSource of(DataSource real) {
    Connection[] held = new Connection[1];
    return (DataSource)
        Proxy.newProxyInstance(
            OneConnection.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection") && args == null) {
                synchronized (held) {
                  if (held[0] == null || held[0].isClosed()) {
                    held[0] = real.getConnection();
                  }
                  return keptOpen(held[0]);
                }
              }
              return invoke(real, method, args);
            });
  }

  /** The connection, whose {@code close} leaves it open for the next query. */
  private static Connection keptOpen(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            OneConnection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) ->
                method.getName().equals("close") ? null : invoke(connection, method, args));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
