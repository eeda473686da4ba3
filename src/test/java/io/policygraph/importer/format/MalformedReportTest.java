package io.policygraph.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import io.policygraph.importer.ReportFixture;

/**
 * Texts that are not a readable report: each a ReportFormatException naming the line and
 * the problem.
 */
class MalformedReportTest {

	private final ReportParser parser = new ReportParser();

	@Test
	void anEmptyFile() {
		rejects(new byte[0]).withMessage("the text is empty");
		rejects("").withMessage("the text is empty");
	}

	@Test
	void anEntryWhoseDateIsMissingIsReadIntoTheOneBeforeAndFlagged() {
		String text = ReportFixture.text().replace("<p>10月22日，阿里健康与南开医院携手开启", "<p>阿里健康与南开医院携手开启");
		ParsedReport report = ReportFixture.parse(text);
		ParsedEntry first = ReportFixture.entry(report, "天津市", 1);
		assertThat(first.warnings()).anyMatch(warning -> warning.startsWith(
				"a paragraph after a complete sentence has no date and was read as part of this entry: '阿里健康与南开医院携手开启"));
		assertThat(report.warnings())
			.anyMatch(warning -> warning.contains("row '天津市'") && warning.contains("a date missing"));
	}

	@Test
	void aFileOfWhitespace() {
		rejects(" \n\t\n\u3000\r\n\n").withMessage("line 1: the file holds only whitespace");
	}

	@Test
	void aFileCutInTheMiddleOfSectionTwo() {
		String text = ReportFixture.text();
		rejects(ReportFixture.lines(text, 1, 60)).withMessage(
				"line 60: section 三 ('电信运营商及互联网相关企业参与情况') not found after section 二 (line 36): the text ends at line 60; is the file truncated?");
		rejects(text.substring(0, text.indexOf("重庆海关发布十六项举措"))).withMessageStartingWith("line 50: section 三 ")
			.withMessageEndingWith("is the file truncated?");
	}

	@Test
	void aFileWithoutSectionsThreeAndFour() {
		rejects(ReportFixture.lines(ReportFixture.text(), 1, 92)).withMessage(
				"line 91: section 三 ('电信运营商及互联网相关企业参与情况') not found after section 二 (line 36): the text ends at line 91; is the file truncated?");
		rejects(ReportFixture.lines(ReportFixture.text(), 1, 106)).withMessage(
				"line 105: section 四 ('相关峰会') not found after section 三 (line 93): the text ends at line 105; is the file truncated?");
	}

	@Test
	void aMissingSectionHeading() {
		String text = ReportFixture.withoutLine(ReportFixture.text(), "三、电信运营商及互联网相关企业参与情况");
		ReportFormatException problem = rejects(text).withMessage(
				"line 106: section 三 ('电信运营商及互联网相关企业参与情况') not found after section 二 (line 36); the next heading is section 四 ('相关峰会')")
			.actual();
		assertThat(problem.line()).isEqualTo(106);
		assertThat(problem.sourceName()).isEqualTo(ReportFixture.FILE_NAME);
		assertThat(problem.problem()).startsWith("section 三 ");
	}

	@Test
	void theTableOfContentsIsNoSectionHeading() {
		String text = ReportFixture.withoutLine(ReportFixture.text(), "一、国家部委“互联网+”政策落实情况");
		rejects(text).withMessage(
				"line 35: section 一 ('国家部委“互联网+”政策落实情况') not found after the title; the next heading is section 二 ('全国各省“互联网+”政策落实情况')");
	}

	@Test
	void randomBytes() {
		byte[] garbage = new byte[4096];
		new Random(20181115).nextBytes(garbage);
		rejects(garbage).withMessageEndingWith(": not UTF-8 text: looks like binary data, not a text file");
	}

