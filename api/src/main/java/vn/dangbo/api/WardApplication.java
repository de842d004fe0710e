package vn.dangbo.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import vn.dangbo.records.security.Caller;

/**
 * The REST API under /api. Only bearer tokens issued by the ward's Keycloak realm are accepted
 * (MicroProfile JWT; issuer and keys from configuration). @ApplicationScoped is required on Payara
 * for the JsonWebToken to be injectable.
 */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Caller.ADMIN, Caller.OFFICER, Caller.SECRETARY, Caller.MEMBER, Caller.DELEGATE})
@OpenAPIDefinition(
        info = @Info(title = "Hồ sơ Đảng bộ phường — API", version = "0.1",
                description = "Units, member dossiers (form 2-HSĐV), history and audit of a ward Party committee."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class WardApplication extends Application {
}
