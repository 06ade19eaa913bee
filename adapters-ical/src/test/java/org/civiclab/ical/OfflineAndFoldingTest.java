package org.civiclab.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.util.Configurator;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.Program;
import org.civiclab.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

class OfflineAndFoldingTest {

  /**
   * ical4j can refresh a zone definition from its TZURL when a zone is first loaded. Every
   * URL connection asks the default ProxySelector first, so a recording selector sees any
   * attempt; zones no other test loads make sure definitions are really loaded here.
   */
  @Test
  void exportingLoadsZonesWithoutTouchingTheNetwork() {
    assertTrue(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")
        .map(v -> v.equals("false")).orElse(true), "zone updates must stay off");
    List<URI> attempts = new ArrayList<>();
    ProxySelector previous = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        attempts.add(uri);
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException e) {}
    });
    try {
      Program p = Fixture.program();
      var outreach = p.outreachMeetings().get(0)
          .withWhen(TimeSpan.on(LocalDate.of(2025, 6, 20), LocalTime.of(11, 0),
              LocalTime.of(13, 0), ZoneId.of("America/La_Paz")));
      Program q = p.withOutreachMeetings(outreach)
          .withZone(ZoneId.of("Pacific/Chatham"));
      String ics = ICalExporterTest.EXPORTER.program(q, Fixture.directory());
      assertEquals(List.of("America/La_Paz", "Asia/Tbilisi", "Europe/Stockholm",
          "Pacific/Chatham"), Parsed.of(ics).zoneIds());
    } finally {
      ProxySelector.setDefault(previous);
    }
    assertEquals(List.of(), attempts);
  }

  @Test
  void foldingCountsOctetsAndNeverSplitsACharacter() {
    String georgian = "SUMMARY:" + "ნ".repeat(60) + "\r\n";
    String folded = Folding.refold("BEGIN:VEVENT\r\n" + georgian + "END:VEVENT\r\n");
    for (String line : folded.split("\r\n")) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertTrue(bytes.length <= 75, line);
      assertEquals(line, new String(bytes, StandardCharsets.UTF_8), "whole characters only");
    }
    // 8 ASCII octets + 60 letters of 3 octets: lines of 8+22 letters, then 24, then 14
    assertEquals("BEGIN:VEVENT\r\nSUMMARY:" + "ნ".repeat(22) + "\r\n " + "ნ".repeat(24)
        + "\r\n " + "ნ".repeat(14) + "\r\nEND:VEVENT\r\n", folded);
    assertEquals(folded, Folding.refold(folded), "folding is idempotent");
    String emoji = "X:" + "😀".repeat(30) + "\r\n";
    for (String line : Folding.refold(emoji).split("\r\n")) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertTrue(bytes.length <= 75, line);
      assertEquals(line, new String(bytes, StandardCharsets.UTF_8), "no surrogate split");
    }
    assertEquals(emoji, Folding.refold(emoji).replace("\r\n ", ""));
  }
}
