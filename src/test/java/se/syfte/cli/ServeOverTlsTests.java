package se.syfte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.syfte.support.Chromium;
import se.syfte.support.TestDatabase;

/**
 * {@code serve --tls-keystore} as a team would run it: its own process, a certificate for the
 * office server's name, and a browser that reaches that name over HTTPS, signs in with the
 * one-time password of the first admin and stays signed in on a Secure session cookie.
 */
class ServeOverTlsTests {

    private static final String KEYSTORE_PASSWORD = "keystore password";

    @TempDir
    Path folder;

    Process server;
    WebDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.destroy();
        }
    }

    @Test
    void theFirstAdminSignsInOverTlsThroughTheServersNameAndStaysSignedInOnASecureCookie() throws Exception {
        String db = "jdbc:duckdb:" + TestDatabase.freshDuckDbFile();
        Path keystore = keystoreFor("syfte-server");
        CliRun added = CliRun.of("--db", db, "user", "add", "--email", "admin@office.example", "--role", "ADMIN");
        Matcher password = Pattern.compile("One-time password \\(shown only now\\): (\\S+)")
                .matcher(added.out());
        assertThat(password.find()).as(added.out() + added.err()).isTrue();
        int port = freePort();
        server = new ProcessBuilder(
                        java(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SyfteCommand.class.getName(),
                        "--db",
                        db,
                        "serve",
                        "--port",
                        String.valueOf(port),
                        "--tls-keystore",
                        keystore.toString(),
                        "--tls-password",
                        KEYSTORE_PASSWORD)
                .redirectOutput(folder.resolve("serve.out").toFile())
                .redirectError(folder.resolve("serve.err").toFile())
                .start();
        awaitListening(port);
        browser = Chromium.open(
                folder.resolve("profile"),
                "en",
                1280,
                1000,
                "--host-resolver-rules=MAP syfte-server 127.0.0.1",
                "--ignore-certificate-errors");
        String base = "https://syfte-server:" + port;

        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("admin@office.example");
        browser.findElement(By.id("password")).sendKeys(password.group(1));
        browser.findElement(By.cssSelector("form.stacked button")).click();
        waitFor(By.id("current")).sendKeys(password.group(1));
        browser.findElement(By.id("password")).sendKeys("the office admin's password");
        browser.findElement(By.cssSelector("form.stacked button")).click();
        waitFor(By.cssSelector("[role=status]"));
        browser.get(base + "/users");

        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/users");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("admin@office.example");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session.isSecure()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
    }

    private Path keystoreFor(String host) throws IOException, InterruptedException {
        Path keystore = folder.resolve("office.p12");
        Process keytool = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "syfte",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=" + host,
                        "-ext",
                        "SAN=dns:" + host,
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        KEYSTORE_PASSWORD))
                .redirectErrorStream(true)
                .start();
        String said = new String(keytool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(said).isZero();
        return keystore;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(int port) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(giveUp)) {
            assertThat(server.isAlive())
                    .as("serve ended: %s", java.nio.file.Files.readString(folder.resolve("serve.err")))
                    .isTrue();
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("serve did not listen on " + port + " within 90 s");
    }

    private org.openqa.selenium.WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
