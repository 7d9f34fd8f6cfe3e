package dev.ferry.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One server, several orgs: the token selects the org, and orgs never see each other's objects. */
class OrgsIT {
    private SandboxServer server;

    @BeforeEach
    void start() {
        server = SandboxServer.start(SandboxOptions.inMemory());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anObjectOfOrgAIsNotFoundForOrgB() {
        SandboxClient dev = SandboxClient.of(server, server.addOrg("acme-dev", "dev-token"));
        SandboxClient uat = SandboxClient.of(server, server.addOrg("acme-uat", "uat-token"));
        String id = dev.post("/assistant", "{\"name\": \"Support\"}").id();

        assertThat(uat.get("/assistant/" + id).status()).isEqualTo(404);
        assertThat(uat.patch("/assistant/" + id, "{\"name\": \"x\"}").status()).isEqualTo(404);
        assertThat(uat.delete("/assistant/" + id).status()).isEqualTo(404);
        assertThat(uat.get("/assistant").body().size()).isZero();
        assertThat(dev.get("/assistant/" + id).status()).isEqualTo(200);
    }

    @Test
    void eachOrgStampsItsOwnId() {
        SandboxOrg dev = server.addOrg("acme-dev", null);

        SandboxClient.Reply created = SandboxClient.of(server, dev).post("/tool", Fixtures.read("tool-function.json"));

        assertThat(created.body().path("orgId").asString()).isEqualTo(SandboxOrg.idOf("acme-dev").toString());
    }

    @Test
    void orgIdIsTheVersion5UuidOfTheName() {
        SandboxOrg org = server.org("acme-prod");

        assertThat(org.id()).isEqualTo(Uuids.nameBased(SandboxOrg.ID_NAMESPACE, "acme-prod"));
        assertThat(org.id().version()).isEqualTo(5);
    }

    @Test
    void defaultTokenCreatesTheOrgOnFirstUse() {
        SandboxClient client = new SandboxClient(server.baseUrl(), "sandbox-acme-staging");

        SandboxClient.Reply created = client.post("/assistant", "{\"name\": \"Support\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("orgId").asString()).isEqualTo(SandboxOrg.idOf("acme-staging").toString());
        assertThat(server.orgs()).extracting(SandboxOrg::name).containsExactly("acme-staging");
    }

    @Test
    void orgRegisteredWithATokenRefusesItsDefaultToken() {
        server.addOrg("acme-prod", "prod-token");

        SandboxClient.Reply reply = new SandboxClient(server.baseUrl(), "sandbox-acme-prod").get("/assistant");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void reRegisteringAnOrgReplacesItsTokenAndKeepsItsObjects() {
        SandboxClient before = SandboxClient.of(server, server.addOrg("acme-dev", "old-token"));
        String id = before.post("/assistant", "{\"name\": \"Support\"}").id();

        SandboxClient after = SandboxClient.of(server, server.addOrg("acme-dev", "new-token"));

        assertThat(after.get("/assistant/" + id).status()).isEqualTo(200);
        assertThat(before.get("/assistant/" + id).status()).isEqualTo(401);
    }

    @Test
    void aTokenCannotSelectTwoOrgs() {
        server.addOrg("acme-dev", "shared-token");

        assertThatThrownBy(() -> server.addOrg("acme-uat", "shared-token"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the token given for sandbox org 'acme-uat' already selects org 'acme-dev';"
                        + " each org needs its own token");
    }

    @Test
    void orgNamesThatCannotBeFolderNamesAreRefused() {
        assertThatThrownBy(() -> server.addOrg("../etc", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid sandbox org name '../etc'");
        assertThat(new SandboxClient(server.baseUrl(), "sandbox-../etc").get("/assistant").status()).isEqualTo(401);
    }

    @Test
    void orgDescriptionDoesNotShowTheToken() {
        assertThat(server.addOrg("acme-dev", "dev-token").toString()).doesNotContain("dev-token");
    }
}
