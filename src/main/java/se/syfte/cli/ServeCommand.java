package se.syfte.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.organisation.Organisation;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Runs the web app until stopped (Ctrl+C).")
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    SyfteCommand global;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default: 8080).")
    int port = 8080;

    @Option(
            names = "--tls-keystore",
            paramLabel = "FILE",
            description = "Serve HTTPS with the certificate in this PKCS12 keystore (or run behind a reverse proxy).")
    java.nio.file.Path keystore;

    @Option(
            names = "--tls-password",
            paramLabel = "PASSWORD",
            description = "The keystore's password (default: the SYFTE_TLS_PASSWORD environment variable).")
    String keystorePassword;

    @Override
    public Integer call() {
        Map<String, Object> server = new java.util.HashMap<>(Map.of("server.port", port));
        if (keystore != null) {
            if (!java.nio.file.Files.isReadable(keystore)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "cannot read " + keystore);
            }
            server.put("server.ssl.enabled", true);
            server.put("server.ssl.key-store", keystore.toAbsolutePath().toUri().toString());
            server.put("server.ssl.key-store-type", "PKCS12");
            server.put(
                    "server.ssl.key-store-password",
                    keystorePassword != null
                            ? keystorePassword
                            : System.getenv().getOrDefault("SYFTE_TLS_PASSWORD", ""));
        }
        ConfigurableApplicationContext context = SyfteContext.start(global, WebApplicationType.SERVLET, server);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(
                "Syfte serves %s://localhost:%d/ on %s. Stop it with Ctrl+C.",
                keystore != null ? "https" : "http",
                port,
                SyfteContext.database(global).display()));
        if (!context.getBean(AccountRepository.class).anyAccount()) {
            out.println("No one can sign in yet. Create the first admin, for example:");
            out.println("  java -jar target/syfte.jar --org " + global.organisationOr(Organisation.DEFAULT_CODE)
                    + " user add --email you@example.com --role ADMIN");
            out.println("or make the demo organisation, whose accounts `demo` prints.");
        }
        spec.commandLine().getOut().flush();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
