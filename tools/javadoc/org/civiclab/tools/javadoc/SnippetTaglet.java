package org.civiclab.tools.javadoc;

import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.UnknownInlineTagTree;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import jdk.javadoc.doclet.Taglet;

/**
 * Renders {@code {@snippet ...}} on JDK 17, whose javadoc predates the tag (JEP 413, JDK 18)
 * and refuses it. The build registers this taglet only when it runs on JDK 17; from JDK 18 on
 * the standard doclet renders snippets itself, with the same source.
 *
 * <p>Only inline snippets are supported, which is all CivicLab writes: the attributes before
 * the colon are dropped, markup comments ({@code // @highlight ...}, {@code @replace},
 * {@code @link}, {@code @start}, {@code @end}) are removed, the common indentation is taken
 * off and the code is escaped into a {@code <pre class="snippet"><code>} block, the element
 * the standard doclet writes too.
 */
public final class SnippetTaglet implements Taglet {
  private static final Pattern MARKUP =
      Pattern.compile("\\s*//\\s*@(highlight|replace|link|start|end)\\b.*$");

  /** Made by javadoc through its {@code -taglet} option. */
  public SnippetTaglet() {}

  @Override
  public Set<Location> getAllowedLocations() {
    return EnumSet.allOf(Location.class);
  }

  @Override
  public boolean isInlineTag() {
    return true;
  }

  @Override
  public String getName() {
    return "snippet";
  }

  @Override
  public String toString(List<? extends DocTree> tags, Element element) {
    StringBuilder out = new StringBuilder();
    for (DocTree tag : tags) {
      StringBuilder body = new StringBuilder();
      if (tag instanceof UnknownInlineTagTree) {
        for (DocTree part : ((UnknownInlineTagTree) tag).getContent()) {
          body.append(part);
        }
      }
      out.append("<pre class=\"snippet\"><code>").append(escape(code(body.toString())))
          .append("</code></pre>");
    }
    return out.toString();
  }

  /** The code of a snippet tag's body: after the header's colon, markup gone, dedented. */
  static String code(String body) {
    int colon = body.indexOf(':');
    String text = colon < 0 ? body : body.substring(colon + 1);
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String kept = MARKUP.matcher(line).replaceFirst("");
      if (!kept.isBlank() || kept.length() == line.length()) {
        lines.add(kept);
      }
    }
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder code = new StringBuilder();
    for (String line : lines) {
      code.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return code.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
