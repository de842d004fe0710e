// Hands the Keycloak response (in the URL) back to the application window that opened this frame.
parent.postMessage(location.href, location.origin)
