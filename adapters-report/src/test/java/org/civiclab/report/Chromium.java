package org.civiclab.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol, with the JDK's own
 * HTTP and WebSocket client: no driver, no downloaded browser. One page target; every
 * protocol event is kept so a test can look for console errors and network requests.
 */
final class Chromium implements AutoCloseable {

  static final Path BINARY = Path.of(System.getProperty("civiclab.chromium", "/usr/bin/chromium"));
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  /** Generous: a loaded 2-core CI box starts Chromium slowly. Not a timing assertion. */
  private static final long WAIT_SECONDS = 120;

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();

  Chromium(Path profile) throws Exception {
    Files.createDirectories(profile);
    process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--window-size=1280,1600", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true).start();
    CompletableFuture<String> browserUrl = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          stderr.add(line);
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            browserUrl.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        browserUrl.completeExceptionally(e);
      }
      browserUrl.completeExceptionally(new IOException("chromium ended: " + stderr));
    }, "chromium-output");
    reader.setDaemon(true);
    reader.start();
    URI browser = URI.create(browserUrl.get(WAIT_SECONDS, TimeUnit.SECONDS));
    HttpClient http = HttpClient.newHttpClient();
    String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority()
        + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
    String page = null;
    for (JsonNode t : json.readTree(list)) {
      if (t.path("type").asText().equals("page")) {
        page = t.path("webSocketDebuggerUrl").asText();
      }
    }
    if (page == null) {
      throw new IOException("no page target in " + list);
    }
    socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener())
        .get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Sends a command and waits for its result.
   *
   * @param method the protocol method
   * @param params its parameters, as alternating names and values
   * @return the result object
   */
  JsonNode call(String method, Object... params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = json.createObjectNode().put("id", id).put("method", method);
    ObjectNode p = msg.putObject("params");
    for (int i = 0; i < params.length; i += 2) {
      p.set((String) params[i], json.valueToTree(params[i + 1]));
    }
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    socket.sendText(json.writeValueAsString(msg), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
    JsonNode reply = f.get(WAIT_SECONDS, TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IOException(method + ": " + reply.get("error"));
    }
    return reply.path("result");
  }

  /** Waits until an event of this method has arrived after the given index. */
  JsonNode await(String method, int after) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < end) {
      for (int i = after; i < events.size(); i++) {
        if (events.get(i).path("method").asText().equals(method)) {
          return events.get(i);
        }
      }
      Thread.sleep(20);
    }
    throw new IOException("no " + method + " event; chromium said " + stderr);
  }

  /**
   * Evaluates an expression in the page and returns its value.
   *
   * @param expression JavaScript, run by the test (the pages have none of their own)
   * @return the value
   */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", "expression", expression, "returnByValue", true);
    if (r.has("exceptionDetails")) {
      throw new IOException("evaluation failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  List<String> output() {
    return new ArrayList<>(stderr);
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // the browser goes down below either way
    }
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode msg = json.readTree(partial.toString());
          if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
            if (f != null) {
              f.complete(msg);
            }
          } else {
            events.add(msg);
          }
        } catch (IOException e) {
          events.add(json.createObjectNode().put("method", "unparsable").put("text",
              e.getMessage()));
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
