package org.civicledger.gateway.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The gateway's root address: a person who opens it lands on the console. */
@Path("/")
public class ConsoleRoot {

    @GET
    @Operation(hidden = true)
    public Response root() {
        return ConsoleResource.see("/console");
    }
}
