package nl.goedgesprek.shell.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the values a refused form held as a JSON block for the page ({@code js/keep-typed.js} puts
 * them back). Written so that no value can close the script element it stands in.
 */
@Component("typedValues")
class TypedValues {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public String json(Map<String, String> typed) {
		return JSON.writeValueAsString(typed).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
