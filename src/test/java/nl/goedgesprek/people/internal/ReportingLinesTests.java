package nl.goedgesprek.people.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingLinesTests {

	// Sanne reports to Pieter, Pieter to Marleen, Marleen to nobody.
	private final Map<String, String> managerOf = Map.of("sanne", "pieter", "pieter", "marleen");

	@Test
	void anOrdinaryManagerChangeIsFine() {
		assertThat(ReportingLines.wouldLoop("sanne", "marleen", managerOf::get)).isFalse();
	}

	@Test
	void nobodyManagesThemself() {
		assertThat(ReportingLines.wouldLoop("sanne", "sanne", managerOf::get)).isTrue();
	}

	@Test
	void nobodyManagesTheirManagerOrTheirManagersManager() {
		assertThat(ReportingLines.wouldLoop("marleen", "sanne", managerOf::get)).isTrue();
		assertThat(ReportingLines.wouldLoop("pieter", "sanne", managerOf::get)).isTrue();
	}

	@Test
	void anExistingLoopElsewhereIsRefusedRatherThanWalkedForever() {
		Map<String, String> broken = Map.of("a", "b", "b", "a");
		assertThat(ReportingLines.wouldLoop("sanne", "a", broken::get)).isTrue();
	}

	@Test
	void noManagerIsAlwaysFine() {
		assertThat(ReportingLines.wouldLoop("sanne", null, managerOf::get)).isFalse();
	}

}
