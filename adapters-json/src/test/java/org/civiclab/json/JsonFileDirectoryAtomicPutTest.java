package org.civiclab.json;

import java.nio.file.Path;
import org.civiclab.core.store.Directory;
import org.civiclab.core.store.contract.DirectoryAtomicPutContract;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file-backed directory against the all-or-nothing put contract. A put there is one
 * replacement of {@code directory.json} through a temporary file renamed over it, so it has
 * no step between organisations and people to fail at: that case is skipped, and the
 * replacement's own atomicity is {@link AtomicFiles}' to keep.
 */
class JsonFileDirectoryAtomicPutTest extends DirectoryAtomicPutContract {
  @TempDir
  Path root;

  @Override
  protected Directory newDirectory() {
    return JsonFileStores.open(root).directory();
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
