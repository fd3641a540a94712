package nl.goedgesprek.shell.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.calendar.CalendarFeeds;
import nl.goedgesprek.mail.MailKind;
import nl.goedgesprek.mail.MailPreferences;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;

/**
 * A person's own settings: their language (pages and mail), which mails they get, and their calendar
 * feed address. Each person only ever sees and changes their own.
 */
@Controller
@RequestMapping("/me/settings")
class SettingsController {

	private final People people;

	private final MailPreferences mail;

	private final CalendarFeeds feeds;

	private final LocaleResolver locales;

	SettingsController(People people, MailPreferences mail, CalendarFeeds feeds, LocaleResolver locales) {
		this.people = people;
		this.mail = mail;
		this.feeds = feeds;
		this.locales = locales;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("languages", People.LANGUAGES);
		model.addAttribute("language", people.language(user.id()));
		model.addAttribute("mailKinds", MailKind.choosable());
		model.addAttribute("wanted", mail.wanted(user.id()));
		model.addAttribute("feed", feeds.addressOf(user.id()).orElse(null));
		return "shell/settings";
	}

	@PostMapping("/language")
	String language(@AuthenticationPrincipal CurrentUser user, @RequestParam Locale language,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		people.chooseLanguage(user.id(), language);
		locales.setLocale(request, response, people.language(user.id()));
		return saved(redirect, "settings.saved.language", "#language");
	}

	@PostMapping("/mail")
	String mail(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "kind", required = false) List<MailKind> kinds, RedirectAttributes redirect) {
		EnumSet<MailKind> chosen = EnumSet.noneOf(MailKind.class);
		if (kinds != null) {
			kinds.stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
		}
		mail.choose(user.id(), chosen);
		return saved(redirect, "settings.saved.mail", "#mail");
	}

	@PostMapping("/calendar")
	String renewCalendar(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		feeds.renew(user.id());
		return saved(redirect, "settings.saved.calendar", "#calendar");
	}

	@PostMapping("/calendar/revoke")
	String revokeCalendar(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		feeds.revoke(user.id());
		return saved(redirect, "settings.saved.calendarRevoked", "#calendar");
	}

	private static String saved(RedirectAttributes redirect, String notice, String anchor) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/me/settings" + anchor;
	}

}
