package io.devopstrack.auth.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Where the test database is (AUTH_TEST_DB_URL, as application-test.yml), and throw-away databases beside it. */
public final class TestDatabases {

    public static final String URL = env("AUTH_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/auth_test");
    public static final String USER = env("AUTH_TEST_DB_USER", "devopstrack");
    public static final String PASSWORD = env("AUTH_TEST_DB_PASSWORD", "devopstrack");

    private TestDatabases() {}

    public static URI uri() {
        return URI.create(URL.substring("jdbc:".length()));
    }

    /** Creates an empty database (the role has CREATEDB) and answers its JDBC URL. */
    public static String createEmpty() {
        String name =
                "auth_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        URI uri = uri();
        return "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/" + name;
    }

    public static void drop(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
