package nl.goedgesprek.shell.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.Links;

/**
 * The language switch in the header: a small form (with its CSRF token, no JavaScript needed) that
 * sets the language cookie and, for a signed-in person, their account's language, then goes back to
 * the page it was on. Only a path on this site is gone back to.
 */
@Controller
class LanguageController {

	private final People people;

	private final LocaleResolver locales;

	LanguageController(People people, LocaleResolver locales) {
		this.people = people;
		this.locales = locales;
	}

	@PostMapping("/language")
	String choose(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String lang,
			@RequestParam(defaultValue = "/") String back, HttpServletRequest request, HttpServletResponse response) {
		supported(lang).ifPresent(language -> {
			locales.setLocale(request, response, language);
			if (user != null) {
				people.chooseLanguage(user.id(), language);
			}
		});
		return "redirect:" + sameSite(back);
	}

	private static Optional<Locale> supported(String lang) {
		return People.LANGUAGES.stream().filter(language -> language.getLanguage().equals(lang)).findFirst();
	}

	/** A path on this site ("/people/12?q=a"), never "//host", "/\host" or a full address. */
	static String sameSite(String back) {
		return Links.isLocalPath(back) ? back : "/";
	}

}
