package nl.goedgesprek.conversations.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.shared.Refusal;

/** One step of a conversation taken from a form: on to the next page, or back with the rule's reason. */
final class Steps {

	private Steps() {
	}

	/** Runs {@code step}; on success to the conversation's {@code then}, refused back to the conversation. */
	static String run(long id, Runnable step, String then, RedirectAttributes redirect) {
		try {
			step.run();
			return "redirect:/conversations/" + id + then;
		}
		catch (Refusal rule) {
			redirect.addFlashAttribute("problem", rule.message());
			return "redirect:/conversations/" + id;
		}
	}

}
