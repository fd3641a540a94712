package nl.goedgesprek.development.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import nl.goedgesprek.development.internal.DevelopmentConflictException;
import nl.goedgesprek.development.internal.DevelopmentRuleException;
import nl.goedgesprek.shared.MessageRef;

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
		catch (DevelopmentRuleException rule) {
			keep(redirect, MessageRef.of(rule.messageKey()), typedKey, typed);
		}
		catch (DevelopmentConflictException clash) {
			keep(redirect, MessageRef.of("form.conflict.reload"), typedKey, typed);
		}
		return "redirect:/people/" + personId + "/development" + anchor;
	}

	/** For a refusal before the step (the viewer may look but not decide): back to the page, with why. */
	static String refused(DevelopmentRuleException rule, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("problem", MessageRef.of(rule.messageKey()));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		int end = path.indexOf("/development");
		return "redirect:" + (end > 0 ? path.substring(0, end + "/development".length()) : "/development");
	}

	private static void keep(RedirectAttributes redirect, MessageRef problem, String typedKey, Object typed) {
		redirect.addFlashAttribute("problem", problem);
		if (typedKey != null) {
			redirect.addFlashAttribute(typedKey, typed);
		}
	}

}
