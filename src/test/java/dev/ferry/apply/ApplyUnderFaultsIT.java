package dev.ferry.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.ExitCode;
import dev.ferry.sandbox.FaultSpec;
import dev.ferry.testing.InstantTime;
import dev.ferry.testing.SandboxRepo;
import dev.ferry.vapi.VapiKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Design section 13: under 10% 5xx, 10% 429 and 5% dropped answers, applying the sample to an empty org
 * converges (re-runs allowed) with zero duplicates. Retries wait on a clock that never sleeps.
 */
class ApplyUnderFaultsIT {
    private static final List<VapiKind> KINDS = List.of(VapiKind.CREDENTIAL, VapiKind.FILE, VapiKind.TOOL,
            VapiKind.STRUCTURED_OUTPUT, VapiKind.ASSISTANT, VapiKind.SQUAD);

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234})
    void theSampleConvergesInAFaultyOrgWithoutOneDuplicate(long seed) {
        try (SandboxRepo repo = SandboxRepo.start(folder,
                FaultSpec.parse("5xx=0.1,429=0.1,drop=0.05,retry-after=0,seed=" + seed))) {
            List<Integer> exits = new ArrayList<>();
            for (int run = 0; run < 5 && (exits.isEmpty() || exits.get(exits.size() - 1) != ExitCode.OK); run++) {
                exits.add(repo.apply("dev", false, new InstantTime()).exitCode());
            }

            // Concurrent requests race for the sandbox's fault draws, so a seed does not fix how many runs it
            // takes; what must hold is that a run that stops says so (exit 7) and a re-run converges.
            assertThat(exits).as("exit codes of the runs").last().isEqualTo(ExitCode.OK);
            assertThat(exits.subList(0, exits.size() - 1)).as("exit codes of the runs that stopped")
                    .allSatisfy(code -> assertThat(code).isEqualTo(ExitCode.PARTIAL_APPLY));
            repo.server().useFaults(FaultSpec.NONE);
            int objects = 0;
            for (VapiKind kind : KINDS) {
                var names = repo.names("dev", kind);
                assertThat(names).as(kind.displayName() + " names").allSatisfy((name, count) ->
                        assertThat(count).as(name).isEqualTo(1));
                objects += names.size();
            }
            assertThat(objects).isEqualTo(19);
            var plan = repo.ferry("plan", "--env", "dev", "--detailed-exitcode");
            assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
        }
    }
}
