package org.therapyassist.support;

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
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements and transactions one piece of work costs, as PostgreSQL's statement log would show them:
 * every execution is one statement, and every row added to a JDBC batch is one more (pgjdbc sends them one by one
 * unless told to rewrite them); a transaction is a commit or rollback the application asked for (a statement run on
 * its own commits by itself and is not counted as one). Only the thread that asked is counted, so a scheduled job or
 * another request running
 * at the same time never enters a tally. Wraps the application's {@link DataSource}; {@code unwrap} reaches the pool
 * underneath (Spring Boot derives Flyway's owner connection from it that way).
 */
public final class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();

    /** What a piece of work cost: the statements in the order they ran, its transactions and the connections. */
    public static final class Tally {

        private final List<String> statements = new ArrayList<>();
        private int connections;
        private int transactions;

        public int statements() {
            return statements.size();
        }

        public int connections() {
            return connections;
        }

        public int transactions() {
            return transactions;
        }

        public List<String> sql() {
            return List.copyOf(statements);
        }

        /** The statements as a numbered list, for a failure message that shows what ran. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(statements.size() + " statements in " + transactions
                    + " transactions on " + connections + " connections:\n");
            for (int i = 0; i < statements.size(); i++) {
                text.append(i + 1).append(". ").append(statements.get(i)).append('\n');
            }
            return text.toString();
        }
    }

    /** Runs the work on this thread and returns what it cost in statements. */
    public static Tally count(Callable<?> work) throws Exception {
        Tally tally = new Tally();
        Tally outer = CURRENT.get();
        CURRENT.set(tally);
        try {
            work.call();
        } finally {
            CURRENT.set(outer);
        }
        return tally;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (method, args) -> {
                Object result = invoke(dataSource, method, args);
                if (method.getName().equals("getConnection")) {
                    Tally tally = CURRENT.get();
                    if (tally != null) {
                        tally.connections++;
                    }
                    return connection((Connection) result);
                }
                return result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            Object result = invoke(target, method, args);
            return switch (method.getName()) {
                case "commit", "rollback" -> {
                    Tally tally = CURRENT.get();
                    if (tally != null && (args == null || args.length == 0)) {
                        tally.transactions++;
                    }
                    yield result;
                }
                case "prepareStatement" -> statement(PreparedStatement.class, (Statement) result, (String) args[0]);
                case "prepareCall" -> statement(CallableStatement.class, (Statement) result, (String) args[0]);
                case "createStatement" -> statement(Statement.class, (Statement) result, null);
                default -> result;
            };
        });
    }

    private static <S extends Statement> S statement(Class<S> type, Statement target, String prepared) {
        List<String> batched = new ArrayList<>();
        return proxy(type, target, (method, args) -> {
            String name = method.getName();
            Tally tally = CURRENT.get();
            if (tally != null) {
                if (name.equals("addBatch")) {
                    batched.add(args != null && args.length == 1 ? (String) args[0] : prepared);
                } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                    tally.statements.addAll(batched);
                } else if (name.startsWith("execute")) {
                    tally.statements.add(args != null && args.length > 0 && args[0] instanceof String sql
                            ? sql
                            : prepared);
                }
            }
            if (name.equals("executeBatch") || name.equals("executeLargeBatch") || name.equals("clearBatch")) {
                Object result = invoke(target, method, args);
                batched.clear();
                return result;
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler h = (proxy, method, args) -> {
            // The same proxy stands for the same connection wherever Spring compares them.
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (method.getName().equals("hashCode") && args == null) {
                return System.identityHashCode(proxy);
            }
            return handler.handle(method, args);
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, h));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
