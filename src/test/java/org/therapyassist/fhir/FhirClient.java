package org.therapyassist.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** Plain HTTP to the running server's /fhir servlet (MockMvc reaches only Spring MVC's servlet), as a named user. */
final class FhirClient {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    FhirClient(int port) {
        this.port = port;
    }

    record Answer(int status, String contentType, String body, HttpHeaders headers) {

        IBaseResource resource() {
            return FHIR.newJsonParser().parseResource(body);
        }

        <T extends IBaseResource> T as(Class<T> type) {
            return FHIR.newJsonParser().parseResource(type, body);
        }
    }

    Answer get(String user, String path) {
        return get(user, path, "application/fhir+json");
    }

    Answer get(String user, String path, String accept) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/" + path))
                .header("Accept", accept).GET());
    }

    /** A POST of this body as FHIR JSON, with header name, value pairs (If-None-Exist, say). */
    Answer post(String user, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/" + path))
                .header("Accept", "application/fhir+json").header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(user, request);
    }

    /** A GET of the app's own REST API (not FHIR), as JSON. */
    Answer api(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").GET());
    }

    private Answer send(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
