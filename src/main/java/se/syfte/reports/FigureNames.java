package se.syfte.reports;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The names of the figures, read from the classes on the class path without starting Syfte, for
 * the command line's help and its check of a report name; in the order of their {@code @Order}.
 */
public final class FigureNames implements Iterable<String> {

    private static final String ROOT = "se.syfte";

    public static List<String> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Figure.class));
        return scanner.findCandidateComponents(ROOT).stream()
                .map(FigureNames::load)
                .sorted(Comparator.comparingInt(FigureNames::order))
                .map(Figure::nameOf)
                .toList();
    }

    @Override
    public Iterator<String> iterator() {
        return all().iterator();
    }

    private static Class<?> load(BeanDefinition definition) {
        return ClassUtils.resolveClassName(definition.getBeanClassName(), FigureNames.class.getClassLoader());
    }

    private static int order(Class<?> figure) {
        Order order = figure.getAnnotation(Order.class);
        return order == null ? Integer.MAX_VALUE : order.value();
    }
}
