package vn.dangbo.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the web app signs in: read before login, so public. */
@Path("config")
@RequestScoped
@PermitAll
public class ClientConfigResource {

    public record ClientConfig(String authUrl, String realm, String clientId) {
    }

    @Inject
    @ConfigProperty(name = "ward.auth.public-url", defaultValue = "http://localhost:8180")
    String authUrl;

    @Inject
    @ConfigProperty(name = "ward.auth.realm", defaultValue = "ward")
    String realm;

    @Inject
    @ConfigProperty(name = "ward.auth.client-id", defaultValue = "handbook-web")
    String clientId;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ClientConfig get() {
        return new ClientConfig(authUrl, realm, clientId);
    }
}
