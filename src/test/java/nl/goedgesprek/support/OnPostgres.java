package nl.goedgesprek.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

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
@ContextCustomizerFactories(OnPostgres.Properties.class)
public @interface OnPostgres {

	/** Before the class: the fresh schema, or a skip with the reason. */
	class FreshSchema implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			PostgresTestDatabase.freshSchema(PostgresTestDatabase.schemaFor(context.getRequiredTestClass()));
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
