package io.policygraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine;

/** The command line on a copy of graph-seed: files written, idempotence, and nothing written on errors. */
class ImportCommandTest {

	@TempDir
	Path work;

	Path seed;

	@BeforeEach
	void copySeed() throws IOException {
		seed = work.resolve("graph-seed");
		FileSystemUtils.copyRecursively(Path.of("graph-seed"), seed);
	}

	@Test
	void nextMonthsReportIsWrittenForReviewAndASecondImportChangesNothing() throws IOException {
		Path report = Files.writeString(work.resolve("2018-12.txt"), ReportTexts.december());

		Run first = run(report.toString(), "--seed", seed.toString());
		assertThat(first.exit).as(first.out + first.err).isZero();
		assertThat(first.out).contains("[1/5] Reading").contains("section 二 83").contains("[5/5] Wrote");
		assertThat(seed.resolve("reports/2018-12/initiatives.yaml")).exists();
		assertThat(Files.readString(seed.resolve("reports/2018-12/initiatives.yaml"))).contains("2018-12-s2-tianjin-2")
			.contains("http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml");
		Map<String, String> afterFirst = tree(seed);

		Run second = run(report.toString(), "--seed", seed.toString());
		assertThat(second.exit).isZero();
		assertThat(second.out).contains("nothing to write");
		assertThat(tree(seed)).isEqualTo(afterFirst);
	}

	@Test
	void aDryRunWritesNothing() throws IOException {
		Path report = Files.writeString(work.resolve("2018-12.txt"), ReportTexts.december());
		Map<String, String> before = tree(seed);

		Run run = run(report.toString(), "--seed", seed.toString(), "--dry-run");
		assertThat(run.exit).isZero();
		assertThat(run.out).contains("Dry run: nothing written");
		assertThat(tree(seed)).isEqualTo(before);
	}

	@Test
	void reimportingTheCuratedMonthPrintsTheReviewAndKeepsTheCuratedFiles() throws IOException {
		Map<String, String> before = tree(seed);
		Run run = run(ReportTexts.NOVEMBER.toString(), "--seed", seed.toString());

		assertThat(run.out).contains("entries identical in date, region, link, actors and sectors");
		assertThat(tree(seed)).isEqualTo(before);
		if (run.exit != 0) {
			assertThat(run.err).contains("exists and differs from this import").contains("Nothing was written");
		}
	}

	@Test
	void malformedInputIsRefusedWithALineAndNothingIsWritten() throws IOException {
		String november = ReportTexts.november();
		Map<String, byte[]> inputs = new TreeMap<>();
		inputs.put("empty.txt", new byte[0]);
		inputs.put("truncated.txt", november.substring(0, november.indexOf("湖北省")).getBytes(StandardCharsets.UTF_8));
		inputs.put("gbk.txt", november.getBytes(Charset.forName("GBK")));
		inputs.put("garbage.bin", new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe, 42, 7, 0 });
		inputs.put("other-layout.csv", "id,name\n1,天津\n".getBytes(StandardCharsets.UTF_8));
		inputs.put("no-section-three.txt",
				november.replace("三、电信运营商及互联网相关企业参与情况\n", "\n").getBytes(StandardCharsets.UTF_8));
		Map<String, String> before = tree(seed);
		for (var input : inputs.entrySet()) {
			Path file = Files.write(work.resolve(input.getKey()), input.getValue());
			Run run = run(file.toString(), "--seed", seed.toString());
			assertThat(run.exit).as(input.getKey()).isEqualTo(1);
			assertThat(run.err).as(input.getKey()).contains("Cannot import").contains("Nothing was written");
			assertThat(tree(seed)).as(input.getKey()).isEqualTo(before);
		}
		assertThat(run(work.resolve("gbk.txt").toString(), "--seed", seed.toString()).err).contains("GBK");
	}

	private record Run(int exit, String out, String err) {
	}

	private static Run run(String... args) {
		var out = new StringWriter();
		var err = new StringWriter();
		var command = new CommandLine(new ImportCommand());
		command.setOut(new PrintWriter(out));
		command.setErr(new PrintWriter(err));
		int exit = command.execute(args);
		return new Run(exit, out.toString(), err.toString());
	}

	private static Map<String, String> tree(Path root) throws IOException {
		var files = new TreeMap<String, String>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(path).toString(), Files.readString(path, StandardCharsets.ISO_8859_1));
			}
		}
		return files;
	}

}
