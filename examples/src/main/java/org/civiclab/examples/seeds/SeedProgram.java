package org.civiclab.examples.seeds;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.civiclab.core.grouping.Grouping;
import org.civiclab.core.model.Program;
import org.civiclab.core.selection.Selection;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.validation.ProgramValidator;
import org.civiclab.core.validation.ValidationReport;
import org.immutables.value.Value;

/**
 * One seed program with what it needs to stand alone: the program, the people and
 * organisations it refers to, the facts its source text states and the assumptions made where
 * the text is silent, and the selections and groupings it made through the library. Immutable.
 */
@Value.Immutable
public abstract class SeedProgram implements WithSeedProgram {

  /** @return the number of the source text in {@code seeds/}, such as {@code 000} */
  public abstract String source();

  /** @return the program */
  public abstract Program program();

  /** @return the people and organisations the program refers to */
  public abstract DirectorySnapshot directory();

  /** @return the facts taken from the source text, one sentence each */
  public abstract ImmutableList<String> facts();

  /** @return what was assumed where the text is silent, one sentence each */
  public abstract ImmutableList<String> assumptions();

  /**
   * @return the selections the seed made from applicants ({@code org.civiclab.core.selection}),
   *     by what each decided; empty for a seed that selects nobody
   */
  public abstract ImmutableMap<String, Selection> selections();

  /**
   * @return the groups the seed re-formed over rounds ({@code org.civiclab.core.grouping}), by
   *     what they are for; empty for a seed that forms none
   */
  public abstract ImmutableMap<String, Grouping> groupings();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code SeedProgram} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableSeedProgram.Builder {
    Builder() {}
  }

  /** @return the program validated against its directory */
  public ValidationReport validate() {
    return ProgramValidator.validate(program(), directory());
  }
}
