package se.syfte.reports;

import java.util.List;
import java.util.Locale;
import org.springframework.util.ClassUtils;

/**
 * One report of SPEC §4: its name, its columns, and how it runs on a resolved cut. Every figure is
 * a Spring bean named {@code <Name>Figure}; {@link ReportService} finds it by that name, so adding a
 * figure adds files and edits none. Its place in listings is its {@code @Order}.
 */
public interface Figure {

    String SUFFIX = "Figure";

    /** The name {@code syfte report} takes: the class name without "Figure", in lower case. */
    default String name() {
        return nameOf(ClassUtils.getUserClass(getClass()));
    }

    /** The columns of its table as SPEC §4 lists them; a step's column stands as {@code reached_<STEP>}. */
    List<String> columns();

    /** Whether it is one salesperson's only (the coaching summary), so a team or no cut is refused. */
    default boolean forOneSalesperson() {
        return false;
    }

    Report run(ReportContext context);

    static String nameOf(Class<?> figure) {
        String simple = figure.getSimpleName();
        if (!simple.endsWith(SUFFIX) || simple.length() == SUFFIX.length()) {
            throw new IllegalStateException(figure.getName() + " is a figure, so its name ends in " + SUFFIX);
        }
        return simple.substring(0, simple.length() - SUFFIX.length()).toLowerCase(Locale.ROOT);
    }
}
