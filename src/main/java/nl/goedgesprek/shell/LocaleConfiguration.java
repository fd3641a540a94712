package nl.goedgesprek.shell;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Dutch unless the user chose English with the language switch in the header (a POST, see
 * {@code LanguageController}) or in their settings; the choice is kept in a cookie for a year and, for
 * a signed-in person, with their account. A GET never changes either: a link or an image cannot switch
 * someone's language. The cookie is for the server only (HttpOnly) and, like the session cookie,
 * {@code Secure} unless {@code GOEDGESPREK_SECURE_COOKIES=false}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements org.springframework.web.servlet.config.annotation.WebMvcConfigurer {
	// a WebMvcConfigurer, so web test slices resolve the language as the application does

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final String COOKIE = "goedgesprek-taal";

	@Bean
	LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(secure);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

}
