package org.civiclab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.List;
import org.civiclab.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * How problems are gathered while reading: positions only when both line and column are
 * known, the stop after the limit with its closing problem, marks, and how a parser's failure
 * becomes a problem with its prefix and position.
 */
class ReadingTest {
  private static List<String> texts(JsonDocumentException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aPositionIsKeptOnlyWhenLineAndColumnAreBothKnown() {
    Reading r = new Reading(10);
    r.add("a", 0, 5, "no line");
    r.add("b", 3, 0, "no column");
    r.add("c", 1, 1, "first place");
    r.add("d", Node.scalar(Node.Kind.STRING, 2, 7, "x", false), "at a node");
    JsonDocumentException e = assertThrows(JsonDocumentException.class, r::throwIfAny);
    assertEquals(List.of("a: no line", "b: no column", "c (line 1, column 1): first place",
        "d (line 2, column 7): at a node"), texts(e));
  }

  @Test
  void readingStopsAtTheLimitWithAClosingProblem() {
    Reading r = new Reading(3);
    r.add("a", 1, 1, "one");
    r.add("b", 1, 2, "two");
    assertTrue(r.any());
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> r.add("c", 1, 3, "three"));
    assertEquals(List.of("a (line 1, column 1): one", "b (line 1, column 2): two",
        "c (line 1, column 3): three", "(input): reading stopped after 3 problems"), texts(e));
  }

  @Test
  void marksTellWhetherAnythingWasFoundSince() {
    Reading r = new Reading(5);
    assertFalse(r.any());
    r.throwIfAny();
    int start = r.mark();
    assertEquals(0, start);
    assertTrue(r.cleanSince(start));
    r.add("x", 1, 1, "bad");
    assertFalse(r.cleanSince(start));
    assertTrue(r.cleanSince(r.mark()));
    assertEquals(1, r.mark());
  }

  private static JsonProcessingException failure(String json) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      while (p.nextToken() != null) {
        // read on until the parser fails
      }
    } catch (JsonProcessingException e) {
      return e;
    }
    throw new AssertionError("no failure for " + json);
  }

  @Test
  void aParserFailureBecomesAMalformedJsonProblemAtItsPosition() throws IOException {
    JsonProcessingException cause = failure("{\n  \"a\": }");
    Reading r = new Reading(5);
    r.add("before", 1, 1, "earlier");
    JsonDocumentException e = r.abort("program", null, cause);
    assertSame(cause, e.getCause());
    assertEquals(2, e.problems().size());
    Problem p = e.problems().get(1);
    assertEquals("program", p.path());
    assertTrue(p.message().startsWith("malformed JSON: Unexpected character ('}'"),
        p.message());
    assertFalse(p.message().contains("\n"), "one line");
    assertEquals(2, p.line().getAsInt());
    assertEquals(8, p.column().getAsInt());
  }

  @Test
  void anEncodingFailureKeepsItsOwnMessageAndAFailureWithoutPlaceHasNone() {
    Reading r = new Reading(5);
    JsonDocumentException e = r.abort("", null,
        new StrictReader.EncodingException("not UTF-8 at byte 3", JsonLocation.NA));
    assertEquals(List.of("(input): not UTF-8 at byte 3"), texts(e));
    JsonDocumentException withoutMessage = new Reading(5).abort("p", null,
        new JsonProcessingException((String) null) {
          private static final long serialVersionUID = 1L;
        });
    assertEquals(1, withoutMessage.problems().size());
    assertTrue(withoutMessage.problems().get(0).line().isEmpty());
    assertEquals("malformed JSON: ", withoutMessage.problems().get(0).message().substring(0,
        16));
  }

  @Test
  void aFailureWithoutPlaceTakesTheParsersPlace() throws IOException {
    try (JsonParser parser = new JsonFactory().createParser("[1,\n 22]")) {
      parser.nextToken();
      parser.nextToken();
      parser.nextToken();
      JsonDocumentException e = new Reading(5).abort("[1]", parser,
          new JsonProcessingException("odd", (JsonLocation) null) {
            private static final long serialVersionUID = 1L;
          });
      assertEquals(List.of("[1] (line 2, column " + parser.currentLocation().getColumnNr()
          + "): malformed JSON: odd"), texts(e));
      assertEquals(2, parser.currentLocation().getLineNr());
    }
  }
}
