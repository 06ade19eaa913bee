package org.civiclab.core.survey;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kind of answer a question takes. */
@API(status = STABLE, since = "0.1.0")
public enum QuestionType {
  /** A point on a labelled scale: a number from 1 to the number of labels. */
  LIKERT,
  /** How likely to recommend, a whole number from 0 to 10. */
  RECOMMENDATION,
  /** Exactly one of the choices. */
  SINGLE_CHOICE,
  /** Any number of distinct choices. */
  MULTIPLE_CHOICE,
  /** Every choice once, in the respondent's order, first is best. */
  RANKING,
  /** A number, within the question's bounds when it has them. */
  NUMBER,
  /** Free text. */
  FREE_TEXT;

  /** @return whether answers are numbers (Likert, recommendation, number) */
  public boolean numeric() {
    return this == LIKERT || this == RECOMMENDATION || this == NUMBER;
  }

  /** @return whether answers pick from the question's choices */
  public boolean choosing() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING;
  }
}
