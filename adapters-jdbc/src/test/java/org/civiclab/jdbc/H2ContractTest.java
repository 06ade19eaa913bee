package org.civiclab.jdbc;

/** Core's storage contract on embedded H2 files opened with {@link JdbcStores#h2}. */
class H2ContractTest extends ContractSuites {

  @Override
  protected JdbcStores openEmpty() {
    return JdbcStores.h2(TestDatabases.newH2File());
  }

  @Override
  protected boolean closeAfterEachTest() {
    return true;
  }
}
