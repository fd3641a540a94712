package nl.goedgesprek.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives a Spring test class's application a real SMTP server of its own (GreenMail, {@link TestMail})
 * for as long as the application context lives: started before the context, the application's mail
 * sender pointed at it, stopped when the context closes. The test reads what arrived through
 * {@code @Autowired TestMail mail}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithMailServer {

	class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
				.isPresent(WithMailServer.class) ? new MailServer() : null;
		}

	}

	/** A record without state: every context that asks for a mail server gets one of its own. */
	record MailServer() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestMail mail = new TestMail().start();
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test mail server",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", mail.port())));
			context.getBeanFactory().registerSingleton("testMail", mail);
			context.addApplicationListener(event -> {
				if (event instanceof ContextClosedEvent) {
					mail.stop();
				}
			});
		}

	}

}
