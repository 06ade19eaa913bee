package org.civiclab.examples.cli;

import java.util.Optional;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code civiclab --version}: the version the build wrote into the jar's manifest
 * ({@code Implementation-Version}), so that no literal in the code goes stale at a release.
 */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {text(Optional.ofNullable(Main.class.getPackage())
        .flatMap(p -> Optional.ofNullable(p.getImplementationVersion())))};
  }

  /**
   * @param version the manifest's {@code Implementation-Version}, empty when the classes do not
   *     come from a jar (as when the tests run on {@code target/classes})
   * @return the line {@code --version} prints
   */
  static String text(Optional<String> version) {
    return version.map(v -> "civiclab " + v)
        .orElse("civiclab (version unknown: not run from a built jar)");
  }
}
