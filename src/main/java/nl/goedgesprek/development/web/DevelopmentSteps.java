package nl.goedgesprek.development.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/**
 * One way for every change on the development page: do it, say so, and go back to the right section;
 * when it is refused, say why and keep what was typed.
 */
final class DevelopmentSteps {

	private DevelopmentSteps() {
	}

	static String run(RedirectAttributes redirect, long personId, String anchor, String notice, Runnable step,
			String typedKey, Object typed) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Refusal rule) {
			keep(redirect, rule.message(), typedKey, typed);
		}
		catch (EditClash clash) {
			keep(redirect, MessageRef.of("form.conflict.reload"), typedKey, typed);
		}
		return "redirect:/people/" + personId + "/development" + anchor;
	}

	/** The pages of this module that a form posts from: the form's address starts with one of them. */
	private static final Pattern PAGE = Pattern.compile("^(/people/\\d+/development|/people/\\d+/year-stories|/year-stories/\\d+)");

	/**
	 * For a refusal before the step (the viewer may look but not decide): back to the page the form
	 * was on, with why; to the person's own development page when the form has no page of its own.
	 */
	static String refused(Refusal rule, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("problem", rule.message());
		Matcher page = PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		return "redirect:" + (page.find() ? page.group(1) : "/development");
	}

	private static void keep(RedirectAttributes redirect, MessageRef problem, String typedKey, Object typed) {
		redirect.addFlashAttribute("problem", problem);
		if (typedKey != null) {
			redirect.addFlashAttribute(typedKey, typed);
		}
	}

}
