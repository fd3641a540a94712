package nl.goedgesprek.shell;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;

/**
 * Dutch unless the user chose English with the language switch ({@code ?lang=en}); the choice is
 * kept in a cookie for a year and, for a signed-in person, with their account.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("goedgesprek-taal");
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	private final People people;

	LocaleConfiguration(People people) {
		this.people = people;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new RememberLanguage());
	}

	/**
	 * A signed-in person who switches language keeps it: their mail comes in that language and their
	 * next sign-in on another device starts in it.
	 */
	private final class RememberLanguage implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String lang = request.getParameter("lang");
			if (lang != null && request.getUserPrincipal() instanceof Authentication authentication
					&& authentication.getPrincipal() instanceof CurrentUser user) {
				people.chooseLanguage(user.id(), Locale.forLanguageTag(lang));
			}
			return true;
		}

	}

}
