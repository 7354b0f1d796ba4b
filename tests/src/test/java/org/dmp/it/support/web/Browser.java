package org.dmp.it.support.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.dmp.it.support.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a browser: headless Chromium on the test server's HTTPS pages, in French (the pages'
 * first language), with a fresh profile. Every page it shows can be saved as a screenshot under
 * {@code target/screenshots/<test class>/}, numbered in the order they were taken.
 */
public final class Browser implements AutoCloseable {

  /** Debian's packages (README: what to install); tools that download a browser fail here. */
  private static final String CHROMIUM =
      System.getProperty("dmp.test.chromium", "/usr/bin/chromium");

  private static final String CHROMEDRIVER =
      System.getProperty("dmp.test.chromedriver", "/usr/bin/chromedriver");

  /** How long a page may take to show what is waited for: generous on a busy 2-core machine. */
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final ChromeDriver driver;
  private final Path profile;
  private final Path screenshots;

  /** Screenshots are numbered per test class, across its tests, in the order taken. */
  private static final java.util.Map<Class<?>, java.util.concurrent.atomic.AtomicInteger> SHOTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final java.util.concurrent.atomic.AtomicInteger shots;

  public Browser(Class<?> test) {
    try {
      profile = Files.createTempDirectory("dmp-chromium-");
      screenshots = Path.of("target", "screenshots", test.getSimpleName());
      shots = SHOTS.computeIfAbsent(test, t -> new java.util.concurrent.atomic.AtomicInteger());
      Files.createDirectories(screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=fr-FR",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    // the test server's certificate comes from the tests' own CA
    options.setAcceptInsecureCerts(true);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /** Opens a page of the web module: {@code open("/connexion.xhtml")}. */
  public Browser open(String path) {
    driver.get(TestServer.HTTPS + "/dmp" + path);
    return this;
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  /** The path of the page shown, without the server and the query. */
  public String path() {
    String url = driver.getCurrentUrl().replace(TestServer.HTTPS, "");
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  public Browser type(String id, String text) {
    WebElement field = element(id);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Clicks and waits for the page that follows to be loaded. */
  public Browser click(String id) {
    WebElement clicked = element(id);
    clicked.click();
    new WebDriverWait(driver, PATIENCE).until(d -> isGone(clicked));
    return this;
  }

  /** Whether the page that held this element was replaced (asking a replaced page may fail). */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException replaced) {
      return true;
    }
  }

  /** Clicks something that does not load another page (a dialog's button, a link to a file). */
  public Browser press(String id) {
    element(id).click();
    return this;
  }

  /** The element with this id, once it is on the page. */
  public WebElement element(String id) {
    return new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public String text(String id) {
    return element(id).getText();
  }

  /** The whole page's visible text. */
  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Waits (up to {@code patience}) until the element is visible, as a person would. */
  public WebElement waitVisible(String id, Duration patience) {
    return new WebDriverWait(driver, patience)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  /** Waits until the browser shows a page whose path ends with {@code suffix}. */
  public Browser waitForPage(String suffix, Duration patience) {
    new WebDriverWait(driver, patience).until(d -> path().endsWith(suffix));
    return this;
  }

  public String cookie(String name) {
    Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** Saves what the person sees now as {@code NN-name.png}. */
  public Path screenshot(String name) {
    File png = driver.getScreenshotAs(OutputType.FILE);
    Path target = screenshots.resolve(String.format("%02d-%s.png", shots.incrementAndGet(), name));
    try {
      Files.move(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a profile left in /tmp harms nothing
    }
  }
}
