package org.civiclab.core.survey;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a survey evaluates, in the four levels training evaluation commonly uses. */
@API(status = STABLE, since = "0.1.0")
public enum EvaluationLevel {
  /** How participants felt about the training: satisfaction, relevance. */
  REACTION,
  /** What they learned: knowledge, skills, attitudes. */
  LEARNING,
  /** What they do differently at work afterwards. */
  BEHAVIOUR,
  /** What changed for their organisation or community. */
  RESULTS
}
