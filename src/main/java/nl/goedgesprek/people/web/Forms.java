package nl.goedgesprek.people.web;

import org.springframework.validation.BindingResult;

import nl.goedgesprek.people.internal.PeopleRuleException;

/** Shows a broken rule next to the field it concerns, or above the form when it concerns the whole. */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult result, PeopleRuleException rule) {
		if (rule.field() != null) {
			result.rejectValue(rule.field(), rule.message().code(), rule.message().argArray(), null);
		}
		else {
			result.reject(rule.message().code(), rule.message().argArray(), null);
		}
	}

}
