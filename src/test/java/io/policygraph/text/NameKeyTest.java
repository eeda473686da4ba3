package io.policygraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameKeyTest {

	@Test
	void fullWidthFormsAreHalfWidth() {
		assertThat(NameKey.of("ＩＣＢＣ")).isEqualTo("icbc");
		assertThat(NameKey.of("５Ｇ")).isEqualTo("5g");
		assertThat(NameKey.of("互联网＋医疗")).isEqualTo("互联网+医疗");
	}

	@Test
	void traditionalCharactersAreSimplified() {
		assertThat(NameKey.of("騰訊")).isEqualTo("腾讯");
		assertThat(NameKey.of("廣東")).isEqualTo("广东");
		assertThat(NameKey.of("醫療")).isEqualTo("医疗");
		assertThat(NameKey.of("中國工商銀行")).isEqualTo("中国工商银行");
	}

	@Test
	void simplifiedNamesAreTheirOwnKey() {
		for (String name : List.of("腾讯", "广东省", "医疗健康", "中国工商银行", "天津市南开医院")) {
			assertThat(NameKey.of(name)).as(name).isEqualTo(name);
		}
	}

	@Test
	void invisibleCharactersAreDropped() {
		assertThat(NameKey.of("腾\u200B讯")).isEqualTo("腾讯");
		assertThat(NameKey.of("\uFEFF腾讯")).isEqualTo("腾讯");
		assertThat(NameKey.of("腾讯\u00AD\u2060")).isEqualTo("腾讯");
		assertThat(NameKey.of("工\u200D行\uFE0F")).isEqualTo("工行");
	}

	@Test
	void spacesGoNextToChineseAndAreOneElsewhere() {
		assertThat(NameKey.of("腾\u00A0讯")).isEqualTo("腾讯");
		assertThat(NameKey.of("\u3000天津\u3000")).isEqualTo("天津");
		assertThat(NameKey.of(" China\u00A0 Unicom\t")).isEqualTo("china unicom");
		assertThat(NameKey.of("\u200B \u00A0")).isEmpty();
		assertThat(NameKey.of(null)).isEmpty();
	}

	@Test
	void letterCaseDoesNotCount() {
		assertThat(NameKey.of("ICBC")).isEqualTo(NameKey.of("icbc")).isEqualTo(NameKey.of("Icbc"));
		assertThat(NameKey.of("Tencent Holdings")).isEqualTo("tencent holdings");
	}

	@Test
	void allSpellingsOfOneNameShareItsKey() {
		assertThat(List.of("騰訊", "腾讯", "腾\u200B讯", "\uFEFF騰訊", "腾\u00A0讯"))
			.allSatisfy(spelling -> assertThat(NameKey.of(spelling)).isEqualTo("腾讯"));
		assertThat(List.of("ＩＣＢＣ", "icbc", "ICBC", "I\u200BCBC", "\u00A0ＩＣＢＣ\u00A0"))
			.allSatisfy(spelling -> assertThat(NameKey.of(spelling)).isEqualTo("icbc"));
	}

	@Test
	void anEntitysKeysAreDistinctWithItsCanonicalNameFirst() {
		assertThat(NameKey.ofNames("腾讯", "Tencent", List.of("腾讯公司", "Tencent", "WeChat", "騰訊"))).containsExactly("腾讯",
				"tencent", "腾讯公司", "wechat");
		assertThat(NameKey.ofNames("《关于》", null, List.of())).containsExactly("《关于》");
	}

	@Test
	void eachCharacterKeepsItsPlaceInTheText() {
		String text = "與騰訊簽署ＡＩ合作\u200B協議";
		String folded = NameKey.ofEachCharacter(text);
		assertThat(folded).hasSameSizeAs(text).startsWith("与腾讯签署ai合作");
		assertThat(folded.indexOf("腾讯")).isEqualTo(text.indexOf("騰訊"));
	}

}
