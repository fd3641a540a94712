package nl.goedgesprek.people.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The one password policy, wherever a password is set (a new person, an edit by HR, the first
 * administrator): at least {@value #MIN_LENGTH} characters, not a well-known password, not a known one
 * with digits or signs around it ("Welkom2024!"), no run like "12345" or "qwert", no character four
 * times in a row, and not the person's own email name. Checked with Passay; the list of well-known
 * passwords ships with the application ({@code passwords/common.txt}).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 200;

	private final WordListDictionary common;

	private final PasswordValidator validator;

	PasswordPolicy() {
		this.common = new WordListDictionary(new ArrayWordList(load(), false, new ArraysSort()));
		this.validator = new PasswordValidator(List.of(new LengthRule(MIN_LENGTH, MAX_LENGTH), new DictionaryRule(common),
				new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
				new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
				new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false), new RepeatCharacterRegexRule(4),
				new UsernameRule(true, true)));
	}

	/**
	 * What is wrong with this password, as a message code, or nothing when it may be used.
	 * @param email the address of the person it is for, so it does not contain their own name
	 */
	public Optional<String> problem(String password, String email) {
		if (password == null) {
			return Optional.of("password.tooShort");
		}
		String user = email == null ? "" : email.split("@", 2)[0];
		RuleResult result = validator.validate(new PasswordData(user.length() < 3 ? "" : user, password));
		if (!result.isValid()) {
			return Optional.of(code(result.getDetails().get(0).getErrorCode()));
		}
		return common.search(core(password)) ? Optional.of("password.common") : Optional.empty();
	}

	/** A well-known word with digits or signs around it: "Welkom2024!" is "welkom". */
	private static String core(String password) {
		return password.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
	}

	private static String code(String passayCode) {
		return switch (passayCode) {
			case LengthRule.ERROR_CODE_MIN -> "password.tooShort";
			case LengthRule.ERROR_CODE_MAX -> "password.tooLong";
			case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED -> "password.common";
			case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> "password.containsName";
			default -> "password.guessable";
		};
	}

	private static String[] load() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("passwords/common.txt").getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
