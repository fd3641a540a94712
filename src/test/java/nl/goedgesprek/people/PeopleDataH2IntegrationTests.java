package nl.goedgesprek.people;

/** The people data tests on the embedded default, H2. */
class PeopleDataH2IntegrationTests extends PeopleDataTests {

}
