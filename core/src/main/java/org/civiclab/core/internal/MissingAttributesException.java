package org.civiclab.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;

/**
 * What a generated builder throws when required attributes are not set. Not API: callers
 * catch {@link InvalidInputException}, which this is.
 *
 * <p>{@link CivicStyle} names this class as Immutables' {@code throwForInvalidImmutableState};
 * because it has a {@code String...} constructor, the generated builders pass the names of
 * the missing attributes. Each becomes one problem whose path is the attribute, so that
 * {@link InvalidInputException#under} composes it with an enclosing path like any other
 * invariant; the message names the type: {@code Program.organizer: required, not set}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MissingAttributesException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** What the problems say. */
  static final String REQUIRED = "required, not set";

  /** The simple name of the value type whose builder threw. */
  private final String type;

  /**
   * Called by generated builders with the names of the missing attributes.
   *
   * @param attributes the missing attributes, at least one
   */
  public MissingAttributesException(String... attributes) {
    this(builtType(), List.of(attributes));
  }

  private MissingAttributesException(String type, List<String> attributes) {
    super(attributes.stream().map(a -> Problem.at(a, REQUIRED + " on " + type))
        .collect(Collectors.toList()));
    this.type = type;
  }

  /** @return the simple name of the value type that could not be built */
  public String type() {
    return type;
  }

  /** @return one line per missing attribute, such as {@code Program.organizer: required, not set} */
  @Override
  public String getMessage() {
    List<String> lines = problems().stream().map(p -> type + "." + p.path() + ": " + REQUIRED)
        .collect(Collectors.toList());
    return lines.size() == 1 ? lines.get(0)
        : lines.size() + " problems:\n" + lines.stream().map(l -> "  - " + l)
            .collect(Collectors.joining("\n"));
  }

  /**
   * The value type whose generated builder is constructing this exception: the builder is
   * nested in the generated implementation, which extends the abstract value type.
   */
  private static String builtType() {
    Optional<Class<?>> builder = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
            .filter(c -> c != MissingAttributesException.class).findFirst());
    if (builder.isEmpty()) {
      return "value";
    }
    Class<?> implementation = builder.get().getEnclosingClass();
    if (implementation == null) {
      return builder.get().getSimpleName();
    }
    Class<?> abstractType = implementation.getSuperclass();
    return abstractType == null || abstractType == Object.class
        ? implementation.getSimpleName() : abstractType.getSimpleName();
  }
}
