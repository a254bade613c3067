package com.acme.benefits.dao;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

/**
 * Hands out JDBC connections. Inside the application server a DataSource is
 * injected by the startup servlet; the batch jobs fall back to DriverManager
 * using benefits-db.properties on the classpath.
 *
 * Change history:
 *   2001-05-14 RK  Created (DriverManager only).
 *   2004-03-29 TW  CR-1601 DataSource support for WebSphere connection pooling.
 */
public final class ConnectionManager {

    private static final String PROPERTIES_RESOURCE = "/benefits-db.properties";
    private static final String DEFAULT_URL = "jdbc:db2://benprod01:50000/BENEFITS";
    private static final String DEFAULT_DRIVER = "com.ibm.db2.jcc.DB2Driver";

    private static DataSource dataSource;
    private static String url;
    private static String user;
    private static String password;

    static {
        Properties props = loadProperties();
        url = props.getProperty("benefits.db.url", DEFAULT_URL);
        user = props.getProperty("benefits.db.user", "BENAPP");
        password = props.getProperty("benefits.db.password", "");
        registerDriver(props.getProperty("benefits.db.driver", DEFAULT_DRIVER));
    }

    private ConnectionManager() {
    }

    private static Properties loadProperties() {
        Properties props = new Properties();
        InputStream in = ConnectionManager.class.getResourceAsStream(PROPERTIES_RESOURCE);
        if (in == null) {
            return props;
        }
        try {
            props.load(in);
        } catch (IOException e) {
            System.err.println("ConnectionManager: cannot read " + PROPERTIES_RESOURCE + ": " + e.getMessage());
        } finally {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing useful to do
            }
        }
        return props;
    }

    private static void registerDriver(String driverClass) {
        try {
            Class.forName(driverClass);
        } catch (ClassNotFoundException e) {
            // Not fatal: a DataSource may be supplied later by the container.
            System.err.println("ConnectionManager: JDBC driver " + driverClass + " not on classpath");
        }
    }

    public static synchronized void setDataSource(DataSource ds) {
        dataSource = ds;
    }

    public static Connection getConnection() throws SQLException {
        DataSource ds = dataSource;
        if (ds != null) {
            return ds.getConnection();
        }
        return DriverManager.getConnection(url, user, password);
    }
}
