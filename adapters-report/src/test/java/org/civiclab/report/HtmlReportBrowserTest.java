package org.civiclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.civiclab.core.model.Program;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens every page of the report in Debian's headless Chromium over the DevTools protocol.
 *
 * <p>Skipped when {@code /usr/bin/chromium} is missing, unless {@code -Dciviclab.requireBrowser=
 * true} (as {@code .ci/run} sets it, after installing Chromium and fonts): then it fails.
 */
@Tag("browser")
class HtmlReportBrowserTest {

  /** Share of pixels that differ from the white background, above which a page is not blank. */
  static final double INK_THRESHOLD = 0.01;

  /**
   * Run in the page by the test: for each distinct Georgian letter on the page, draws it with
   * the page's own font stack on a canvas and compares the pixels with a private-use code point
   * no font has (the missing-glyph box) and with nothing drawn at all.
   */
  static final String GLYPHS = "(() => {"
      + "const font = getComputedStyle(document.body).fontFamily;"
      + "const c = document.createElement('canvas'); c.width = 64; c.height = 64;"
      + "const x = c.getContext('2d');"
      + "const img = ch => { x.clearRect(0, 0, 64, 64); x.font = '40px ' + font;"
      + "  x.fillStyle = '#000'; x.fillText(ch, 8, 48);"
      + "  return Array.from(x.getImageData(0, 0, 64, 64).data).join(','); };"
      + "const box = img('\\u{10FFFD}'); const blank = img(' ');"
      + "const letters = [...new Set([...document.body.textContent]"
      + "  .filter(ch => /[\\u10A0-\\u10FF]/.test(ch)))];"
      + "const missing = letters.filter(ch => { const i = img(ch); return i === box"
      + "  || i === blank; });"
      + "return JSON.stringify({letters: letters.length, missing: missing});"
      + "})()";

  @Test
  void everyPageOpensCleanlyInChromium(@TempDir Path dir) throws Exception {
    boolean required = Boolean.getBoolean("civiclab.requireBrowser");
    if (!Files.isExecutable(Chromium.BINARY)) {
      assertTrue(!required, Chromium.BINARY + " is missing but civiclab.requireBrowser is set");
      Assumptions.abort(Chromium.BINARY + " is not installed");
    }
    ReportFixture f = new ReportFixture();
    List<Path> pages = f.report.write(dir.resolve("report"));
    ObjectMapper json = new ObjectMapper();
    int withResults = 0;
    try (Chromium browser = new Chromium(dir.resolve("profile"))) {
      browser.call("Page.enable");
      browser.call("Runtime.enable");
      browser.call("Log.enable");
      browser.call("Network.enable");
      for (Path page : pages) {
        String url = page.toUri().toString();
        int mark = browser.events.size();
        browser.call("Page.navigate", "url", url);
        browser.await("Page.loadEventFired", mark);
        String name = page.getFileName().toString();

        List<String> problems = new ArrayList<>();
        for (int i = mark; i < browser.events.size(); i++) {
          JsonNode ev = browser.events.get(i);
          String method = ev.path("method").asText();
          JsonNode p = ev.path("params");
          if (method.equals("Runtime.exceptionThrown")
              || method.equals("Runtime.consoleAPICalled") && p.path("type").asText()
                  .equals("error")
              || method.equals("Log.entryAdded") && p.path("entry").path("level").asText()
                  .equals("error")) {
            problems.add("console: " + p);
          }
          if (method.equals("Network.requestWillBeSent")) {
            String requested = p.path("request").path("url").asText();
            if (!requested.equals(url) && !requested.startsWith("data:")) {
              problems.add("request: " + requested);
            }
          }
        }
        assertEquals(List.of(), problems, name);

        Set<String> shown = new TreeSet<>();
        for (JsonNode id : json.readTree(browser.evaluate("JSON.stringify(Array.from("
            + "document.querySelectorAll('[data-event]')).map(e => e.dataset.event))")
            .asText())) {
          shown.add(id.asText());
        }
        for (Program p : f.programs) {
          if (name.equals(HtmlReport.fileName(p))) {
            assertEquals(ReportFixture.eventIds(p), shown, name + ": every planned event");
          }
        }

        for (Program p : f.programs) {
          if (name.equals(HtmlReport.fileName(p)) && !p.commitments().isEmpty()) {
            withResults++;
            assertEquals("[\"results-commitment-kinds\",\"results-commitments\","
                + "\"results-indicators\",\"results-owners\"]", browser.evaluate(
                    "JSON.stringify(Array.from(document.querySelectorAll("
                    + "'#results figure.chart')).filter(e => e.querySelector('svg')"
                    + " && e.getBoundingClientRect().height > 0).map(e => e.id).sort())")
                    .asText(), name + ": the results charts are drawn");
            assertEquals(3, browser.evaluate("document.querySelectorAll("
                + "'#results-indicators g.ind').length").asInt(), name
                + ": one bar group per numeric indicator period");
          }
        }

        JsonNode glyphs = json.readTree(browser.evaluate(GLYPHS).asText());
        assertTrue(glyphs.path("letters").asInt() > 0 || name.equals("index.html"),
            name + " shows Georgian text");
        assertEquals(0, glyphs.path("missing").size(), name + ": missing glyphs "
            + glyphs.path("missing"));

        JsonNode shot = browser.call("Page.captureScreenshot", "format", "png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
            Base64.getDecoder().decode(shot.path("data").asText())));
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
          for (int x = 0; x < image.getWidth(); x++) {
            if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
              ink++;
            }
          }
        }
        double share = (double) ink / ((long) image.getWidth() * image.getHeight());
        assertTrue(share > INK_THRESHOLD, name + ": screenshot nearly blank (" + share + ")");
        if (Boolean.getBoolean("civiclab.keepScreenshots")) {
          Files.write(Path.of("target", name + ".png"),
              Base64.getDecoder().decode(shot.path("data").asText()));
        }
      }
    }
    assertEquals(1, withResults, "a page with a results section was opened");
  }
}
