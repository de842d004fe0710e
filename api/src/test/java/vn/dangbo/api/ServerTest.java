package vn.dangbo.api;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every API test starts from: the application deployed on a real Payara Micro (one server for
 * the whole run, see OneServerForAllTests), a client without a token, the officer, and the fixtures that build what a
 * test needs through the API.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ServerTest {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    World world;
    Http anonymous;
    Http officer;

    @BeforeEach
    void connect() {
        anonymous = new Http(base, null);
        world = new World(anonymous);
        officer = world.officer();
    }
}
