package nl.goedgesprek.shell;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;

/** After signing in, pages speak the language the person chose before, on any device. */
@Component
class SignInLanguage extends SimpleUrlAuthenticationSuccessHandler {

	private final People people;

	private final LocaleResolver locales;

	SignInLanguage(People people, LocaleResolver locales) {
		super("/");
		setAlwaysUseDefaultTargetUrl(true);
		this.people = people;
		this.locales = locales;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof CurrentUser user && people.hasChosenLanguage(user.id())) {
			locales.setLocale(request, response, people.language(user.id()));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
