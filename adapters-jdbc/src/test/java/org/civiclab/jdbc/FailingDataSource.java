package org.civiclab.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source whose statements fail at the n-th execution (counting every execute,
 * executeUpdate, executeQuery and executeBatch from the moment it is armed), to test that a
 * write failing midway leaves nothing behind.
 */
final class FailingDataSource {
  private final DataSource target;
  private final AtomicInteger remaining = new AtomicInteger(Integer.MAX_VALUE);

  FailingDataSource(DataSource target) {
    this.target = target;
  }

  /** @param n the 1-based execution that fails from now on */
  void failAt(int n) {
    remaining.set(n);
  }

  /** @return whether the armed failure has happened */
  boolean fired() {
    return remaining.get() <= 0;
  }

  DataSource dataSource() {
    return proxy(DataSource.class, target, (m, args, result) -> {
      return m.getName().equals("getConnection") ? connection((Connection) result) : result;
    });
  }

  private Connection connection(Connection c) {
    return proxy(Connection.class, c, (m, args, result) -> {
      if (result instanceof PreparedStatement) {
        return statement(PreparedStatement.class, (PreparedStatement) result);
      }
      if (result instanceof Statement) {
        return statement(Statement.class, (Statement) result);
      }
      return result;
    });
  }

  private <S extends Statement> S statement(Class<S> type, S s) {
    return proxy(type, s, null);
  }

  private interface After {
    Object apply(java.lang.reflect.Method m, Object[] args, Object result) throws Exception;
  }

  private <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler h = (p, m, args) -> {
      if (Statement.class.isAssignableFrom(type) && m.getName().startsWith("execute")
          && remaining.decrementAndGet() == 0) {
        throw new SQLException("injected failure", "08006");
      }
      Object result;
      try {
        result = m.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after == null ? result : after.apply(m, args, result);
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
  }
}
