package nl.goedgesprek.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs a Spring test class on PostgreSQL, the production database, in a schema of its own
 * ({@link PostgresTestDatabase#schemaFor}) that is dropped and created again before the class runs,
 * so classes never see each other's rows. Without PostgreSQL the class skips (on CI it fails): the
 * schema is prepared before the application context is started, so the context never tries a
 * database that is not there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OnPostgres.FreshSchema.class)
public @interface OnPostgres {

	/**
	 * Before the class: the fresh schema, or a skip with the reason. Before each test: that the
	 * application really runs on that schema, since a test meant for PostgreSQL that quietly ran on H2
	 * would prove nothing.
	 */
	class FreshSchema implements BeforeAllCallback, BeforeEachCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			PostgresTestDatabase.freshSchema(PostgresTestDatabase.schemaFor(context.getRequiredTestClass()));
		}

		@Override
		public void beforeEach(ExtensionContext context) throws SQLException {
			String schema = PostgresTestDatabase.schemaFor(context.getRequiredTestClass());
			DataSource dataSource = SpringExtension.getApplicationContext(context).getBean(DataSource.class);
			try (Connection connection = dataSource.getConnection()) {
				String url = connection.getMetaData().getURL();
				if (!url.startsWith("jdbc:postgresql:") || !schema.equals(connection.getSchema())) {
					throw new IllegalStateException("@OnPostgres, but the application runs on " + url);
				}
			}
		}

	}

	/** Points the application's data source and Flyway at the class's schema. */
	class Properties implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			if (!MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).isPresent(OnPostgres.class)) {
				return null;
			}
			return new SchemaProperties(PostgresTestDatabase.schemaFor(testClass));
		}

	}

	/** A record, so two contexts on the same schema are the same in Spring's context cache. */
	record SchemaProperties(String schema) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = PostgresTestDatabase.properties(schema);
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres " + schema, properties));
		}

	}

}
