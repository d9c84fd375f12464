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

    @Override
    public Integer call() {
        ConfigurableApplicationContext context =
                SyfteContext.start(global, WebApplicationType.SERVLET, Map.of("server.port", port));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(
                "Syfte serves http://localhost:%d/ on %s. Stop it with Ctrl+C.",
                port, SyfteContext.database(global).display()));
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
