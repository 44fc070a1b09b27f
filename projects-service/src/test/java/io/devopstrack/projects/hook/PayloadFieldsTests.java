package io.devopstrack.projects.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopstrack.projects.ingest.GitHubMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class PayloadFieldsTests {

    static Stream<String> gitHubFixtures() {
        return Stream.of(
                "workflow_run.requested",
                "workflow_run.completed",
                "workflow_job.in_progress",
                "workflow_job.completed",
                "push",
                "deployment_status",
                "ping");
    }

    @ParameterizedTest
    @MethodSource("gitHubFixtures")
    void aGitHubPayloadReadWithItsFieldsMapsAsTheWholeOfItDoes(String fixture) {
        byte[] body = fixture("/hooks/github/" + fixture + ".json");
        String event = fixture.replaceFirst("\\..*", "");

        JsonNode whole = JsonBodies.object(body);
        JsonNode read = JsonBodies.object(body, GitHubHook.READ);

        assertThat(GitHubMapper.map(event, read)).isEqualTo(GitHubMapper.map(event, whole));
        for (String url : new String[] {"html_url", "clone_url", "ssh_url", "git_url"}) {
            assertThat(JsonBodies.text(read, "repository." + url))
                    .isEqualTo(JsonBodies.text(whole, "repository." + url));
        }
        assertThat(read.has(event)).isEqualTo(whole.has(event));
    }

    @Test
    void aWorkflowRunKeepsAFifthOfItsTree() {
        byte[] body = fixture("/hooks/github/workflow_run.completed.json");

        JsonNode read = JsonBodies.object(body, GitHubHook.READ);

        assertThat(read.toString().length())
                .isLessThan(JsonBodies.object(body).toString().length() / 5);
        assertThat(read.path("workflow_run").has("repository")).isFalse();
        assertThat(read.path("repository").has("owner")).isFalse();
    }

    @Test
    void aStarKeepsScalarsAndOnlyTheNestedMembersNamed() {
        JsonNode read = JsonBodies.object(
                json("{'run':{'id':7,'ok':true,'none':null,'actor':{'login':'ada','id':1},'tags':['a'],'deep':{'x':1}},"
                        + "'other':{'id':8}}"),
                PayloadFields.of("run.*", "run.actor.login"));

        assertThat(read.toString())
                .isEqualTo("{\"run\":{\"id\":7,\"ok\":true,\"none\":null,\"actor\":{\"login\":\"ada\"}}}");
    }

    @Test
    void theElementsOfAnArrayAreReadWithTheArraysPaths() {
        JsonNode read = JsonBodies.object(
                json("{'commits':[{'id':'a','timestamp':'t1','author':{'name':'n'}},{'id':'b'}]}"),
                PayloadFields.of("commits.id", "commits.timestamp"));

        assertThat(read.toString()).isEqualTo("{\"commits\":[{\"id\":\"a\",\"timestamp\":\"t1\"},{\"id\":\"b\"}]}");
    }

    @Test
    void aNamedMemberThatIsEmptyOrNullIsStillThere() {
        JsonNode read = JsonBodies.object(
                json("{'workflow_run':{},'head_commit':null}"), PayloadFields.of("workflow_run.*", "head_commit.id"));

        assertThat(read.has("workflow_run")).isTrue();
        assertThat(read.path("head_commit").isNull()).isTrue();
    }

    @Test
    void aBodyBrokenWhereNothingIsReadIsStillRefused() {
        assertThatThrownBy(() -> JsonBodies.object(json("{'skipped':{'a':[1,}},'ref':'x'}"), GitHubHook.READ))
                .isInstanceOf(BadHookBody.class);
        assertThatThrownBy(() -> JsonBodies.object(json("{'ref':'x'} {'ref':'y'}"), GitHubHook.READ))
                .isInstanceOf(BadHookBody.class);
        assertThatThrownBy(() -> JsonBodies.object(json("['ref']"), GitHubHook.READ))
                .isInstanceOf(BadHookBody.class);
    }

    private static byte[] json(String singleQuoted) {
        return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String path) {
        try (InputStream in = PayloadFieldsTests.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
