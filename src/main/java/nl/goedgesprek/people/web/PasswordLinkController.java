package nl.goedgesprek.people.web;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.people.People;
import nl.goedgesprek.people.internal.AccountPasswords;
import nl.goedgesprek.people.internal.AccountTokens;
import nl.goedgesprek.people.internal.Invitations;
import nl.goedgesprek.people.internal.PasswordPolicy;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;

/**
 * The page a link in an invitation or reset mail opens: choose a password. Needs no sign-in (the
 * link is the proof). A link that no longer works gets a page that says so and what to do, with
 * 410 Gone. After a good password the person signs in on the login page, with their address filled
 * in: a normal sign-in keeps one way in (the throttle, the session registry, the browser's offer to
 * save the password) rather than a second, link-based one.
 */
@Controller
@RequestMapping(Invitations.LINK_PATH + "{secret}")
class PasswordLinkController {

	static final String VIEW = "people/password-link";

	static final String GONE = "people/password-link-gone";

	/** Both passwords typed on the page; never shown again. */
	record SetPasswordForm(String password, String repeatPassword) {
	}

	private final AccountTokens links;

	private final AccountPasswords passwords;

	private final People people;

	private final Clock clock;

	PasswordLinkController(AccountTokens links, AccountPasswords passwords, People people, Clock clock) {
		this.links = links;
		this.passwords = passwords;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable String secret, Model model, HttpServletResponse response) {
		Optional<AccountTokens.OpenLink> link = links.open(secret, clock.instant());
		if (link.isEmpty()) {
			return gone(response);
		}
		model.addAttribute("setPasswordForm", new SetPasswordForm(null, null));
		return page(secret, link.get(), model);
	}

	@PostMapping
	String set(@PathVariable String secret, @ModelAttribute SetPasswordForm setPasswordForm, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<AccountTokens.OpenLink> link = links.open(secret, clock.instant());
		if (link.isEmpty()) {
			return gone(response);
		}
		if (!Objects.equals(setPasswordForm.password(), setPasswordForm.repeatPassword())) {
			result.rejectValue("repeatPassword", "passwordLink.repeatDiffers");
			return page(secret, link.get(), model);
		}
		try {
			String email = passwords.setWithLink(link.get(), setPasswordForm.password());
			redirect.addFlashAttribute("username", email);
			redirect.addFlashAttribute("notice", "login.passwordSet");
			return "redirect:/login";
		}
		catch (Refusal rule) {
			if (rule.field() == null) {
				return gone(response);
			}
			Forms.reject(result, rule);
			return page(secret, link.get(), model);
		}
		catch (EditClash somebodyChangedThePersonMeanwhile) {
			result.reject("form.conflict.reload");
			return page(secret, link.get(), model);
		}
	}

	private String page(String secret, AccountTokens.OpenLink link, Model model) {
		model.addAttribute("action", Invitations.LINK_PATH + secret);
		model.addAttribute("invitation", link.kind() == nl.goedgesprek.people.AccountMail.Kind.INVITATION);
		model.addAttribute("person", people.find(link.employee()).orElseThrow());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return VIEW;
	}

	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_GONE);
		return GONE;
	}

}
