package fr.poleess.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, split between the engine's (any statement naming
 * an {@code ACT_} table) and ours, for benchmarks. Registered as a {@link BeanPostProcessor} it wraps
 * the application's {@link DataSource} in a {@link Proxy}: each {@code execute…} call and each
 * {@code addBatch} counts as one statement, on the thread that runs it, and only between
 * {@link #start()} and {@link #stop()} on that thread. A plain JDK proxy rather than a library: it adds
 * nothing to the build and costs the same in every run it is compared with.
 */
public final class SqlStatementCounter implements BeanPostProcessor {

    /** Statements counted on one thread since {@link #start()}. */
    public static final class Counts {
        long engine;
        long ours;
        /** The statements themselves, in order, so that a failing count says which they were. */
        final List<String> statements = new ArrayList<>();
        final List<String> bound = new ArrayList<>();

        public long engine() {
            return engine;
        }

        public long ours() {
            return ours;
        }

        public long total() {
            return engine + ours;
        }

        public List<String> statements() {
            return statements;
        }

        /** The statements as the driver will send them, parameters bound (PostgreSQL's driver prints them so). */
        public List<String> boundStatements() {
            return bound;
        }

        void addBound(String sql) {
            bound.add(sql);
        }

        void add(String sql) {
            statements.add(sql);
            if (sql != null && sql.toLowerCase(Locale.ROOT).contains("act_")) {
                engine++;
            } else {
                ours++;
            }
        }
    }

    private final ThreadLocal<Counts> current = new ThreadLocal<>();
    /** Counts of every thread at once (e.g. the server threads answering HTTP calls), while set. */
    private volatile Counts everywhere;

    /** Starts counting the statements of every thread; for one client at a time. */
    public synchronized Counts startEverywhere() {
        Counts counts = new Counts();
        everywhere = counts;
        return counts;
    }

    public void stopEverywhere() {
        everywhere = null;
    }

    /** Starts counting on this thread; the counts returned grow until {@link #stop()}. */
    public Counts start() {
        Counts counts = new Counts();
        current.set(counts);
        return counts;
    }

    public void stop() {
        current.remove();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            if (result instanceof CallableStatement statement) {
                return statement(CallableStatement.class, statement, sql);
            }
            if (result instanceof PreparedStatement statement) {
                return statement(PreparedStatement.class, statement, sql);
            }
            if (result instanceof Statement statement) {
                return statement(Statement.class, statement, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String preparedSql) {
        return proxy(type, statement, (target, method, args) -> {
            String name = method.getName();
            if ((name.startsWith("execute") && !name.equals("executeBatch")) || name.equals("addBatch")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                Counts counts = current.get();
                if (counts != null) {
                    counts.add(sql);
                    counts.addBound(target instanceof PreparedStatement ? bound(target.toString()) : sql);
                }
                Counts all = everywhere;
                if (all != null) {
                    synchronized (all) {
                        all.add(sql);
                    }
                }
            }
            return invoke(target, method, args);
        });
    }

    /** A pool's proxy prints itself before the driver's statement ("HikariProxyPreparedStatement@1 wrapping …"). */
    private static String bound(String printed) {
        int wrapping = printed.indexOf(" wrapping ");
        return wrapping >= 0 ? printed.substring(wrapping + " wrapping ".length()) : printed;
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(proxy)) {
                return proxy;
            }
            if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(proxy)) {
                return true;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type },
                invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
