package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.ferry.testing.FerryCli;
import dev.ferry.testing.Fixtures;
import dev.ferry.testing.SampleRepo;
import dev.ferry.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferry validate} on a copy of the sample repo with one broken file in it: each problem is
 * one exact line on stderr, the run exits 3 on an error and 0 on a warning, never prints a stack
 * trace, and leaves the repo exactly as it found it.
 */
class ValidateBadInputTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path temp;

    private Path repo;

    @BeforeEach
    void copySample() {
        repo = SampleRepo.copyInto(temp);
    }

    @Test
    void unreadableFileIsReportedAndTheRestValidated() throws IOException {
        Path file = SampleRepo.write(repo, "tools/locked.yaml", "kind: Tool\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root, which reads a file whatever its mode; "
                + "the dangling-link and pipe tests cover unreadable entries instead");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "tools/locked.yaml:1:1: error: cannot read file: permission denied [file-unreadable]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void documentNameThatIsADanglingLinkIsReported() throws IOException {
        Files.createSymbolicLink(repo.resolve("assistants/x.yaml"), Path.of("retired.yaml"));

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/x.yaml:1:1: error: cannot read file: it is a symbolic link to 'retired.yaml', which does "
                        + "not exist [file-unreadable]",
                "validated 17 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void documentNameThatIsAPipeIsReportedWithoutOpeningIt() throws Exception {
        Path pipe = repo.resolve("tools/pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assumeFalse(mkfifo.waitFor() != 0, "mkfifo is not available here");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "tools/pipe.yaml:1:1: error: cannot read file: not a regular file (a pipe, socket or device); Ferry "
                        + "reads only regular files [file-unreadable]",
                "validated 17 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void emptyFileIsReported() {
        SampleRepo.write(repo, "assistants/blank.yaml", "");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/blank.yaml:1:1: error: file is empty; expected a document with kind, apiVersion, metadata "
                        + "and spec [file-empty]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void fileThatIsNotYamlIsReportedWithItsLine() {
        overlay("not-yaml");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/broken.yaml:7:1: error: not valid YAML: while parsing a flow sequence (started at line 6, "
                        + "column 19): expected ',' or ']', but got the end of the file [yaml-syntax]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void topLevelListIsNotADocument() {
        overlay("top-level-list");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/list.yaml:1:1: error: the document must be a mapping with kind, apiVersion, metadata and "
                        + "spec (found a list) [document-shape]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void topLevelScalarIsNotADocument() {
        overlay("top-level-scalar");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "tools/scalar.yaml:1:1: error: the document must be a mapping with kind, apiVersion, metadata and spec "
                        + "(found a single value) [document-shape]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void twoDocumentsInOneFileAreRefused() {
        overlay("two-documents");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "tools/two.yaml:8:1: error: file holds more than one YAML document; put each resource in its own file "
                        + "[yaml-multiple-documents]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void unknownKindListsTheKinds() {
        overlay("unknown-kind");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/widget.yaml:1:7: error: kind: unknown kind 'Assistent'; expected one of Assistant, Squad, "
                        + "Tool, KnowledgeBase, StructuredOutput, Policy [schema]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void emptyKindSaysNothingWasFound() {
        SampleRepo.write(repo, "tools/unkind.yaml", "kind:\napiVersion: v1\n");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "tools/unkind.yaml:1:6: error: kind: must be one of Assistant, Squad, Tool, KnowledgeBase, "
                        + "StructuredOutput, Policy (found nothing) [schema]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void kindThatIsNotTextSaysWhatWasFound() {
        overlay("kind-not-text");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/numbered.yaml:1:7: error: kind: must be one of Assistant, Squad, Tool, KnowledgeBase, "
                        + "StructuredOutput, Policy (found number 5) [schema]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void missingApiVersionIsASchemaError() {
        overlay("missing-api-version");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/no-version.yaml:1:1: error: missing required field 'apiVersion' [schema]",
                "validated 18 files, 17 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void missingMetadataNameIsASchemaError() {
        overlay("missing-name");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "tools/nameless.yaml:4:3: error: metadata: missing required field 'name' [schema]",
                "validated 18 files, 17 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void byteOrderMarkIsOnlyAWarning() throws IOException {
        Path file = repo.resolve("assistants/front-desk.yaml");
        Files.write(file, concat(BOM, Files.readAllBytes(file)));

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/front-desk.yaml:1:1: warning: file starts with a UTF-8 byte-order mark; Ferry ignores it, "
                        + "but some YAML tools do not [yaml-bom]",
                "validated 17 files, 16 resources: 0 errors, 1 warning");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void crlfLineEndsAreValid() throws IOException {
        for (String name : List.of("environments.yaml", "assistants/front-desk.yaml", "squads/support-line.yaml")) {
            toCrlf(repo.resolve(name));
        }

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly("validated 17 files, 16 resources: 0 errors, 0 warnings");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void findingInACrlfFilePointsAtTheRightLine() throws IOException {
        overlay("crlf-finding");
        toCrlf(repo.resolve("assistants/warm.yaml"));

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/warm.yaml:11:18: error: spec.model.temperature: must be at most 2 (found 3.5) [schema]",
                "validated 18 files, 17 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void tabIndentationIsReportedAtItsLine() {
        overlay("tabs");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/tabbed.yaml:7:1: error: tab character used for indentation; YAML indents with spaces only "
                        + "[yaml-syntax]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKey() {
        overlay("duplicate-keys");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/twice.yaml:9:3: error: duplicate key 'firstMessage' (first defined at line 7) "
                        + "[yaml-duplicate-key]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void promptOverOneMegabyteIsTooLarge() {
        overlay("big-prompt");
        byte[] prompt = new byte[10 * 1024 * 1024];
        Arrays.fill(prompt, (byte) 'a');
        SampleRepo.write(repo, "prompts/talker.md", prompt);

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/talker.yaml:8:20: error: spec.systemPromptRef: file 'prompts/talker.md' is 10.0 MB "
                        + "(10485760 bytes); referenced files may be at most 1 MB (1048576 bytes) [file-too-large]",
                "validated 18 files, 17 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void documentOverEightMegabytesIsTooLarge() {
        byte[] document = new byte[9 * 1024 * 1024];
        Arrays.fill(document, (byte) '#');
        SampleRepo.write(repo, "tools/dump.json", document);

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "tools/dump.json:1:1: error: file is 9.0 MB (9437184 bytes); Ferry reads documents of at most 8 MB "
                        + "(8388608 bytes) [file-too-large]",
                "validated 18 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void symlinkLoopIsReportedAndValidationFinishes() throws IOException {
        Files.createSymbolicLink(repo.resolve("squads/again"), Path.of(".."));

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "squads/again:1:1: error: symbolic link loop: this folder links back to one of its parents; Ferry "
                        + "skipped it [file-symlink-loop]",
                "validated 17 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void documentLinkThatLeadsToItselfIsALoop() throws IOException {
        Files.createSymbolicLink(repo.resolve("tools/self.yaml"), Path.of("self.yaml"));

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "tools/self.yaml:1:1: error: symbolic link loop: this link leads back to itself; Ferry skipped it "
                        + "[file-symlink-loop]",
                "validated 17 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void promptPathLeavingTheRepoIsRefused() {
        overlay("prompt-outside");

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/intruder.yaml:8:20: error: spec.systemPromptRef: '../../etc/passwd' points outside the "
                        + "platform repo; referenced files must stay inside it [file-outside-repo]",
                "validated 18 files, 17 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void promptThatLinksOutsideTheRepoIsRefused() throws IOException {
        overlay("prompt-link");
        Path outside = Files.writeString(temp.resolve("elsewhere.md"), "You are someone else.\n");
        Files.createSymbolicLink(repo.resolve("prompts/linked.md"), outside);

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "assistants/linked.yaml:8:20: error: spec.systemPromptRef: 'prompts/linked.md' is a link to a file "
                        + "outside the platform repo [file-outside-repo]",
                "validated 18 files, 17 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void documentThatLinksOutsideTheRepoIsNotRead() throws IOException {
        Path outside = Files.writeString(temp.resolve("stray.yaml"),
                "kind: Tool\napiVersion: v1\nmetadata:\n  name: stray\nspec:\n  type: endCall\n");
        Files.createSymbolicLink(repo.resolve("tools/stray.yaml"), outside);

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "tools/stray.yaml:1:1: error: this file is a link to a place outside the platform repo; Ferry skipped "
                        + "it [file-outside-repo]",
                "validated 17 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void folderThatLinksOutsideTheRepoIsNotRead() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("other-tools"));
        Files.writeString(outside.resolve("stray.yaml"), "kind: Tool\n");
        Files.createSymbolicLink(repo.resolve("tools/shared"), outside);

        FerryCli.Result result = validate();

        assertThat(result.errLines()).containsExactly(
                "tools/shared:1:1: error: this folder is a link to a place outside the platform repo; Ferry skipped it "
                        + "[file-outside-repo]",
                "validated 17 files, 16 resources: 1 error, 0 warnings");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    /** Runs validate on the repo and checks what every bad input must leave alone: the tree and stderr's shape. */
    private FerryCli.Result validate() {
        Map<String, String> before = TreeSnapshot.of(repo);

        FerryCli.Result result = FerryCli.run("validate", repo.toString());

        assertThat(TreeSnapshot.of(repo)).as("the repo after validate").isEqualTo(before);
        assertThat(result.out()).as("stdout").isEmpty();
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
        return result;
    }

    private void overlay(String scenario) {
        Fixtures.overlay(ValidateBadInputTest.class, "bad-input/" + scenario, repo);
    }

    private static void toCrlf(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