	@Test
	void binaryDataThatHappensToBeUtf8() {
		rejects("舆情监测\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8))
			.withMessage("line 1: not text: looks like binary data (control character U+0000)");
	}

	@Test
	void theReportSavedAsGbk() {
		byte[] gbk = ReportFixture.text().getBytes(Charset.forName("GBK"));
		rejects(gbk).withMessage(
				"line 3: not UTF-8 text: looks like GBK (or GB18030) Chinese text; convert it with iconv -f GBK -t UTF-8");
	}

	@Test
	void theReportSavedAsUtf16() {
		rejects(ReportFixture.text().getBytes(StandardCharsets.UTF_16LE))
			.withMessage("line 1: not UTF-8 text: looks like UTF-16; convert it with iconv -f UTF-16 -t UTF-8");
	}

	@Test
	void aTextOfAnotherLayout() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		rejects(readme).withMessage(
				"line 1: not a CAICT “互联网+” monitoring report: none of its first lines is a title with 舆情监测 (it starts with '# PolicyGraph')");
		rejects("id,name,date\n1,北京市,2018-10-25\n2,上海市,2018-10-18\n")
			.withMessageStartingWith("line 1: not a CAICT “互联网+” monitoring report");
	}

	@Test
	void aReportWithoutItsMonitoringPeriod() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "本监测期内（2018 年 10 月 16 日-2018 年 11 月 15 日），",
				"本监测期内，");
		rejects(text).withMessage(
				"line 22: no monitoring period: expected a sentence such as 本监测期内（2018 年 10 月 16 日-2018 年 11 月 15 日）");
	}

	@Test
	void aTitleWithoutItsMonth() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "(2018 年 11 月)", "");
		rejects(text).withMessage("line 3: no report month such as '(2018 年 11 月)' under the title '“互联网+”发展情况 舆情监测'");
	}

	@Test
	void aRowWithoutADatedEntry() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "<p>10 月 22 日，贵州在全国率先", "<p>贵州在全国率先");
		rejects(text).withMessage(
				"line 80: section 二 row '贵州省' has no dated entry (an entry starts with its date, such as 10月22日，): '贵州在全国率先开展“互联网+农村客运”模式，“通村村”APP 服务平台已在 35…'");
	}

	@Test
	void aTableThatStartsWithAContinuationLine() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "国务院办公厅\t11月9日", "\t11月9日");
		rejects(text).withMessage(
				"line 31: the table of section 一 starts with a continuation line (a line that starts with a tab) instead of a row: '11月9日，为贯彻落实党中央、国务院关于加强全国网络安全和信息化工作有关部署，推…'");
	}

	/**
	 * Cut anywhere, or missing any line, the report is read or rejected with a format
	 * problem; nothing else escapes.
	 */
	@Test
	void anyCutOrMissingLineGivesAReportOrAFormatProblem() {
		String text = ReportFixture.text();
		List<String> variants = new ArrayList<>();
		for (int end = 0; end < text.length(); end += 53) {
			variants.add(text.substring(0, end));
		}
		String[] lines = text.split("\n", -1);
		for (int skip = 0; skip < lines.length; skip++) {
			List<String> kept = new ArrayList<>(List.of(lines));
			kept.remove(skip);
			variants.add(String.join("\n", kept));
		}
		int rejected = 0;
		for (String variant : variants) {
			try {
				parser.parse(variant, "variant");
			}
			catch (ReportFormatException expected) {
				if (variant.isEmpty()) {
					assertThat(expected.getMessage()).isEqualTo("the text is empty");
					continue;
				}
				assertThat(expected.line()).isPositive();
				assertThat(expected.getMessage()).startsWith("line " + expected.line() + ": ");
				assertThat(expected.problem()).as("a parser fault caught by its safety net")
					.doesNotStartWith("could not read");
				rejected++;
			}
		}
		assertThat(rejected).as("cut texts rejected").isGreaterThan(text.length() / 53 / 2);
	}

	private ThrowableAssertAlternative<ReportFormatException> rejects(String text) {
		return assertThatExceptionOfType(ReportFormatException.class)
			.isThrownBy(() -> parser.parse(text, ReportFixture.FILE_NAME));
	}

	private ThrowableAssertAlternative<ReportFormatException> rejects(byte[] bytes) {
		return assertThatExceptionOfType(ReportFormatException.class)
			.isThrownBy(() -> parser.parse(bytes, ReportFixture.FILE_NAME));
	}

}
