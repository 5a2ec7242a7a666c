package fr.poleess.support;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * Runs the browser tests (classes named {@code *BrowserTest}) before all the others, by their
 * {@link Order @Order} and then their names, and leaves the others in the order Surefire found them. Set for
 * the whole build in {@code junit-platform.properties}.
 * <p>
 * Why: the browser tests share the one test JVM (and {@link PostgresIntegrationTest}'s application) with
 * every other test, which saves a second JVM, database and application start. But Tasklist lists a
 * team's tasks newest first, and other tests leave many tasks behind, some created while they had moved
 * the engine's clock forward; run first, the browser tests see the demo data and their own journeys only,
 * as a real advisor's first day would.
 */
public class BrowserTestsFirst implements ClassOrderer {

    private static final Comparator<ClassDescriptor> ORDER = Comparator
            .comparing((ClassDescriptor descriptor) -> !isBrowserTest(descriptor))
            .thenComparing(descriptor -> isBrowserTest(descriptor)
                    ? descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT) : 0)
            .thenComparing(descriptor -> isBrowserTest(descriptor) ? descriptor.getTestClass().getName() : "");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // List.sort is stable: classes that compare equal (all but the browser tests) keep Surefire's order.
        context.getClassDescriptors().sort(ORDER);
    }

    private static boolean isBrowserTest(ClassDescriptor descriptor) {
        return descriptor.getTestClass().getSimpleName().endsWith("BrowserTest");
    }
}
