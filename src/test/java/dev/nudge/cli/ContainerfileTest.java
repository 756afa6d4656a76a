package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The image definition is the one the guide describes: base images pinned to a release, a build stage with Maven and
 * a JDK 17 that packages the jar, and a node that runs on a Java 17 runtime alone, as a user of its own. No image is
 * built here; the command it runs is checked by {@link DeployedServeCommandsTest}.
 */
class ContainerfileTest {
    private static List<String> instructions(String name) throws IOException {
        return ShellWords.logicalLines(Files.readAllLines(DeploymentFiles.CONTAINERFILE)).stream()
                .map(line -> line.text().strip()).filter(line -> line.startsWith(name + " ")).toList();
    }

    @Test
    void baseImagesArePinnedToAReleaseOfJava17() throws IOException {
        var from = instructions("FROM");
        assertThat(from).hasSize(2);
        for (var line : from) {
            var image = line.split("\\s+")[1];
            assertThat(image).as(line + ": a tag naming a release, not latest")
                    .matches(".+:\\d+\\.\\d+[\\w.\\-]*").doesNotEndWith(":latest");
            assertThat(image).as(line).contains("17");
        }
        assertThat(from.get(0)).contains("maven", " AS build");
        assertThat(from.get(1)).as("the node's image: a runtime only").contains("-jre");
    }

    @Test
    void theBuildStagePackagesTheJarAndTheNodeTakesOnlyItAndTheCourse() throws IOException {
        assertThat(instructions("RUN")).anyMatch(line -> line.startsWith("RUN mvn ")
                && line.contains(" -DskipTests ") && line.endsWith(" package"));
        assertThat(instructions("COPY")).filteredOn(line -> line.startsWith("COPY --from=build "))
                .containsExactly("COPY --from=build /src/target/nudge.jar /opt/nudge/nudge.jar",
                        "COPY --from=build /src/lessons /opt/nudge/lessons");
    }

    @Test
    void theNodeRunsAsAUserOfItsOwn() throws IOException {
        assertThat(instructions("USER")).singleElement().isNotIn("USER root", "USER 0");
        assertThat(DeploymentFiles.instruction("ENTRYPOINT")).contains("-Dnudge.home=/opt/nudge");
    }
}
