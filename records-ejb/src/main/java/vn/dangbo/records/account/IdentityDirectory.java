package vn.dangbo.records.account;

/**
 * The sign-in service's user store (Keycloak in production). Every method throws
 * {@link DirectoryUnavailable} when the service cannot be reached or refuses the application.
 */
public interface IdentityDirectory {

    boolean usernameTaken(String username);

    /**
     * Creates an enabled user with the member role and a temporary password; returns the user's id.
     * Throws {@link UsernameTaken} if the name was taken meanwhile.
     */
    String createUser(NewLogin login);

    void setEnabled(String userId, boolean enabled);

    /**
     * @param firstName given name (Keycloak's firstName); lastName the family and middle names
     */
    record NewLogin(String username, String firstName, String lastName, long memberId, String temporaryPassword) {
        @Override
        public String toString() {
            return "NewLogin[" + username + ", member " + memberId + "]";
        }
    }
}
