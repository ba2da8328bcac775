package org.awardsapi.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page at {@code /} in a real browser: Debian's headless Chromium driven by
 * Selenium through Debian's chromedriver (nothing is downloaded), against the whole
 * application on a random port. Screenshots go to {@code target/screenshots}. Skipped,
 * with a message, where Chromium or chromedriver is not installed.
 */
@ApiIntegrationTest
class BrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String MISSING = "BrowserTest SKIPPED: it needs Debian's chromium and chromium-driver ("
			+ CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static Path profile;

	private static ChromeDriverService service;

	private static ChromeDriver browser;

	@LocalServerPort
	private int port;

	private WebDriverWait wait;

	@BeforeAll
	static void startChromium() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			System.err.println(MISSING);
			return;
		}
		// Both paths given: Selenium Manager neither looks for nor downloads anything.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		profile = Files.createTempDirectory("awards-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=en-GB",
				"--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopChromium() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	@BeforeEach
	void freshWindow() {
		Assumptions.assumeTrue(browser != null, MISSING);
		browser.manage().window().setSize(DESKTOP);
		this.wait = new WebDriverWait(browser, WAIT);
	}

	@Test
	void homePageShowsThe97thAcademyAwards() throws IOException {
		open("/");

		assertThat(heading()).isEqualTo("97th Academy Awards");
		assertThat(new Select(byId("pick-award")).getFirstSelectedOption().getDomProperty("value")).isEqualTo("oscars");
		assertThat(new Select(byId("pick-ceremony")).getFirstSelectedOption().getDomProperty("value"))
			.isEqualTo("oscars-97");
		WebElement bestPicture = find("article[data-category='best-picture']");
		assertThat(bestPicture.findElement(By.tagName("h3")).getText()).isEqualTo("Best Picture");
		assertThat(bestPicture.findElements(By.cssSelector("li"))).hasSize(10);
		List<WebElement> winners = bestPicture.findElements(By.cssSelector("li.won"));
		assertThat(winners).hasSize(1);
		assertThat(winners.get(0).getText()).contains("Anora (2024)", "Sean Baker, Producers");
		assertThat(winners.get(0).findElement(By.className("badge")).getDomProperty("textContent")).isEqualTo("Winner");

		List<String> topPerson = cells("#wins-by-person tbody tr:first-child");
		assertThat(topPerson.subList(0, 3)).containsExactly("Sean Baker", "4", "4");
		assertThat(cells("#wins-by-film tbody tr:first-child").subList(0, 3)).containsExactly("Anora (2024)", "5", "6");

		List<WebElement> bars = browser.findElements(By.cssSelector("#wins-chart svg rect.bar"));
		assertThat(bars).hasSizeGreaterThan(1);
		assertThat(bars.get(0).getDomAttribute("data-value")).isEqualTo("4");
		assertThat(Double.parseDouble(bars.get(0).getDomAttribute("width")))
			.isGreaterThan(Double.parseDouble(bars.get(1).getDomAttribute("width")));
		assertThat(find("#wins-chart svg").getDomAttribute("role")).isEqualTo("img");
		assertThat(find("#wins-chart desc").getDomProperty("textContent")).startsWith("Sean Baker: 4 wins");

		assertAccessibleBasics();
		screenshot("home");
		pageScreenshot("home-full", Double.MAX_VALUE);
		// The picture in the README (docs/screenshot.png is a copy).
		pageScreenshot("home-top", 1750);
	}

	@Test
	void pickingAnotherCeremonyPutsItInTheUrl() {
		open("/");
		new Select(byId("pick-award")).selectByValue("cannes");
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#pick-ceremony option"),
				"77th Cannes Film Festival (2024)"));
		find("form.picker button[type='submit']").click();

		wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "77th Cannes Film Festival"));
		waitUntilReady();
		assertThat(browser.getCurrentUrl()).endsWith("/#/ceremony/cannes-77");
		WebElement palme = find("article[data-category='palme-d-or']");
		assertThat(palme.findElement(By.cssSelector("li.won")).getText()).contains("Anora (2024)");
	}

	@Test
	void searchIgnoresAccentsAndCaseAndOpensThePerson() throws IOException {
		open("/");
		WebElement search = byId("search-q");
		search.sendKeys("KARLA sofia gascon", Keys.ENTER);

		wait.until(ExpectedConditions.urlContains("#/search?q=KARLA+sofia+gascon"));
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "Search: “KARLA sofia gascon”"));
		waitUntilReady();
		List<WebElement> people = browser.findElements(By.cssSelector("#people-results li a"));
		assertThat(people).extracting(WebElement::getText).containsExactly("Karla Sofía Gascón");
		screenshot("search");

		people.get(0).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "Karla Sofía Gascón"));
		waitUntilReady();
		assertThat(browser.getCurrentUrl()).endsWith("#/person/karla-sofia-gascon");
		assertThat(cells("#wins-by-ceremony tbody tr:first-child")).containsExactly("97th Academy Awards",
				"2 March 2025", "0", "1", "Actress in a Leading Role");
		assertThat(find("section[aria-labelledby='nominations-title'] li").getText())
			.contains("Actress in a Leading Role", "Emilia Pérez (2024)", "97th Academy Awards")
			.doesNotContain("Winner");
		screenshot("person-karla-sofia-gascon");
	}

	@Test
	void searchWithoutResultsSaysSo() {
		open("/#/search?q=zzzz%20qqqq");

		assertThat(heading()).isEqualTo("Search: “zzzz qqqq”");
		assertThat(find("#view .empty").getText()).startsWith("Nothing matches “zzzz qqqq”");
		assertThat(browser.findElements(By.cssSelector("#people-results li, #film-results li"))).isEmpty();
	}

	@Test
	void personViewShowsSeanBakerNightByNight() throws IOException {
		open("/#/person/sean-baker");

		assertThat(heading()).isEqualTo("Sean Baker");
		List<WebElement> rows = browser.findElements(By.cssSelector("#wins-by-ceremony tbody tr"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("#/ceremony/oscars-97");
		assertThat(cells("#wins-by-ceremony tbody tr:nth-child(1)").subList(0, 4))
			.containsExactly("97th Academy Awards", "2 March 2025", "4", "4");
		assertThat(rows.get(1).findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("#/ceremony/cannes-77");
		assertThat(cells("#wins-by-ceremony tbody tr:nth-child(2)").subList(0, 4))
			.containsExactly("77th Cannes Film Festival", "25 May 2024", "1", "1");
		assertThat(find("section[aria-labelledby='credits-title']").getText())
			.contains("Anora (2024) — director, writer, producer, editor");
		assertThat(find(".quote blockquote").getText()).startsWith("We’re all here tonight");
		assertThat(find(".quote figcaption").getText()).contains("Directing", "97th Academy Awards");
		screenshot("person-sean-baker");
	}

	@Test
	void filmViewShowsCastCompaniesAndAwards() throws IOException {
		open("/#/film/anora-2024");

		assertThat(heading()).isEqualTo("Anora (2024)");
		assertThat(find("#view .lead").getText()).isEqualTo("6 wins from 7 nominations");
		assertThat(browser.findElements(By.cssSelector("#cast li"))).extracting(WebElement::getText)
			.contains("Mikey Madison as Anora \"Ani\" Mikheeva", "Yura Borisov as Igor");
		assertThat(find("#crew").getText()).contains("Sean Baker — director, writer, producer, editor");
		assertThat(browser.findElements(By.cssSelector("#companies dt"))).extracting(WebElement::getText)
			.containsExactly("Production", "Distribution");
		assertThat(browser.findElements(By.cssSelector("#companies dd"))).extracting(WebElement::getText)
			.containsExactly("FilmNation Entertainment", "Neon, Universal Pictures, Focus Features");
		assertThat(find("section[aria-labelledby='film-awards-title']").getText()).contains("Palme d'Or",
				"77th Cannes Film Festival", "Best Picture");
		screenshot("film-anora");
	}

	@Test
	void recordsViewListsFourWinsInOneNight() throws IOException {
		open("/#/records");

		assertThat(heading()).isEqualTo("Most wins in one night");
		List<WebElement> rows = browser.findElements(By.cssSelector("#records tbody tr"));
		assertThat(rows).extracting((row) -> cells(row).subList(0, 4))
			.containsExactlyInAnyOrder(List.of("Walt Disney", "26th Academy Awards", "25 March 1954", "4"),
					List.of("Sean Baker", "97th Academy Awards", "2 March 2025", "4"));
		assertThat(find("[aria-current='page']").getText()).isEqualTo("Records");
		screenshot("records");
	}

	@Test
	void unknownPersonShowsTheProblem() throws IOException {
		open("/#/person/nobody");

		assertThat(byId("main").getDomAttribute("data-state")).isEqualTo("error");
		WebElement problem = find("#view .problem");
		assertThat(problem.getDomAttribute("role")).isEqualTo("alert");
		assertThat(problem.findElement(By.tagName("h1")).getText()).isEqualTo("Not Found");
		assertThat(problem.getText()).contains("No person with id or slug 'nobody'", "HTTP status 404");
		assertThat(browser.getTitle()).isEqualTo("Not Found · Awards API");
		screenshot("error-unknown-person");
	}

	@Test
	void phoneWidthNeedsNoSidewaysScrolling() throws IOException {
		browser.manage().window().setSize(new Dimension(390, 844));
		open("/");

		assertThat(heading()).isEqualTo("97th Academy Awards");
		assertThat(byId("search-q").isDisplayed()).isTrue();
		assertNoSidewaysScrolling();
		screenshot("phone-home");

		open("/#/film/anora-2024");
		assertThat(heading()).isEqualTo("Anora (2024)");
		assertNoSidewaysScrolling();
		screenshot("phone-film");
	}

	@Test
	void anotherOriginReadsTheApi() throws IOException {
		// A page on http://127.0.0.1:<other port> reads http://localhost:<api port>/api:
		// another origin. /plain on the page's own server, asked for as localhost, is
		// another origin that sends no CORS headers: the request arrives, and the browser
		// must refuse the page its answer, which shows that it enforces CORS here.
		HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		int otherPort = other.getAddress().getPort();
		String api = "http://localhost:" + this.port;
		String page = """
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8"><title>Another origin</title></head>
				<body>
				<p id="ceremony">pending</p>
				<p id="problem">pending</p>
				<p id="plain">pending</p>
				<script>
				const show = (id, text) => { document.getElementById(id).textContent = text; };
				fetch('API/api/ceremonies/oscars-97')
				  .then((r) => r.json()).then((c) => show('ceremony', 'read: ' + c.name))
				  .catch((e) => show('ceremony', 'refused: ' + e));
				fetch('API/api/people/nobody')
				  .then((r) => r.json().then((p) => show('problem', r.status + ' ' + p.title)))
				  .catch((e) => show('problem', 'refused: ' + e));
				fetch('http://localhost:PORT/plain')
				  .then((r) => r.text()).then((t) => show('plain', 'read: ' + t))
				  .catch((e) => show('plain', 'refused: ' + e));
				</script>
				</body></html>
				""".replace("API", api).replace("PORT", String.valueOf(otherPort));
		other.createContext("/", (exchange) -> respond(exchange, "text/html", page));
		AtomicInteger plainRequests = new AtomicInteger();
		other.createContext("/plain", (exchange) -> {
			plainRequests.incrementAndGet();
			respond(exchange, "text/plain", "no CORS headers");
		});
		other.start();
		try {
			browser.get("http://127.0.0.1:" + otherPort + "/");
			for (String id : List.of("ceremony", "problem", "plain")) {
				wait.until((driver) -> !byId(id).getText().equals("pending"));
			}
			assertThat(byId("ceremony").getText()).isEqualTo("read: 97th Academy Awards");
			assertThat(byId("problem").getText()).isEqualTo("404 Not Found");
			assertThat(byId("plain").getText()).startsWith("refused: TypeError");
			assertThat(plainRequests).hasPositiveValue();
			screenshot("cors-other-origin");
		}
		finally {
			other.stop(0);
		}
	}

	private static void respond(HttpExchange exchange, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** A fresh load of the page at a path and hash, as from a shared link. */
	private void open(String pathAndHash) {
		browser.get("about:blank");
		browser.get("http://localhost:" + this.port + pathAndHash);
		waitUntilReady();
	}

	private void waitUntilReady() {
		this.wait.until((driver) -> !"loading".equals(byId("main").getDomAttribute("data-state")));
	}

	private String heading() {
		return find("#view h1").getText();
	}

	private static WebElement byId(String id) {
		return browser.findElement(By.id(id));
	}

	private static WebElement find(String css) {
		return browser.findElement(By.cssSelector(css));
	}

	private static List<String> cells(String rowCss) {
		return cells(find(rowCss));
	}

	private static List<String> cells(WebElement row) {
		return row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
	}

	/** Labels, landmarks, one h1, a live region: the basics a screen reader needs. */
	private static void assertAccessibleBasics() {
		Object unlabelled = browser.executeScript(
				"return [...document.querySelectorAll('input, select')].filter((e) => e.labels.length === 0).length");
		assertThat(unlabelled).isEqualTo(0L);
		assertThat(browser.findElements(By.cssSelector("header, nav, main, footer, [role='search']"))).hasSize(5);
		assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
		assertThat(find("#status").getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(find("html").getDomAttribute("lang")).isEqualTo("en");
	}

	private static void assertNoSidewaysScrolling() {
		Object overflow = browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow).isEqualTo(0L);
	}

	private static void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	/**
	 * The page beyond the window, down to at most maxHeight CSS pixels (Chromium's own
	 * screenshot command).
	 */
	private static void pageScreenshot(String name, double maxHeight) throws IOException {
		Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
		double height = Math.min(maxHeight, ((Number) size.get("height")).doubleValue());
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", height, "scale", 1);
		Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

}
