/**
 * Surveys: questionnaires of typed questions (labelled Likert scales, 0 to 10 recommendation,
 * single and multiple choice, ranking, number, free text) with wording in several languages,
 * their anonymous or named responses, pre/post pairs that measure change per person, and
 * ballots (a choice question with a decision rule).
 *
 * <p>Every type is an immutable value that checks itself at construction: a response to a
 * question the survey does not have, or a ballot answer outside its choices, throws
 * {@link org.civiclab.core.InvalidInputException} with the path, such as
 * {@code responses[3].answers.q7}. A program holds its surveys
 * ({@code Program.surveys()}); {@code org.civiclab.core.analysis.SurveyAnalyses} computes
 * response rates, distributions, means with confidence intervals, pre/post change and ballot
 * decisions.
 */
@CivicStyle
@NullMarked
@CheckReturnValue
package org.civiclab.core.survey;

import com.google.errorprone.annotations.CheckReturnValue;
import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
