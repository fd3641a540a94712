package nl.goedgesprek.people.web;

import org.springframework.validation.BindingResult;
import nl.goedgesprek.shared.Refusal;


/** Shows a broken rule next to the field it concerns, or above the form when it concerns the whole. */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult result, Refusal rule) {
		if (rule.field() != null) {
			result.rejectValue(rule.field(), rule.message().code(), rule.message().argArray(), null);
		}
		else {
			result.reject(rule.message().code(), rule.message().argArray(), null);
		}
	}

}
