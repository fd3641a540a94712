package nl.goedgesprek.people.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: the first administrator's password "kort" was accepted. One policy for every password;
 * each case here is a password the old code took.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	private static final String SANNE = "sanne.devries@horizon.example";

	@Test
	void aShortPasswordIsRefused() {
		assertThat(policy.problem("kort", SANNE)).contains("password.tooShort");
		assertThat(policy.problem("", SANNE)).contains("password.tooShort");
		assertThat(policy.problem(null, SANNE)).contains("password.tooShort");
	}

	@Test
	void aWellKnownPasswordIsRefusedWhateverItsCase() {
		assertThat(policy.problem("Wachtwoord", SANNE)).contains("password.common");
		assertThat(policy.problem("qwertyuiop", SANNE)).isPresent();
		assertThat(policy.problem("GOEDGESPREK", SANNE)).as("the public demo password").contains("password.common");
	}

	@Test
	void aWellKnownWordWithDigitsOrSignsAroundItIsRefused() {
		assertThat(policy.problem("Welkom2024!", SANNE)).contains("password.common");
		assertThat(policy.problem("!!Zomer20244", SANNE)).contains("password.common");
		assertThat(policy.problem("wachtwoord123", SANNE)).contains("password.common");
	}

	@Test
	void runsAndRepeatsAreRefused() {
		assertThat(policy.problem("1234567890", SANNE)).isPresent();
		assertThat(policy.problem("Tulp 12345 Kaas", SANNE)).contains("password.guessable");
		assertThat(policy.problem("xaaaaaaaaaaay", SANNE)).contains("password.guessable");
		assertThat(policy.problem("Goed abcdef gesprek", SANNE)).contains("password.guessable");
	}

	@Test
	void thePersonsOwnEmailNameIsRefused() {
		assertThat(policy.problem("sanne.devries!9", SANNE)).contains("password.containsName");
	}

	@Test
	void aSentenceOfAFewWordsIsFine() {
		assertThat(policy.problem("fiets naar de zee om zeven", SANNE)).isEmpty();
		assertThat(policy.problem("Tulp-Kaas-Molen-93", SANNE)).isEmpty();
		assertThat(policy.problem("x".repeat(3) + "y".repeat(3) + "z".repeat(3) + "w", "a@b.example")).isEmpty();
	}

	@Test
	void overTwoHundredCharactersIsRefused() {
		assertThat(policy.problem("Tulp-Kaas-Molen ".repeat(13), SANNE)).contains("password.tooLong");
	}

}
