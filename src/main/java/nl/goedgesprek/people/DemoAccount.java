package nl.goedgesprek.people;

/** A demo sign-in shown on the login page in demo mode: who to sign in as to try a role. */
public record DemoAccount(String email, String name, Role role) {
}
