package org.civiclab.core.store.memory;

import org.civiclab.core.store.Directory;
import org.civiclab.core.store.contract.DirectoryAtomicPutContract;

/**
 * The in-memory directory against the all-or-nothing put contract. It has no step that can
 * fail part way (a put is a few map insertions under one lock), so that case is skipped.
 */
class MemoryDirectoryAtomicPutTest extends DirectoryAtomicPutContract {
  @Override
  protected Directory newDirectory() {
    return MemoryStores.directory();
  }

  @Override
  protected boolean failWritesAt(int n) {
    return false;
  }

  @Override
  protected void stopFailing() {
    // nothing to undo
  }
}
