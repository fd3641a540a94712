package nl.goedgesprek.shell.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.thymeleaf.spring6.SpringTemplateEngine;

import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own template engine has non-fair locks once it has started ({@link TemplateEngineLocks}).
 * The same context as {@link HomePageIntegrationTests}, so no context of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class TemplateEngineLocksIntegrationTests {

	@Autowired
	SpringTemplateEngine engine;

	@Test
	void theApplicationsEngineHasNonFairLocks() {
		var configuration = engine.getConfiguration();
		for (Object definitions : new Object[] { configuration.getAttributeDefinitions(), configuration.getElementDefinitions() }) {
			int repositories = 0;
			for (Field field : definitions.getClass().getDeclaredFields()) {
				if (field.getType().getSimpleName().endsWith("Repository") && !Modifier.isStatic(field.getModifiers())) {
					Object repository = TemplateEngineLocks.read(field, definitions);
					if (repository != null) {
						assertThat(TemplateEngineLocks.fair(repository)).as(field.toString()).isFalse();
						repositories++;
					}
				}
			}
			assertThat(repositories).as(definitions.getClass().getSimpleName()).isPositive();
		}
	}

}
