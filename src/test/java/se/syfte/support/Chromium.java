package se.syfte.support;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's chromium, headless, through its chromedriver: no browser or driver is downloaded. */
public final class Chromium {

    private Chromium() {}

    /** A browser speaking {@code language}, with a window of the size given and a profile of its own. */
    public static ChromeDriver open(Path profile, String language, int width, int height, String... arguments) {
        ChromeOptions options = new ChromeOptions()
                .addArguments(arguments)
                .setBinary("/usr/bin/chromium")
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--lang=" + language,
                        "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(width, height));
        return browser;
    }
}
