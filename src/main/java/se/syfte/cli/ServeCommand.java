package se.syfte.cli;

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
import se.syfte.organisation.Organisation;
import se.syfte.web.ServedOrganisation;

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
        String organisation = global.organisationOr(Organisation.DEFAULT_CODE);
        ConfigurableApplicationContext context = SyfteContext.start(
                global,
                WebApplicationType.SERVLET,
                Map.of("server.port", port, "syfte.web.organisation", organisation));
        try {
            context.getBean(ServedOrganisation.class).get();
        } catch (RuntimeException unknownOrganisation) {
            context.close();
            throw unknownOrganisation;
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        spec.commandLine()
                .getOut()
                .println(String.format(
                        "Syfte serves organisation '%s' at http://localhost:%d/ on %s. Stop it with Ctrl+C.",
                        organisation, port, SyfteContext.database(global).display()));
        spec.commandLine().getOut().flush();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
